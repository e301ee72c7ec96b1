package dev.posttrends.extract.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words around a figure that hedge it ({@code 约}, {@code 以上}, {@code about}) or make it the
 * size of a move ({@code 增长}, {@code fell}). Walks backwards from the figure over hedges and
 * fillers ({@code 同比}, {@code 分别}, {@code 达}, {@code 幅}…) until a change word, a level marker
 * ({@code 至}, {@code 到}, {@code to}: {@code 增至} is a level, not a move) or anything else.
 */
final class Context {

  /** What the words before a figure say about it. */
  record Before(boolean approx, String change) {}

  private static final String[] HEDGES =
      TextScan.words(
          "不超过|不超|不足|不到|不低于|不少于|不高于|低于|高于|少于|多于|至少|最多|接近|将近|近乎|大约|约合|逼近|小于|大于|突破|站上|超过|约"
              + "|近|超|逾|过|more than|less than|fewer than|at least|at most|up to|about|around"
              + "|approximately|roughly|nearly|almost|over|above|below|under|some|close to"
              + "|as much as|as many as|upwards of|in excess of|<=|>=|≤|≥|<|>");

  /** Words that may sit between a change word and its figure without breaking the link. */
  private static final String[] FILLERS =
      TextScan.words(
          "同比|环比|分别|达到|高达|多达|一度|幅度|均|都|则|可|将|已|仅|共|合计|累计|了|达|为|是|幅|率|速|的|也|再|又|还|by|a|an"
              + "|another|some");

  private static final String[] UP =
      TextScan.words(
          "增长|增加|上涨|上升|提高|提升|攀升|上扬|回升|反弹|飙升|上调|扩大|增持|加快|增|涨|升|rose|rise|rises|risen"
              + "|rising|grew|grow|grows|grown|gained|gain|gains|increased|increase|increases"
              + "|up|jumped|climbed|soared|surged|advanced|added|rallied|rebounded|leapt|leaped"
              + "|spiked|expanded|accelerated");

  private static final String[] DOWN =
      TextScan.words(
          "下降|减少|下跌|降低|下滑|下挫|回落|下调|缩减|缩小|收窄|减持|重挫|跳水|放缓|降|跌|减|fell|fall|falls|fallen"
              + "|falling|declined|decline|declines|dropped|drop|drops|down|slid|slipped|lost"
              + "|decreased|decrease|decreases|tumbled|plunged|sank|shed|eased|shrank|slumped"
              + "|plummeted|dipped|retreated|contracted");

  private static final String[] LEVEL = {"至", "到", "to", "from", "从", "由"};

  /** Verbs whose object may stand between them and {@code by}: cut the ratio by 25 basis points. */
  private static final String[] BY_UP =
      TextScan.words("raised|raises|raise|hiked|hikes|lifted|boosted|increased|increases");

  private static final String[] BY_DOWN =
      TextScan.words("cut|cuts|lowered|lowers|reduced|reduces|trimmed|slashed|decreased");

  /** Words looked back over from {@code by} to its verb. */
  private static final int BY_OBJECT_WORDS = 5;

  private static final String[] HEDGES_AFTER =
      TextScan.words("左右|以上|以下|以内|之内|上下|上方|之上|开外|出头|有余|or more|or so|plus|and above");

  private static final String[] UP_AFTER = {"increase", "rise", "gain", "jump", "growth", "hike"};
  private static final String[] DOWN_AFTER = {
    "decline", "drop", "fall", "decrease", "slump", "cut", "reduction"
  };

  /** Chars before 过 that make it part of a verb (通过, 经过, 不过), not the hedge 过 (逾). */
  private static final String NOT_HEDGE_BEFORE_GUO = "通经不越跨度错穿闯走看做有受见得到来去用试曾吃听说想拿获赢发办开当涨跌升降超";

  private Context() {}

  static Before before(String t, int p, int lo) {
    boolean approx = false;
    for (int steps = 0; steps < 8 && p > lo; steps++) {
      while (p > lo && t.charAt(p - 1) == ' ') {
        p--;
      }
      String w = endingAt(t, p, lo, HEDGES);
      if (w != null && isHedge(t, p, w)) {
        approx = true;
        p -= w.length();
        continue;
      }
      String level = endingAt(t, p, lo, LEVEL);
      if (level != null && !(level.equals("到") && p - 2 >= lo && t.charAt(p - 2) == '达')) {
        break;
      }
      w = endingAt(t, p, lo, UP);
      if (w != null && !(w.equals("增") && p - 2 >= lo && "新转".indexOf(t.charAt(p - 2)) >= 0)) {
        return new Before(approx, "up");
      }
      if (endingAt(t, p, lo, DOWN) != null) {
        return new Before(approx, "down");
      }
      String comparative = comparative(t, p, lo);
      if (comparative != null) {
        return new Before(approx, comparative);
      }
      w = endingAt(t, p, lo, FILLERS);
      if (w == null) {
        break;
      }
      p -= w.length();
      if (w.equals("by")) {
        String change = verbBeforeBy(t, p, lo);
        if (change != null) {
          return new Before(approx, change);
        }
      }
    }
    return new Before(approx, null);
  }

  /** {@code cut the reserve requirement ratio by}: a move verb a few words before {@code by}. */
  private static String verbBeforeBy(String t, int p, int lo) {
    for (int words = 0; words <= BY_OBJECT_WORDS && p > lo; words++) {
      while (p > lo && t.charAt(p - 1) == ' ') {
        p--;
      }
      if (endingAt(t, p, lo, BY_UP) != null) {
        return "up";
      }
      if (endingAt(t, p, lo, BY_DOWN) != null) {
        return "down";
      }
      int s = p;
      while (s > lo && (NumberScanner.isLetter(t.charAt(s - 1)) || t.charAt(s - 1) == '\'')) {
        s--;
      }
      if (s == p) {
        return null; // punctuation or a digit: the clause ends here
      }
      p = s;
    }
    return null;
  }

  /** Rate moves whose object may stand between them and the figure: 下调存款准备金率0.5个百分点. */
  private static final String[] RATE_UP = TextScan.words("上调|加息|调升|调高|上浮|提高");

  private static final String[] RATE_DOWN = TextScan.words("下调|降息|降准|调降|调低|下浮|降低");

  /** Han chars looked back over for a rate move (存款准备金率 is 6). */
  private static final int RATE_OBJECT = 8;

  /**
   * A rate move a few Han chars before a percentage-point figure, within its clause: {@code
   * 降息25个基点}, {@code 下调利率25个基点}; null when none, or when a level marker (至, 为) intervenes.
   */
  static String rateMoveBefore(String t, int p) {
    int lo = Math.max(0, p - RATE_OBJECT - 2);
    for (int k = p; k > lo && TextScan.isHan(t.charAt(k - 1)); k--) {
      if (endingAt(t, k, lo, RATE_UP) != null) {
        return "up";
      }
      if (endingAt(t, k, lo, RATE_DOWN) != null) {
        return "down";
      }
      if ("至到为".indexOf(t.charAt(k - 1)) >= 0) {
        return null;
      }
    }
    return null;
  }

  /** 比上年同期多6068亿元, 较上月少3家: 多/少 after a comparison is the size of a move. */
  private static String comparative(String t, int p, int lo) {
    char c = p > lo ? t.charAt(p - 1) : ' ';
    if (c != '多' && c != '少') {
      return null;
    }
    for (int k = p - 2; k >= Math.max(lo, p - 12); k--) {
      char b = t.charAt(k);
      if (b == '比' || b == '较') {
        return c == '多' ? "up" : "down";
      }
      if (!TextScan.isHan(b)) {
        return null;
      }
    }
    return null;
  }

  private static boolean isHedge(String t, int p, String w) {
    int s = p - w.length();
    char prev = s > 0 ? t.charAt(s - 1) : ' ';
    return switch (w) {
      case "过" -> NOT_HEDGE_BEFORE_GUO.indexOf(prev) < 0;
      case "近" -> "最附靠邻亲将接".indexOf(prev) < 0;
      case "约" -> "合条公契签预履违节制大".indexOf(prev) < 0;
      default -> true;
    };
  }

  /** Whether a hedge follows the figure ending at {@code e}: {@code 5亿元以上}, {@code or more}. */
  static boolean hedgeAfter(String t, int e) {
    int k = e < t.length() && t.charAt(e) == ' ' ? e + 1 : e;
    for (String w : HEDGES_AFTER) {
      if (t.startsWith(w, k) && (k == e || Units.isAscii(w.charAt(0)))) {
        return !w.startsWith("以") || !t.startsWith("以来", k); // 以来 is since, not a bound
      }
    }
    return false;
  }

  /** English noun after the figure that makes it a move: {@code a 5% rise}. */
  static String changeAfter(String t, int e) {
    if (e + 1 >= t.length() || t.charAt(e) != ' ') {
      return null;
    }
    if (wordAt(t, e + 1, UP_AFTER)) {
      return "up";
    }
    return wordAt(t, e + 1, DOWN_AFTER) ? "down" : null;
  }

  private static boolean wordAt(String t, int k, String[] words) {
    for (String w : words) {
      int end = k + w.length();
      if (t.startsWith(w, k) && (end >= t.length() || !NumberScanner.isLetter(t.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per word list (by identity): its words grouped by last char, longest first, so a lookup tries
   * only the few words that can end at a position.
   */
  private static final Map<String[], Map<Character, String[]>> BY_LAST_CHAR =
      new ConcurrentHashMap<>();

  private static Map<Character, String[]> byLastChar(String[] words) {
    Map<Character, java.util.List<String>> groups = new java.util.HashMap<>();
    for (String w : words) {
      groups.computeIfAbsent(w.charAt(w.length() - 1), c -> new java.util.ArrayList<>()).add(w);
    }
    Map<Character, String[]> out = new java.util.HashMap<>();
    groups.forEach(
        (c, list) -> {
          list.sort((x, y) -> y.length() - x.length());
          out.put(c, list.toArray(String[]::new));
        });
    return out;
  }

  /**
   * The longest word of {@code words} ending at {@code p} (English words on word bounds, in any
   * case).
   */
  static String endingAt(String t, int p, int lo, String[] words) {
    if (p <= lo) {
      return null;
    }
    String[] candidates =
        BY_LAST_CHAR.computeIfAbsent(words, Context::byLastChar).get(t.charAt(p - 1));
    if (candidates == null) {
      return null; // the common case: no word ends with this char
    }
    for (String w : candidates) { // longest first: the first that fits is the longest
      int s = p - w.length();
      boolean english = NumberScanner.isLetter(w.charAt(0));
      if (s < lo || !t.regionMatches(english, s, w, 0, w.length())) {
        continue; // English words also match capitalized: About, Over, Rose
      }
      if (english && s > 0 && NumberScanner.isLetter(t.charAt(s - 1))) {
        continue;
      }
      return w;
    }
    return null;
  }
}
