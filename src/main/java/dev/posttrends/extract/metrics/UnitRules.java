package dev.posttrends.extract.metrics;

import dev.posttrends.extract.metrics.NumberScanner.Num;
import dev.posttrends.extract.metrics.Units.Unit;
import java.math.BigDecimal;

/**
 * The judgement calls on a number and the word after it: 点 as index points or clock time, 度 as kWh
 * or degrees, 块 as yuan or a classifier, articles ({@code 一家}), rankings ({@code 前三名}), slogans in
 * short quotes, and whether a bare 亿 amount is money.
 */
final class UnitRules {

  private static final Unit EXCLUDED = new Unit("", null, Units.EXCLUDED, 0, 0);

  /** Words in a sentence that make a bare 亿 amount money ({@code 成交额}, {@code 资金}…). */
  private static final String[] MONEY_CUES =
      TextScan.words(
          "资|额|元|营收|收入|利润|净利|市值|融|募|流入|流出|买入|卖出|扫货|销售|贸易|进出口|交易|预算|产值|亏损|盈利|负债|贷款|存款|保费"
              + "|补贴|票房|估值|营业|出口|进口|税|费|财|钱|成本|开支|支出|花费");

  private static final String[] RANKING = {"前", "后", "top ", "Top "};

  private static final String[] POWER_CUES = {"电量", "发电", "用电", "售电", "购电", "电力", "耗电"};

  /** Chars that may follow a bare money amount (资金, 的, 以上, 项目, 规模…). */
  private static final String AFTER_BARE_MONEY = "的以左上下多余资项大之规元";

  /** Chars before a bare amount that make it a count or volume (人口14亿, 成交量5亿). */
  private static final String NOT_MONEY_BEFORE = "量数口人户";

  private UnitRules() {}

  /** The unit after the number, with the context rules applied; EXCLUDED kind for non-mentions. */
  static Unit after(String t, Num a) {
    Unit u = Units.match(t, a.end);
    if (u == null) {
      if (!a.chinese && a.end + 1 < t.length() && t.charAt(a.end) == ' ') {
        Unit noun = EnglishNouns.at(t, a.end + 1);
        boolean year = isYearLike(a) && !Context.before(t, a.start, 0).approx(); // about 2000
        if (noun != null && (year || afterName(t, a.start))) {
          return EXCLUDED.at(noun.end()); // 2021 results: a year; S&P 500 index: a name
        }
        return noun;
      }
      return null;
    }
    int e = u.end();
    char next = e < t.length() ? t.charAt(e) : ' ';
    switch (u.word()) {
      case "点":
        return isClockTime(t, a, next) ? EXCLUDED.at(e) : u;
      case "度":
        return next == '电' || powerContext(t, a.start) ? u : EXCLUDED.at(e);
      case "块":
        return TextScan.isHan(next) ? u : new Unit("块", "CNY", Units.MONEY, 0, e);
      default:
        return u;
    }
  }

  /**
   * Whether the number at {@code s} ends a name: after {@code S&P}, an upper-case code ({@code FTSE
   * 100}) or a capitalized word inside a sentence ({@code Nikkei 225}), not after a currency code.
   */
  private static boolean afterName(String t, int s) {
    if (s < 2 || t.charAt(s - 1) != ' ' || TextScan.prefix(t, s) != null) {
      return false;
    }
    int k = s - 1;
    boolean lower = false;
    boolean amp = false;
    while (k > 0 && (NumberScanner.isLetter(t.charAt(k - 1)) || t.charAt(k - 1) == '&')) {
      k--;
      amp |= t.charAt(k) == '&';
      lower |= t.charAt(k) >= 'a';
    }
    int len = s - 1 - k;
    if (len == 0 || !(t.charAt(k) >= 'A' && t.charAt(k) <= 'Z')) {
      return false;
    }
    if (amp || (!lower && len >= 2)) {
      return true;
    }
    int p = k - 1;
    while (p >= 0 && t.charAt(p) == ' ') {
      p--;
    }
    return p >= 0 && ".!?\n\"“(".indexOf(t.charAt(p)) < 0; // not the first word of a sentence
  }

  /** 度 is kWh only in a sentence about electricity (发电量, 用电…), else degrees or 一度 (once). */
  private static boolean powerContext(String t, int start) {
    int from = Math.max(Clauses.sentenceStart(t, start), start - 20);
    return containsAny(t, from, start, POWER_CUES);
  }

  private static boolean isYearLike(Num a) {
    return a.factor.compareTo(BigDecimal.ONE) == 0
        && !a.grouped
        && a.value.scale() <= 0
        && a.value.intValue() >= 1900
        && a.value.intValue() <= 2100;
  }

  /** 10点30分, 上午9点: a time; 3637.57点, 上涨20点: index points. */
  private static boolean isClockTime(String t, Num a, char next) {
    if (a.chinese) {
      return true;
    }
    if (a.value.scale() > 0 || a.value.intValue() > 24) {
      return false;
    }
    if (NumberScanner.isDigit(next) || "半钟整前后左多".indexOf(next) >= 0) {
      return true;
    }
    for (int k = Math.max(0, a.start - 4); k < a.start; k++) {
      if ("午晚早晨凌时日天今明昨".indexOf(t.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a figure with this unit is a mention at all (not an article, ranking or slogan). */
  static boolean plausible(String t, Num a, Unit u) {
    boolean countLike = u.kind().equals(Units.COUNT) || u.kind().equals(Units.QUANTITY);
    if (countLike && a.lone == '一') {
      return false; // 一家企业, 最后一公里, 一度: an article or an idiom, not a figure
    }
    if (u.kind().equals(Units.COUNT)) {
      if (a.factor.compareTo(BigDecimal.ONE) == 0 && a.value.scale() > 0) {
        return false; // 2.0 ships, 1.5个: things are counted in whole numbers
      }
      if (a.lone == '二' || (a.lone != 0 && a.lone != '两' && u.word().equals("期"))) {
        return false; // 二次, 二手: compounds (counting uses 两); 三期: phase three
      }
      if (a.start > 0 && t.charAt(a.start - 1) == '每') {
        return false; // 每10股派6.5元: the basis of a rate, not a count
      }
      if ("名位强".contains(u.word()) && Context.endingAt(t, a.start, 0, RANKING) != null) {
        return false; // 前三名: a ranking
      }
    }
    return !(a.chinese && inShortQuote(t, a.start, a.end));
  }

  /** “在建项目五人行”: Chinese numerals inside a short quoted slogan or name. */
  private static boolean inShortQuote(String t, int s, int e) {
    int open = -1;
    for (int k = s - 1; k >= Math.max(0, s - 10); k--) {
      char c = t.charAt(k);
      if (c == '“' || c == '「') {
        open = k;
        break;
      }
      if (c == '”' || c == '」' || c == '。') {
        return false;
      }
    }
    if (open < 0) {
      return false;
    }
    for (int k = e; k < Math.min(t.length(), open + 14); k++) {
      if (t.charAt(k) == '”' || t.charAt(k) == '」') {
        return true;
      }
    }
    return false;
  }

  /** 成交额近5亿, 北上资金扫货近60亿: an amount in 亿 (or Arabic 万) plainly about money. */
  static boolean bareMoney(String t, Num a) {
    if (!(a.hasYi || (a.hasWan && !a.chinese))) {
      return false;
    }
    char next = a.end < t.length() ? t.charAt(a.end) : ' ';
    if (TextScan.isHan(next) && AFTER_BARE_MONEY.indexOf(next) < 0) {
      return false;
    }
    int p = a.start;
    while (p > 0 && "约近超逾过达为".indexOf(t.charAt(p - 1)) >= 0) {
      p--;
    }
    if (p > 0 && NOT_MONEY_BEFORE.indexOf(t.charAt(p - 1)) >= 0) {
      return false;
    }
    int from = Clauses.sentenceStart(t, a.start);
    return containsAny(t, Math.max(from, a.start - 200), a.start, MONEY_CUES);
  }

  /**
   * Whether one of {@code words} lies within {@code t[from, to)}; bounded, never past {@code to}.
   */
  private static boolean containsAny(String t, int from, int to, String[] words) {
    for (int k = from; k < to; k++) {
      for (String w : words) {
        if (w.charAt(0) == t.charAt(k) && k + w.length() <= to && t.startsWith(w, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** End of a per-unit suffix ({@code 6.5元/股}, {@code 8000吨/年}) for money and quantities. */
  static int perUnitEnd(String t, int end, String kind) {
    if (end + 1 >= t.length()
        || t.charAt(end) != '/'
        || !(kind.equals(Units.MONEY) || kind.equals(Units.QUANTITY))) {
      return end;
    }
    int k = end + 1;
    while (k < t.length()
        && k - end <= 4
        && (TextScan.isHan(t.charAt(k)) || NumberScanner.isLetter(t.charAt(k)))) {
      k++;
    }
    return k > end + 1 ? k : end;
  }
}
