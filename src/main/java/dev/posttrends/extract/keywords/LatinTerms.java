package dev.posttrends.extract.keywords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Latin-script terms of a text: words such as {@code PMI}, {@code IPO}, {@code HY-L3}, and short
 * tech names led by one digit such as {@code 5G} or {@code 3D}, lower-cased.
 *
 * <p>Scanned from the text itself rather than taken from the Chinese segmenter, which splits {@code
 * 5G} into {@code 5} and {@code G} and {@code Greg Boutle} around a space token.
 */
final class LatinTerms {

  /**
   * A word starts with a letter and may join parts with {@code -} or {@code &}; one digit plus one
   * capital is a name like {@code 5G}. Neither may follow a digit or a dot: letters right after a
   * number are its unit ({@code 18.6GWh}, {@code 100MW}), and after a dot they are a domain part.
   *
   * <p>The scan below finds exactly what {@code find()} of this pattern finds, by hand: it runs over
   * every post's text, and the regular expression cost more than the rest of this class (issue 11).
   * {@code LatinTermsTest} holds the two to the same answers.
   */
  static final Pattern TERM =
      Pattern.compile(
          "(?<![A-Za-z0-9.])"
              + "(?:[A-Za-z][A-Za-z0-9]*(?:[-&][A-Za-z0-9]+)*|[0-9][A-Z](?![A-Za-z0-9]))");

  private final Set<String> stopWords;

  LatinTerms(Set<String> stopWords) {
    this.stopWords = stopWords;
  }

  /** Kept Latin terms of {@code text} in text order. */
  List<Token> terms(String text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    for (int i = 0; i < n; ) {
      int end = termEnd(text, i);
      if (end < 0) {
        i++;
        continue;
      }
      // Single letters are initials, list markers or share classes split from 股: never keywords.
      if (end - i >= 2) {
        String term = text.substring(i, end).toLowerCase(Locale.ROOT);
        if (!stopWords.contains(term)) {
          out.add(new Token(i, term));
        }
      }
      i = end;
    }
    return out;
  }

  /** End of the {@link #TERM} match starting at {@code i}, or -1 when none starts there. */
  static int termEnd(String text, int i) {
    char c = text.charAt(i);
    boolean letter = isLetter(c);
    if (!letter && !isDigit(c)) {
      return -1;
    }
    if (i > 0) {
      char before = text.charAt(i - 1);
      if (isAlnum(before) || before == '.') {
        return -1;
      }
    }
    int n = text.length();
    if (!letter) { // [0-9][A-Z](?![A-Za-z0-9])
      boolean name =
          i + 1 < n
              && text.charAt(i + 1) >= 'A'
              && text.charAt(i + 1) <= 'Z'
              && (i + 2 == n || !isAlnum(text.charAt(i + 2)));
      return name ? i + 2 : -1;
    }
    int end = alnumRunEnd(text, i + 1);
    while (end + 1 < n && (text.charAt(end) == '-' || text.charAt(end) == '&')
        && isAlnum(text.charAt(end + 1))) {
      end = alnumRunEnd(text, end + 2);
    }
    return end;
  }

  private static int alnumRunEnd(String text, int from) {
    int end = from;
    while (end < text.length() && isAlnum(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlnum(char c) {
    return isLetter(c) || isDigit(c);
  }
}
