package dev.posttrends.extract.dates;

/**
 * A cheap test of whether a date expression may begin at a position, run before the regular
 * expression of {@link DatePatterns}. Most positions of a financial text (figures, names) fail it,
 * which spares them the regular expression; every alternative of the pattern must pass it.
 */
final class StartFilter {

  private StartFilter() {}

  private static final boolean[] STARTS = table("〇零○一二三四五六七八九十今去上下明前后本当昨年月全同第Q");
  private static final boolean[] KEYS = table("年月日天夜晚晨早周季期Q至到-~～/");
  private static final boolean[] LATIN_STARTS = table("JFMASONDf");
  private static final String[] EN_PREFIXES = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "FY",
    "Fiscal", "fiscal"
  };

  /**
   * How far past its first char every non-English expression has a key char: 4 in 二零二一年 and 前十一个月,
   * 6 in “十三五”时期 and 2023会计年度.
   */
  private static final int KEY_WINDOW = 7;

  /**
   * Whether an expression may begin at {@code i}: its first char can open one and, except for
   * English words, a key char (年, 月, 日, 季, 至…) follows closely.
   */
  static boolean mayStartAt(String text, int i) {
    char c = text.charAt(i);
    if (c < 128 && LATIN_STARTS[c]) {
      return englishWordAt(text, i);
    }
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    switch (c) {
      case '年':
        return "末底初内".indexOf(next) >= 0;
      case '月':
        return next == '内';
      case '(', '（':
        return (next >= '0' && next <= '9') || "今明去".indexOf(next) >= 0;
      case '"', '“', '「', '‘', '『':
        return next == '十';
      case 'H':
        return next == '1' || next == '2'; // H1 2023, never the H of HK or H股
      default:
        break;
    }
    boolean digit = c >= '0' && c <= '9';
    if (!digit && !STARTS[c]) {
      return false;
    }
    if (digit) {
      if (i > 0 && (Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
        return false; // inside a figure: every numeric alternative looks behind for this
      }
      if (isoDotted(text, i) || halfAfterDigits(text, i) || englishDayFirst(text, i)) {
        return true;
      }
    }
    int end = Math.min(text.length(), i + KEY_WINDOW);
    for (int j = i; j < end; j++) {
      if (KEYS[text.charAt(j)]) {
        return true;
      }
    }
    return false;
  }

  private static boolean englishWordAt(String text, int i) {
    for (String prefix : EN_PREFIXES) {
      if (text.startsWith(prefix, i)) {
        return true;
      }
    }
    return false;
  }

  /** 2022.6.8: four digits and a dot (a figure such as 2022.5 is then refused by the pattern). */
  private static boolean isoDotted(String text, int i) {
    return i + 5 < text.length() && text.charAt(i + 4) == '.';
  }

  /** 1H23 and 2023H1 (H is no key char: it would let every figure before .HK through). */
  private static boolean halfAfterDigits(String text, int i) {
    return i + 1 < text.length() && text.charAt(i + 1) == 'H'
        || i + 4 < text.length() && text.charAt(i + 4) == 'H';
  }

  /** 8 June 2024: one or two digits, a space and a capital that may open a month's name. */
  private static boolean englishDayFirst(String text, int i) {
    int j = i + 1;
    if (j < text.length() && Character.isDigit(text.charAt(j))) {
      j++;
    }
    if (j + 1 >= text.length() || text.charAt(j) != ' ') {
      return false;
    }
    char c = text.charAt(j + 1);
    return c < 128 && LATIN_STARTS[c] && englishWordAt(text, j + 1);
  }

  private static boolean[] table(String chars) {
    boolean[] t = new boolean[Character.MAX_VALUE + 1];
    chars.chars().forEach(ch -> t[ch] = true);
    return t;
  }
}
