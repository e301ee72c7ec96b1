package dev.posttrends.report;

import java.net.URI;
import java.util.Locale;

/**
 * Escaping for text that comes from posts (titles, categories, tags, sentences, paths, URLs): HTML
 * text and attribute values, JSON inside a {@code <script>} element, and link targets.
 */
public final class Html {

  private Html() {}

  /** Text for an HTML element's content or a quoted attribute value. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * JSON made safe to sit inside {@code <script type="application/json">}: {@code <}, {@code >},
   * {@code &} and the line separators U+2028/U+2029 become {@code \}{@code uXXXX} escapes. Outside
   * strings JSON holds none of these characters, so replacing them everywhere keeps the value: no
   * {@code </script>}, {@code <!--} or {@code ]]>} can end or alter the element.
   */
  public static String scriptJson(String json) {
    StringBuilder out = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The URL when it is an absolute {@code http} or {@code https} URL with a host, else null: no
   * {@code javascript:}, {@code data:}, relative or protocol-relative targets reach a link.
   */
  public static String safeLink(String url) {
    if (url == null) {
      return null;
    }
    String trimmed = url.strip();
    if (trimmed.isEmpty() || trimmed.length() > 2_000 || hasControl(trimmed)) {
      return null;
    }
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null) {
        return null;
      }
      String lower = scheme.toLowerCase(Locale.ROOT);
      return lower.equals("http") || lower.equals("https") ? trimmed : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }
}
