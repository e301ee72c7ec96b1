package dev.posttrends.extract;

/**
 * A rejected input: what was wrong, where, and the first characters of it.
 *
 * @param reason stable reason code
 * @param message human-readable, says what and the offending value
 * @param excerpt up to {@link #EXCERPT_CHARS} characters of the input, for a quick look
 */
public record Reject(RejectReason reason, String message, String excerpt) implements ParseOutcome {

  public static final int EXCERPT_CHARS = 200;

  public static Reject of(RejectReason reason, String message, String text) {
    return new Reject(reason, message, excerpt(text));
  }

  /** The first 200 code points of {@code text}, or null for null. */
  public static String excerpt(String text) {
    if (text == null) {
      return null;
    }
    int end =
        text.offsetByCodePoints(0, Math.min(EXCERPT_CHARS, text.codePointCount(0, text.length())));
    return text.substring(0, end);
  }
}
