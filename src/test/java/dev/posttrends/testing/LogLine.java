package dev.posttrends.testing;

import org.slf4j.LoggerFactory;

/**
 * Logs its argument at INFO and WARN (with an exception) as posttrends code would: a test aid.
 * {@code \\uXXXX} in the argument stands for that character (a command line cannot hold NUL).
 */
public final class LogLine {

  private LogLine() {}

  public static void main(String[] args) {
    org.slf4j.Logger log = LoggerFactory.getLogger("dev.posttrends.LogLine");
    String text = unescape(args[0]);
    log.info("Read {}", text);
    log.warn("Cannot read", new IllegalStateException(text));
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\u", i) && i + 6 <= s.length()) {
        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }
}
