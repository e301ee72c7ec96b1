package dev.posttrends.extract.metrics;

import java.math.BigDecimal;

/**
 * Reads one number at a position of normalized text (see {@link TextScan#halfWidth}): Arabic digits
 * with thousands separators and decimals, Chinese numerals, and the multipliers that follow (万 亿,
 * k, million, bn…), including a space before a Chinese multiplier ({@code 2052 万}) and the 多/余
 * hedges that sit inside the figure ({@code 100多亿}). It knows nothing of units.
 */
final class NumberScanner {

  private static final String CN_DIGITS = "零〇一二两三四五六七八九";
  private static final String CN_NUMERAL = CN_DIGITS + "十百千万亿";

  /** English multipliers, longest first; {@code m}/{@code b} only after a currency sign. */
  private static final String[] EN_MULT = {
    "trillion", "billion", "million", "thousand", "mln", "bln", "bn", "mn", "tn", "k", "m", "b"
  };

  private static final int[] EN_MULT_EXP = {12, 9, 6, 3, 6, 9, 9, 6, 12, 3, 6, 9};

  private NumberScanner() {}

  /** A number as read: where it is, its value, and how it was written. */
  static final class Num {
    int start;
    int end;
    BigDecimal value;
    BigDecimal high; // 两三 → 2..3

    /** Product of the trailing multipliers (1 when none), to share across a list. */
    BigDecimal factor = BigDecimal.ONE;

    boolean chinese;
    boolean approx; // 多 余 几 inside the figure
    boolean version; // 3.2.1: never a mention
    boolean hasYi; // 亿 among the multipliers: the bare-money rule needs it
    boolean hasWan;

    /** Written with a thousands separator (2,000): never a year. */
    boolean grouped;

    /** Chinese numeral with a single digit and no multiplier (一 二 两 三…): article or idiom. */
    char lone;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isCnNumeral(char c) {
    return CN_NUMERAL.indexOf(c) >= 0;
  }

  /** The number starting at {@code i}, or null when none starts there. */
  static Num scan(String t, int i, boolean afterCurrency) {
    if (i >= t.length()) {
      return null;
    }
    Num num = new Num();
    num.start = i;
    if (isDigit(t.charAt(i))) {
      if (!scanArabic(t, i, num)) {
        return num.version ? num : null;
      }
    } else if (isCnNumeral(t.charAt(i))) {
      if (!ChineseNumerals.scan(t, i, num)) {
        return null;
      }
    } else {
      return null;
    }
    multipliers(t, num, afterCurrency);
    return num;
  }

  /** The number written in English words at {@code i} with its multipliers, or null. */
  static Num scanWords(String t, int i) {
    Num num = EnglishNumerals.scan(t, i);
    if (num != null) {
      multipliers(t, num, false);
    }
    return num;
  }

  private static boolean scanArabic(String t, int i, Num num) {
    int n = t.length();
    int j = i;
    while (j < n && isDigit(t.charAt(j))) {
      j++;
    }
    StringBuilder digits = new StringBuilder(16).append(t, i, j);
    if (j - i <= 3) { // thousands groups: 1,234 and 1，234 (normalized to a comma)
      while (j + 3 < n
          && t.charAt(j) == ','
          && isDigit(t.charAt(j + 1))
          && isDigit(t.charAt(j + 2))
          && isDigit(t.charAt(j + 3))
          && (j + 4 >= n || !isDigit(t.charAt(j + 4)))) {
        digits.append(t, j + 1, j + 4);
        j += 4;
        num.grouped = true;
      }
    }
    if (j + 1 < n && t.charAt(j) == '.' && isDigit(t.charAt(j + 1))) {
      int d = j + 1;
      while (d < n && isDigit(t.charAt(d))) {
        d++;
      }
      if (d + 1 < n && t.charAt(d) == '.' && isDigit(t.charAt(d + 1))) {
        while (d < n && (isDigit(t.charAt(d)) || t.charAt(d) == '.')) {
          d++;
        }
        num.version = true;
        num.end = d;
        return false;
      }
      digits.append(t, j, d);
      j = d;
    }
    num.value = new BigDecimal(digits.toString());
    num.end = j;
    return true;
  }

  /** Applies 百 千 万 亿 (and English multipliers) that follow the number, and 多/余 between them. */
  private static void multipliers(String t, Num num, boolean afterCurrency) {
    int n = t.length();
    int j = num.end;
    boolean arabic = !num.chinese;
    if (arabic && j + 1 < n && t.charAt(j) == ' ' && "万亿".indexOf(t.charAt(j + 1)) >= 0) {
      j++; // 2052 万美元
    }
    boolean any = false;
    while (j < n) {
      char c = t.charAt(j);
      char next = j + 1 < n ? t.charAt(j + 1) : ' ';
      int exp;
      if (c == '万') {
        exp = 4;
        num.hasWan = true;
      } else if (c == '亿') {
        exp = 8;
        num.hasYi = true;
      } else if (arabic && c == '千' && "瓦克米卡".indexOf(next) < 0) {
        exp = 3;
      } else if (arabic && c == '百' && next != '分') {
        exp = 2;
      } else if ((c == '多' || c == '余') && next != '年') {
        num.approx = true; // 100多亿, 3000余家: the figure stays, the hedge is noted
        j++;
        continue;
      } else {
        break;
      }
      num.factor = num.factor.scaleByPowerOfTen(exp);
      any = true;
      j++;
    }
    if (!any && arabic) {
      j = englishMultiplier(t, j, num, afterCurrency);
    }
    if (any || num.factor.compareTo(BigDecimal.ONE) != 0) {
      num.value = num.value.multiply(num.factor);
      if (num.high != null) {
        num.high = num.high.multiply(num.factor);
      }
      num.lone = 0;
    }
    num.end = j;
  }

  private static int englishMultiplier(String t, int j, Num num, boolean afterCurrency) {
    int n = t.length();
    int k = j < n && t.charAt(j) == ' ' ? j + 1 : j;
    for (int m = 0; m < EN_MULT.length; m++) {
      String w = EN_MULT[m];
      if (!t.startsWith(w, k) || (k + w.length() < n && isLetter(t.charAt(k + w.length())))) {
        continue;
      }
      if (w.length() == 1 && (k != j || (!afterCurrency && !w.equals("k")))) {
        // 5m is only millions after a currency sign ($5m); 5 k is no multiplier
        if (!(w.equals("m") && k == j && t.startsWith(" yuan", k + 1))) {
          continue;
        }
      }
      num.factor = num.factor.scaleByPowerOfTen(EN_MULT_EXP[m]);
      return k + w.length();
    }
    return j;
  }

  static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
