package dev.posttrends.extract.keywords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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
   */
  private static final Pattern TERM =
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
    Matcher m = TERM.matcher(text);
    while (m.find()) {
      String term = m.group().toLowerCase(Locale.ROOT);
      // Single letters are initials, list markers or share classes split from 股: never keywords.
      if (term.length() >= 2 && !stopWords.contains(term)) {
        out.add(new Token(m.start(), term));
      }
    }
    return out;
  }
}
