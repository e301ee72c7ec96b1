package dev.posttrends.extract.keywords;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks news boilerplate out of a text before segmentation: listed phrases ({@code 文章来源}, {@code
 * 返回首页}) and source attributions such as {@code （来源：上饶日报）}.
 *
 * <p>Blanking with spaces keeps every other character at its offset, and a space separates the
 * words on either side the way the removed phrase did.
 */
final class Boilerplate {

  /** A parenthesised attribution: （文章来源：X）, (来源: X), （记者 X）. */
  static final Pattern ATTRIBUTION =
      Pattern.compile("[（(]\\s*(?:文章)?(?:来源|记者|作者|编辑)\\s*[:：]?[^）)\\n]{0,30}[）)]");

  private final List<String> phrases;

  Boilerplate(List<String> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  /** {@code text} with every attribution and listed phrase replaced by as many spaces. */
  String blank(String text) {
    char[] chars = null;
    // An attribution opens with a bracket: try the pattern only there (a regex find tries every
    // position of every text, issue 11). Matches and their order are find()'s.
    Matcher m = ATTRIBUTION.matcher(text);
    for (int at = nextBracket(text, 0); at >= 0; ) {
      m.region(at, text.length());
      if (m.lookingAt()) {
        chars = chars == null ? text.toCharArray() : chars;
        Arrays.fill(chars, m.start(), m.end(), ' ');
        at = nextBracket(text, m.end());
      } else {
        at = nextBracket(text, at + 1);
      }
    }
    for (String phrase : phrases) {
      for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        chars = chars == null ? text.toCharArray() : chars;
        Arrays.fill(chars, at, at + phrase.length(), ' ');
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static int nextBracket(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '（' || c == '(') {
        return i;
      }
    }
    return -1;
  }
}
