package dev.posttrends.extract.entities;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs of two or more capitalised Latin words in Chinese text: {@code Tim Cook}, {@code Goldman
 * Sachs}, {@code Bank of America}. A run ending in a corporate word ({@code Inc}, {@code Group},
 * {@code Holdings}, {@code Bank}…) is a company; a run of two or three plain words is taken for a
 * person; anything longer is an organisation. A single word, acronyms included ({@code IPO}, {@code
 * ETF}), is never a name here: alone it is as often a product, a unit or a term.
 */
final class LatinNames {

  /** A capitalised word: {@code Cook}, {@code JPMorgan}, {@code Mueller-Glissmann}. */
  private static final String WORD = "[A-Z]{1,3}[a-z][A-Za-z]*(?:-[A-Z][a-z]+)?";

  private static final Pattern RUN =
      Pattern.compile(
          "(?<![A-Za-z0-9])"
              + WORD
              + "(?:(?: | of | & | de )"
              + WORD
              + ")+"
              + "(?: (?:LLC|PLC|AG|SE|SA|NV|LP|AB))?(?![A-Za-z0-9])");

  /** Last words that make a run a company. */
  private static final Set<String> CORPORATE =
      Set.of(
          ("Inc Corp Corporation Ltd Limited Group Holdings Holding Bank Capital Securities"
                  + " Partners Technologies Technology Motors Company Co LLC PLC AG SE SA NV LP AB"
                  + " Management Investments Financial Pharmaceuticals Therapeutics Airlines Energy"
                  + " Systems")
              .split(" "));

  private LatinNames() {}

  /** Adds the Latin names of {@code text} to {@code out} and takes their spans. */
  static void find(String text, Spans spans, List<Entity> out) {
    if (!hasUpperAscii(text)) {
      return;
    }
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      if (!spans.isFree(m.start(), m.end())) {
        continue;
      }
      String surface = m.group();
      String[] parts = surface.split(" ");
      String type =
          CORPORATE.contains(parts[parts.length - 1])
              ? Entity.COMPANY
              : parts.length <= 3 && !surface.contains(" of ") && !surface.contains("&")
                  ? Entity.PERSON
                  : Entity.ORGANIZATION;
      out.add(new Entity(surface, surface, type, null, null, "latin", m.start()));
      spans.take(m.start(), m.end());
    }
  }

  private static boolean hasUpperAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return true;
      }
    }
    return false;
  }
}
