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
    if (!hasTwoWords(text)) {
      return; // most posts: no capitalised word follows a Latin word
    }
    Matcher m = RUN.matcher(text).useTransparentBounds(true);
    // a run starts at a capital that no letter or digit precedes: try the pattern only there, not
    // at every char of the text (issue 14's speed target); matches are find()'s
    for (int i = nextStart(text, 0); i >= 0; i = nextStart(text, i + 1)) {
      m.region(i, text.length());
      if (!m.lookingAt()) {
        continue;
      }
      i = m.end() - 1;
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

  /**
   * Whether a Latin word is followed by a space and a capital, {@code of}, {@code &} or {@code de}.
   */
  private static boolean hasTwoWords(String text) {
    for (int i = text.indexOf(' '); i > 0 && i + 1 < text.length(); i = text.indexOf(' ', i + 1)) {
      char before = text.charAt(i - 1);
      char after = text.charAt(i + 1);
      if (((before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z'))
          && ((after >= 'A' && after <= 'Z') || after == 'o' || after == '&' || after == 'd')) {
        return true;
      }
    }
    return false;
  }

  /** The next capital at or after {@code from} that no letter or digit precedes, or -1. */
  private static int nextStart(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z' && (i == 0 || !NameTrie.isAsciiAlnum(text.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }
}
