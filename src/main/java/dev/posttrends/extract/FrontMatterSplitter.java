package dev.posttrends.extract;

import java.util.List;

/**
 * Splits a Jekyll file into its YAML front matter and its body. The opening line is {@code ---};
 * blank lines before it are tolerated (and reported); the closing line is {@code ---} or {@code
 * ...}. Trailing spaces on the delimiter lines and CRLF line ends are accepted.
 */
final class FrontMatterSplitter {

  /** Front matter text, body text, and how many blank lines preceded the opening delimiter. */
  record Split(String yaml, String body, int leadingBlankLines) {}

  private FrontMatterSplitter() {}

  static Split split(String text, List<String> notes) throws Rejected {
    int pos = 0;
    int blank = 0;
    int n = text.length();
    while (pos < n) {
      int eol = lineEnd(text, pos);
      if (!text.substring(pos, eol).isBlank()) {
        break;
      }
      blank++;
      pos = next(text, eol);
    }
    int openEnd = lineEnd(text, pos);
    if (pos >= n || !text.substring(pos, openEnd).stripTrailing().equals("---")) {
      throw new Rejected(
          RejectReason.NO_FRONT_MATTER,
          "No front matter: the first non-blank line is not '---'",
          text.substring(pos));
    }
    if (blank > 0) {
      notes.add("BLANK_LINES_BEFORE_FRONT_MATTER:" + blank);
    }
    int yamlStart = next(text, openEnd);
    int line = yamlStart;
    while (line < n) {
      int eol = lineEnd(text, line);
      String content = text.substring(line, eol).stripTrailing();
      if (content.equals("---") || content.equals("...")) {
        return new Split(text.substring(yamlStart, line), text.substring(next(text, eol)), blank);
      }
      line = next(text, eol);
    }
    throw new Rejected(
        RejectReason.UNCLOSED_FRONT_MATTER,
        "Front matter opened with '---' is never closed by '---' or '...'",
        text.substring(pos));
  }

  /** Index of the line terminator ('\n' or '\r\n') of the line starting at {@code from}. */
  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    int end = nl < 0 ? text.length() : nl;
    return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  private static int next(String text, int eol) {
    if (eol < text.length() && text.charAt(eol) == '\r') {
      eol++;
    }
    return Math.min(text.length(), eol + 1);
  }
}
