package dev.posttrends.extract;

/**
 * Thrown inside the parser by a stage that rejects its input; {@link PostParser} turns it into a
 * {@link Reject}. Carries no stack trace: it is control flow for an expected outcome.
 */
final class Rejected extends Exception {

  private final transient Reject reject;

  Rejected(RejectReason reason, String message, String text) {
    super(message, null, false, false);
    this.reject = Reject.of(reason, message, text);
  }

  Reject reject() {
    return reject;
  }
}
