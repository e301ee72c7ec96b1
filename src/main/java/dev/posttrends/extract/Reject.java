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

  /**
   * A reject whose input could not be read at all: the message says why there is no excerpt, so
   * every reject carries either an excerpt or the reason it has none.
   */
  public static Reject withoutExcerpt(RejectReason reason, String message, String why) {
    return new Reject(reason, message + " (no excerpt: " + why + ")", null);
  }

  /**
   * For an input that failed before its text was decoded: the excerpt of its first bytes read as
   * UTF-8, malformed sequences replaced by U+FFFD; null when there are no bytes.
   */
  public static String excerptOfBytes(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    int n = Math.min(bytes.length, EXCERPT_CHARS * 4);
    return excerpt(new String(bytes, 0, n, java.nio.charset.StandardCharsets.UTF_8));
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
