package dev.posttrends.extract.metrics;

import java.math.BigDecimal;

/**
 * Chinese numerals: {@code 三千五百万}, {@code 一万亿}, {@code 百亿}, {@code 两三} (a range), and
 * digit-by-digit figures such as {@code 二零二一} (years, excluded later by their 年).
 */
final class ChineseNumerals {

  private static final String DIGITS = "零〇一二两三四五六七八九";

  private ChineseNumerals() {}

  private static int digit(char c) {
    int d = DIGITS.indexOf(c);
    if (d < 0) {
      return -1;
    }
    return d <= 1 ? 0 : d <= 2 ? 1 : d <= 4 ? 2 : d - 2;
  }

  /** Reads the numeral run at {@code i} into {@code num}; false when it is no usable number. */
  static boolean scan(String t, int i, NumberScanner.Num num) {
    int n = t.length();
    int j = i;
    int digitsOnly = 0; // length of a leading run of bare digits (二零二一, 两三)
    boolean unitSeen = false;
    while (j < n && NumberScanner.isCnNumeral(t.charAt(j))) {
      char c = t.charAt(j);
      char next = j + 1 < n ? t.charAt(j + 1) : ' ';
      if (c == '千' && "瓦克米卡".indexOf(next) >= 0) {
        break; // 三千瓦 reads as 3 千瓦 (kW), not 3000 瓦
      }
      if (c == '百' && next == '分') {
        break; // 百分之 / 百分点 are units, not a multiplier
      }
      if (digit(c) >= 0 && !unitSeen) {
        digitsOnly++;
      } else {
        unitSeen = true;
      }
      j++;
    }
    if (j == i) {
      return false;
    }
    char first = t.charAt(i);
    if (first == '亿' || (first == '万' && (j - i < 2 || t.charAt(i + 1) != '亿'))) {
      return false; // 万 alone starts idioms (万一, 万家); 万亿 is a figure
    }
    char before = i > 0 ? t.charAt(i - 1) : ' ';
    if ((first == '百' || first == '千') && j - i == 1 && "近超逾过约上".indexOf(before) < 0) {
      return false; // 百家, 千年: idioms; but 近百家, 上千人 are hedged figures
    }
    if (j - i > 16) {
      return false; // no real figure is that long; avoids long overflow
    }
    num.approx = before == '上' && (first == '百' || first == '千' || first == '万');
    if (j < n && t.charAt(j) == '几') {
      num.approx = true; // 十几家: ten-odd
      j++;
    }
    num.chinese = true;
    num.end = j;
    int valueEnd = t.charAt(j - 1) == '几' ? j - 1 : j;
    if (!unitSeen && digitsOnly >= 2) {
      return digitSequence(t, i, valueEnd, num);
    }
    if (digitsOnly >= 2) {
      return false; // 三四十: too loose to value
    }
    long value = value(t, i, valueEnd, num);
    num.value = BigDecimal.valueOf(value);
    if (valueEnd - i == 1 && digit(first) >= 0 && valueEnd == j) {
      num.lone = first;
    }
    return true;
  }

  /** 两三 → 2..3 (a hedge range of neighbours); longer runs read digit by digit (二零二一). */
  private static boolean digitSequence(String t, int i, int j, NumberScanner.Num num) {
    if (j - i == 2) {
      int a = digit(t.charAt(i));
      int b = digit(t.charAt(i + 1));
      if (a > 0 && (b == a + 1 || (a == 3 && b == 5))) {
        num.value = BigDecimal.valueOf(a);
        num.high = BigDecimal.valueOf(b);
        return true;
      }
      return false; // 三一, 五一: names and holidays
    }
    long v = 0;
    for (int k = i; k < j; k++) {
      v = v * 10 + digit(t.charAt(k));
    }
    num.value = BigDecimal.valueOf(v);
    return true;
  }

  private static long value(String t, int i, int j, NumberScanner.Num num) {
    long total = 0; // complete 亿 groups
    long section = 0; // below 亿
    long small = 0; // below 万
    long cur = 0;
    for (int k = i; k < j; k++) {
      char c = t.charAt(k);
      int d = digit(c);
      if (d >= 0) {
        cur = d;
        continue;
      }
      switch (c) {
        case '十' -> small += (cur == 0 && small == 0 ? 1 : cur) * 10;
        case '百' -> small += (cur == 0 ? 1 : cur) * 100;
        case '千' -> small += (cur == 0 ? 1 : cur) * 1000;
        case '万' -> {
          section = (section + small + cur) * 10_000;
          if (section == 0) {
            section = 10_000; // 万亿
          }
          num.hasWan = true;
        }
        default -> { // 亿
          total = (total + section + small + cur) * 100_000_000L;
          if (total == 0) {
            total = 100_000_000L;
          }
          section = 0;
          num.hasYi = true;
        }
      }
      if (c == '万' || c == '亿') {
        small = 0;
      }
      cur = 0;
    }
    return total + section + small + cur;
  }
}
