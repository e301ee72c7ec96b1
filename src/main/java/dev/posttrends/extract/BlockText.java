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

  private void appendCollapsed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000') {
        if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
          line.append(' ');
        }
      } else {
        line.append(c);
      }
    }
  }

  private void endLine() {
    String text = line.toString().strip();
    if (!text.isEmpty()) {
      paragraphs.add(text);
    }
    line.setLength(0);
  }
}
