package dev.posttrends.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text of an HTML tree that keeps its paragraphs: block elements and {@code <br>} end a line,
 * whitespace inside a line collapses to one space, and blank lines are dropped.
 */
final class BlockText implements NodeVisitor {

  private final List<String> paragraphs = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();

  /** Whitespace seen since the last visible character, and whether it held a line break. */
  private boolean pendingSpace;

  private boolean pendingBreak;

  private BlockText() {}

  static List<String> paragraphs(Element root) {
    BlockText visitor = new BlockText();
    NodeTraversor.traverse(visitor, root);
    visitor.endLine();
    return visitor.paragraphs;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode text) {
      appendCollapsed(text.getWholeText());
    } else if (node instanceof Element element) {
      if (element.nameIs("br") || element.isBlock()) {
        endLine();
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element element && element.isBlock()) {
      endLine();
    }
  }

  /**
   * Collapses whitespace to one space, except that a line break between two CJK characters (a soft
   * break in Markdown or HTML source) vanishes, as browsers render it (CSS Text 3 segment-break
   * transformation): {@code 第一行\n第二行} reads {@code 第一行第二行}.
   */
  private void appendCollapsed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000') {
        pendingSpace = true;
        pendingBreak |= c == '\n' || c == '\r';
        continue;
      }
      if (pendingSpace
          && line.length() > 0
          && !(pendingBreak && isWide(line.charAt(line.length() - 1)) && isWide(c))) {
        line.append(' ');
      }
      pendingSpace = false;
      pendingBreak = false;
      line.append(c);
    }
  }

  /** Han characters and full-width punctuation: no space belongs between them. */
  private static boolean isWide(char c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
  }

  private void endLine() {
    pendingSpace = false;
    pendingBreak = false;
    String text = line.toString().strip();
    if (!text.isEmpty()) {
      paragraphs.add(text);
    }
    line.setLength(0);
  }
}
