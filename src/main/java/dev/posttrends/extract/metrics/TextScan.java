package dev.posttrends.extract.metrics;

/**
 * Character-level helpers of the scanner: full-width folding, URLs, currency signs before a number
 * and the look-around that tells identifiers ({@code ET7}, {@code HFO-1234yf}, {@code 09869.HK})
 * from figures.
 */
final class TextScan {

  /** A word table written as one {@code |}-separated string (compact to read and to diff). */
  static String[] words(String barSeparated) {
    return barSeparated.split("\\|");
  }

  /** Currency signs and codes written before the number, longest first. */
  private static final String[][] PREFIXES = {
    {"人民币", "CNY"},
    {"US$", "USD"},
    {"HK$", "HKD"},
    {"RMB", "CNY"},
    {"CNY", "CNY"},
    {"USD", "USD"},
    {"HKD", "HKD"},
    {"EUR", "EUR"},
    {"JPY", "JPY"},
    {"GBP", "GBP"},
    {"$", "USD"},
    {"€", "EUR"},
    {"£", "GBP"},
    {"¥", "CNY"},
    {"￥", "CNY"}
  };

  private static final String[] EXCHANGES = {".HK", ".SH", ".SZ", ".SS", ".BJ", ".US", ".N", ".O"};

  private TextScan() {}

  /** A currency sign before a number: where it starts and its code. */
  record Prefix(int start, String code) {}

  /**
   * Folds full-width ASCII (digits, ％, ．, ，, ～) to half-width and the ideographic space to a space,
   * char for char, so every index still points into the original text.
   */
  static String halfWidth(String text) {
    char[] c = null;
    for (int k = 0; k < text.length(); k++) {
      char ch = text.charAt(k);
      char folded =
          ch >= '\uFF01' && ch <= '\uFF5E' ? (char) (ch - 0xFEE0) : ch == '\u3000' ? ' ' : ch;
      if (folded != ch) {
        if (c == null) {
          c = text.toCharArray();
        }
        c[k] = folded;
      }
    }
    return c == null ? text : new String(c);
  }

  /** End of a URL starting at {@code i}, or {@code i} when none starts there. */
  static int urlEnd(String t, int i) {
    if (!t.startsWith("http://", i) && !t.startsWith("https://", i) && !t.startsWith("www.", i)) {
      return i;
    }
    int k = i;
    while (k < t.length() && t.charAt(k) > ' ' && t.charAt(k) < 128 && t.charAt(k) != ')') {
      k++;
    }
    return k;
  }

  static Prefix prefix(String t, int numStart) {
    int p = numStart > 0 && t.charAt(numStart - 1) == ' ' ? numStart - 1 : numStart;
    for (String[] pre : PREFIXES) {
      int s = p - pre[0].length();
      if (s >= 0 && t.startsWith(pre[0], s)) {
        boolean letters = NumberScanner.isLetter(pre[0].charAt(pre[0].length() - 1));
        if (p != numStart && !letters && pre[0].length() == 1) {
          continue; // "$ 5" is unusual; "$5" is the form
        }
        if (NumberScanner.isLetter(pre[0].charAt(0))
            && s > 0
            && NumberScanner.isLetter(t.charAt(s - 1))) {
          continue;
        }
        if (pre[0].equals("¥") && !nearHan(t, s)) {
          return new Prefix(s, "JPY"); // ¥ in English text is the yen; in Chinese text, the yuan
        }
        return new Prefix(s, pre[1]);
      }
    }
    return null;
  }

  /** Whether a Han character lies within 30 chars of {@code k}: the text around is Chinese. */
  private static boolean nearHan(String t, int k) {
    for (int j = Math.max(0, k - 30); j < Math.min(t.length(), k + 30); j++) {
      if (isHan(t.charAt(j))) {
        return true;
      }
    }
    return false;
  }

  /** Length of a currency sign or code at {@code k} ({@code $}, {@code HK$}), or 0. */
  static int prefixLength(String t, int k) {
    for (String[] pre : PREFIXES) {
      if (t.startsWith(pre[0], k)) {
        return pre[0].length();
      }
    }
    return 0;
  }

  /**
   * Whether the number at {@code start} continues an identifier or another figure: letters right
   * before ({@code ET7}, {@code Q3}), a hyphen after letters ({@code HFO-1234}), a digit with a
   * dot, colon or slash before ({@code 3.2.1}, {@code 10:30}, {@code 6/8}), or 第 (ordinal).
   */
  static boolean continuesSomething(String t, int start) {
    if (start == 0) {
      return false;
    }
    char prev = t.charAt(start - 1);
    char prev2 = start >= 2 ? t.charAt(start - 2) : ' ';
    if (NumberScanner.isLetter(prev) || prev == '_' || prev == '#' || prev == '第') {
      return true;
    }
    if (prev == '-' || prev == '—' || prev == '–') {
      return NumberScanner.isLetter(prev2) || NumberScanner.isDigit(prev2);
    }
    if (prev == '.' || prev == ':' || prev == '/') {
      return NumberScanner.isDigit(prev2);
    }
    return prev == ' ' && prev2 == '第';
  }

  /**
   * Whether the text after a number at {@code e} makes it an identifier: letters that are no unit
   * ({@code 1234yf}, {@code 6G}, {@code 4A级}), a stock exchange suffix ({@code 0388.HK}), a time or
   * ratio ({@code 10:30}), or a date or fraction ({@code 6/8}).
   */
  static boolean identifierAfter(String t, int e) {
    if (e >= t.length()) {
      return false;
    }
    char c = t.charAt(e);
    char next = e + 1 < t.length() ? t.charAt(e + 1) : ' ';
    if (NumberScanner.isLetter(c)) {
      return true; // callers try units first
    }
    if ((c == ':' || c == '/') && NumberScanner.isDigit(next)) {
      return true;
    }
    if ((c == '-' || c == '_') && NumberScanner.isLetter(next)) {
      return true;
    }
    if (c == '.') {
      for (String x : EXCHANGES) {
        if (t.startsWith(x, e)
            && (e + x.length() >= t.length()
                || !NumberScanner.isLetter(t.charAt(e + x.length())))) {
          return true;
        }
      }
    }
    return false;
  }

  /** End of the letters and digits from {@code k}: the rest of an identifier to skip. */
  static int alnumEnd(String t, int k) {
    while (k < t.length()
        && (NumberScanner.isLetter(t.charAt(k))
            || NumberScanner.isDigit(t.charAt(k))
            || ".-_:/".indexOf(t.charAt(k)) >= 0)) {
      k++;
    }
    return k;
  }

  static boolean isHan(char c) {
    return c >= '\u4E00' && c <= '\u9FFF';
  }
}
