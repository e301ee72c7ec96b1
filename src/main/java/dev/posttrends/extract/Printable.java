package dev.posttrends.extract;

/**
 * Untrusted text (titles, file paths, reject and exception messages) made safe to print on a
 * terminal or in a log line: control characters, the ESC that starts an ANSI sequence, C1 controls
 * such as the one-byte CSI {@code U+009B}, bidi overrides ({@code U+202E}) and other invisible
 * format characters, line and paragraph separators and unpaired surrogates are escaped as {@code
 * \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}, so a file name cannot recolour, retitle or
 * rewrite an operator's terminal, nor forge a log line; and the text is capped. Escaping rather
 * than stripping keeps the evidence visible. Markup such as {@code <script>} is left as it is: this
 * is for consoles and logs; HTML output must escape for HTML itself. The data written to the tables
 * is never passed through this: it keeps the text as read.
 */
public final class Printable {

  /** Default cap, in code points of the input, for one value in a message. */
  public static final int MAX_CHARS = 300;

  private Printable() {}

  /** {@link #line(String, int)} with the default cap. */
  public static String line(String text) {
    return line(text, MAX_CHARS);
  }

  /** One line: every unsafe character escaped, line breaks included; capped at {@code max}. */
  public static String line(String text, int max) {
    return escape(text, max, false);
  }

  /**
   * Several lines (a stack trace): as {@link #line} but line feeds and tabs kept ({@code \r\n} →
   * LF).
   */
  public static String lines(String text, int max) {
    return escape(text == null ? null : text.replace("\r\n", "\n"), max, true);
  }

  private static String escape(String text, int max, boolean keepLineFeeds) {
    if (text == null) {
      return "null";
    }
    int total = text.codePointCount(0, text.length());
    int end = total <= max ? text.length() : text.offsetByCodePoints(0, Math.max(0, max));
    StringBuilder out = new StringBuilder(end + 16);
    for (int i = 0; i < end; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if ((cp == '\n' || cp == '\t') && keepLineFeeds) {
        out.appendCodePoint(cp);
      } else if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (isUnsafe(cp)) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
    }
    if (total > max) {
      out.append("…[+").append(total - max).append(" chars]");
    }
    return out.toString();
  }

  /** Characters a terminal acts on, or that hide or reorder text, rather than show a glyph. */
  static boolean isUnsafe(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL, // C0, DEL, C1 (ESC, U+009B CSI, U+0085 NEL…)
          Character.FORMAT, // bidi embeddings, overrides, isolates and marks, zero widths, BOM
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE -> // an unpaired half (a pair is read as one code point)
          true;
      default -> false;
    };
  }
}
