package dev.posttrends.extract;

import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The CSS queries the body readers run on every post, parsed once: {@code select(String)} parses
 * its query on each call, which cost as much as the selection itself (issue 11). jsoup documents
 * evaluators as thread-safe and reusable across documents.
 */
final class Selectors {

  private Selectors() {}

  /** Elements whose content is never text: scripts, styles, templates, hidden ones. */
  static final Evaluator NOT_TEXT =
      Selector.evaluatorOf("script, style, noscript, template, [hidden]");

  static final Evaluator STYLED = Selector.evaluatorOf("[style]");
  static final Evaluator IMAGES = Selector.evaluatorOf("img");
  static final Evaluator ANCHORS = Selector.evaluatorOf("a");
  static final Evaluator LINKS = Selector.evaluatorOf("a[href]");
}
