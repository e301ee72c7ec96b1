package dev.posttrends.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A post body to clean text: Markdown is rendered to HTML (raw HTML passes through), HTML goes
 * through jsoup, hidden elements are dropped, and the text keeps its paragraphs. Trailing
 * navigation (link-only lines of Markdown, link-only blocks of HTML, see {@link TrailingLinks}) and
 * the original-URL line ({@code <http://…>}) are taken off; a source attribution such as {@code
 * （文章来源：上饶日报）} is picked out.
 */
final class BodyText {

  /** Clean paragraphs and what was picked out of the body. */
  record Content(
      List<String> paragraphs, String sourceName, String sourceUrl, int links, int images) {}

  // Links only: an image line ("![图](a.png)") is content, not navigation.
  private static final Pattern MD_LINK = Pattern.compile("(?<!!)\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");

  /**
   * Navigation lines are short (about 100 characters on the source site); a longer line is content,
   * and the link scan below is quadratic on a long line of unclosed brackets.
   */
  private static final int MAX_NAVIGATION_LINE = 1000;

  /** One Markdown link alone on a line: its text and its target. */
  private static final Pattern MD_LINK_PARTS =
      Pattern.compile("^\\[([^\\]\\n]*)\\]\\(([^)\\n]*)\\)$");

  private static final Pattern URL_LINE =
      Pattern.compile("^<((?:https?|ftp)://[^<>\\s]*)?>$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTION_PARAGRAPH =
      Pattern.compile(
          "^[（(]?\\s*(?:文章|新闻|稿件|信息)?来源\\s*[:：]\\s*(.{1,60}?)\\s*[)）]?$"
              + "|^(?i:source)\\s*:\\s*(.{1,60}?)$");
  private static final Pattern ATTRIBUTION_INLINE =
      Pattern.compile("[（(]\\s*(?:文章|新闻|稿件|信息)?来源\\s*[:：]\\s*([^()（）\\n]{1,60}?)\\s*[)）]");

  private static final Pattern LIQUID = Pattern.compile("\\{%.{0,500}?%\\}|\\{\\{.{0,500}?\\}\\}");
  private static final Pattern KRAMDOWN_IAL =
      Pattern.compile("(?m)^[ \\t]*\\{:[^}\\n]{0,200}\\}[ \\t]*$");

  private final Parser markdown = Parser.builder().build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().build();

  Content read(String body, boolean isHtml) {
    body = stripTemplating(body);
    List<String> lines = new ArrayList<>(lines(body));
    String sourceUrl = null;
    boolean urlLineSeen = false;
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.get(i).strip();
      Matcher url = URL_LINE.matcher(line);
      if (line.isEmpty()) {
        lines.remove(i);
      } else if (isNavigationOnly(line) && hasContentBefore(lines, i)) {
        Matcher link = MD_LINK_PARTS.matcher(line);
        if (sourceUrl == null
            && !urlLineSeen
            && link.matches()
            && TrailingLinks.namesOriginal(link.group(1), link.group(2))) {
          sourceUrl = link.group(2).strip();
          urlLineSeen = true;
        }
        lines.remove(i);
      } else if (!urlLineSeen && url.matches()) {
        urlLineSeen = true;
        sourceUrl = url.group(1);
        lines.remove(i);
      } else {
        break;
      }
    }
    String joined = String.join("\n", lines);
    String html = isHtml ? joined : renderer.render(markdown.parse(joined));
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select(Selectors.NOT_TEXT).remove();
    for (Element styled : doc.select(Selectors.STYLED)) {
      if (isHidden(styled.attr("style"))) {
        styled.remove();
      }
    }
    String linkedSource = TrailingLinks.stripFromHtml(doc.body());
    if (sourceUrl == null) {
      sourceUrl = linkedSource;
    }
    int images = doc.select(Selectors.IMAGES).size();
    int links = doc.select(Selectors.LINKS).size();
    List<String> paragraphs = BlockText.paragraphs(doc.body());
    String sourceName = takeAttribution(paragraphs);
    return new Content(paragraphs, sourceName, sourceUrl, links, images);
  }

  /**
   * Jekyll renders Liquid before Markdown; we cannot, so its tags ({@code {% raw %}}, {@code {%
   * include x.html %}}) and outputs ({@code {{ site.url }}}) are dropped rather than shown as text,
   * and so are kramdown attribute lines ({@code {: .lead}}). Text between block tags stays.
   */
  static String stripTemplating(String body) {
    if (body.indexOf('{') < 0) {
      return body;
    }
    return LIQUID.matcher(KRAMDOWN_IAL.matcher(body).replaceAll("")).replaceAll("");
  }

  /** {@code body.split("\\r?\\n", -1)} as a list, without compiling the pattern per post. */
  static List<String> lines(String body) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int nl = body.indexOf('\n'); nl >= 0; nl = body.indexOf('\n', start)) {
      int end = nl > start && body.charAt(nl - 1) == '\r' ? nl - 1 : nl;
      lines.add(body.substring(start, end));
      start = nl + 1;
    }
    lines.add(body.substring(start));
    return lines;
  }

  private static boolean hasContentBefore(List<String> lines, int index) {
    for (int i = 0; i < index; i++) {
      if (!lines.get(i).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** A line made only of Markdown links and separators, such as {@code [返回首页](../)}. */
  static boolean isNavigationOnly(String line) {
    if (line.length() > MAX_NAVIGATION_LINE || line.indexOf('[') < 0) { // no '[', no link
      return false;
    }
    Matcher m = MD_LINK.matcher(line);
    if (!m.find()) {
      return false;
    }
    return TrailingLinks.SEPARATORS.matcher(MD_LINK.matcher(line).replaceAll("")).matches();
  }

  private static boolean isHidden(String style) {
    String s = style.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /**
   * Removes a paragraph among the last three that is only a source attribution and returns its
   * source; otherwise returns the last inline attribution (left in the text), or null.
   */
  private static String takeAttribution(List<String> paragraphs) {
    for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - 3); i--) {
      Matcher whole = ATTRIBUTION_PARAGRAPH.matcher(paragraphs.get(i));
      if (whole.matches()) {
        paragraphs.remove(i);
        return (whole.group(1) != null ? whole.group(1) : whole.group(2)).strip();
      }
    }
    String last = null;
    for (String paragraph : paragraphs) {
      Matcher inline = ATTRIBUTION_INLINE.matcher(paragraph);
      while (inline.find()) {
        last = inline.group(1).strip();
      }
    }
    return last;
  }
}
