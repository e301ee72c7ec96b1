package dev.posttrends.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Navigation at the end of a body: trailing lines or blocks made only of links and separators
 * ({@code [返回首页](../)}, {@code <p><a>返回江西日报新闻</a>｜<a>返回首页</a></p>}). They are not content. A single
 * such link that names the original ({@code 原文链接}, {@code 阅读原文}, {@code source}) and points to an
 * absolute URL gives the post's source URL.
 */
final class TrailingLinks {

  static final Pattern SEPARATORS = Pattern.compile("[\\s｜|·•/>»\\-–—:：]*");
  private static final Pattern ORIGINAL = Pattern.compile("(?i).*(原文|来源|出处|source|original).*");
  private static final Pattern ABSOLUTE = Pattern.compile("(?i)^(https?|ftp)://\\S+$");

  private TrailingLinks() {}

  /** True for link text such as 原文链接 pointing at an absolute URL: the original article. */
  static boolean namesOriginal(String text, String href) {
    return ORIGINAL.matcher(text).matches() && ABSOLUTE.matcher(href.strip()).matches();
  }

  /**
   * Removes trailing link-only blocks from an HTML body and returns the URL of the original article
   * when one of them names it (else null).
   */
  static String stripFromHtml(Element body) {
    String sourceUrl = null;
    List<Element> blocks = leafBlocks(body);
    int first = 0;
    while (first < blocks.size() && blocks.get(first).text().isBlank()) {
      first++;
    }
    for (int i = blocks.size() - 1; i > first; i--) { // the first block is content, whatever it is
      Element block = blocks.get(i);
      if (block.text().isBlank() && block.select(Selectors.IMAGES).isEmpty()) {
        continue; // an empty paragraph between content and navigation
      }
      Elements links = block.select(Selectors.LINKS);
      if (links.isEmpty() || !block.select(Selectors.IMAGES).isEmpty() || !onlyLinks(block)) {
        break;
      }
      if (sourceUrl == null
          && links.size() == 1
          && namesOriginal(links.get(0).text(), links.get(0).attr("href"))) {
        sourceUrl = links.get(0).attr("href").strip();
      }
      block.remove();
    }
    return sourceUrl;
  }

  private static boolean onlyLinks(Element block) {
    Element copy = block.clone();
    copy.select(Selectors.ANCHORS).remove();
    return SEPARATORS.matcher(copy.text()).matches();
  }

  /** Block elements without block children, in document order: the body's lines. */
  private static List<Element> leafBlocks(Element body) {
    List<Element> out = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      if (element != body
          && element.isBlock()
          && element.children().stream().noneMatch(Element::isBlock)) {
        out.add(element);
      }
    }
    return out;
  }
}
