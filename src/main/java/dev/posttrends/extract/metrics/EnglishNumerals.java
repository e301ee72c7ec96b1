package dev.posttrends.extract.metrics;

import java.math.BigDecimal;

/**
 * English number words ({@code three}, {@code twenty-five}, {@code two hundred}); the multipliers
 * after them ({@code two million}) are read by {@link NumberScanner}. Lower case anywhere,
 * capitalized only at a sentence start ({@code Three companies…}): mid-sentence {@code Three} is
 * usually a name. {@code one} is marked like Chinese 一, so {@code one company} stays an article.
 */
final class EnglishNumerals {

  /** Words and values; longer words first where one is a prefix of another (seventeen, seven). */
  private static final String[] WORDS = {
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety"
  };

  private static final int[] VALUES = {
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80,
    90
  };

  /** First letters of the words (both cases): most positions are rejected by this check alone. */
  private static final String FIRST = "otfsenOTFSEN";

  private EnglishNumerals() {}

  /** Whether a number word may start at {@code i}: a word start with a plausible first letter. */
  static boolean startsAt(String t, int i) {
    char c = t.charAt(i);
    if (FIRST.indexOf(c) < 0 || (i > 0 && !isBoundary(t.charAt(i - 1)))) {
      return false;
    }
    return c >= 'a' || sentenceStart(t, i);
  }

  /** The number written in words at {@code i} (before multipliers), or null. */
  static NumberScanner.Num scan(String t, int i) {
    int w = wordAt(t, i);
    if (w < 0) {
      return null;
    }
    int value = VALUES[w];
    int end = i + WORDS[w].length();
    if (value >= 20 && end + 1 < t.length() && t.charAt(end) == '-') {
      int u = wordAt(t, end + 1);
      if (u >= 0 && VALUES[u] < 10) {
        value += VALUES[u]; // twenty-five
        end += 1 + WORDS[u].length();
      }
    }
    if (value < 10 && t.startsWith(" hundred", end) && wordEnds(t, end + 8)) {
      value *= 100;
      end += 8;
      int k = t.startsWith(" and ", end) ? end + 5 : end + 1;
      NumberScanner.Num rest = k < t.length() && t.charAt(end) == ' ' ? scan(t, k) : null;
      if (rest != null && rest.value.intValue() < 100) {
        value += rest.value.intValue(); // two hundred (and) fifty
        end = rest.end;
      }
    }
    NumberScanner.Num num = new NumberScanner.Num();
    num.start = i;
    num.end = end;
    num.value = BigDecimal.valueOf(value);
    num.lone = value == 1 ? '一' : 0; // one company: an article, like 一家
    return num;
  }

  private static int wordAt(String t, int i) {
    int best = -1;
    for (int w = 0; w < WORDS.length; w++) {
      String word = WORDS[w];
      if (t.regionMatches(true, i, word, 0, word.length())
          && wordEnds(t, i + word.length())
          && (best < 0 || word.length() > WORDS[best].length())) {
        best = w;
      }
    }
    return best;
  }

  private static boolean wordEnds(String t, int e) {
    return e >= t.length() || !NumberScanner.isLetter(t.charAt(e));
  }

  private static boolean isBoundary(char c) {
    return !NumberScanner.isLetter(c) && !NumberScanner.isDigit(c) && c != '-' && c != '\'';
  }

  private static boolean sentenceStart(String t, int i) {
    int k = i - 1;
    while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '"' || t.charAt(k) == '“')) {
      k--;
    }
    return k < 0 || ".!?\n".indexOf(t.charAt(k)) >= 0;
  }
}
