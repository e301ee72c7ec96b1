package dev.posttrends.extract.metrics;

/**
 * Clause bounds and the subject of a figure.
 *
 * <p>A sentence ends at 。！？；; ! ? a line break, or an English full stop followed by a space. The
 * clause of a figure is the comma-delimited part of its sentence (，, ：) when that part also holds
 * the figure's subject ({@code 合同签约资金315.25亿元}); otherwise it is the whole sentence, since the
 * subject is then elsewhere ({@code 同比分别下降26%} refers back to earlier clauses).
 *
 * <p>The subject is the noun phrase right before the figure: the text from the clause start (or the
 * previous figure) with leading connectives and trailing verbs, hedges and change words stripped
 * ({@code 实现}, {@code 达}, {@code 约}, {@code 同比增长}).
 */
final class Clauses {

  private static final String SENTENCE_END = "。！？；;!?\n";
  private static final String COMMA = ",，:：";
  private static final int MAX_SUBJECT = 12;

  /** Longest sentence looked at: keeps text without punctuation linear to scan. */
  private static final int MAX_SENTENCE = 1000;

  private static final String[] TAIL =
      TextScan.words(
          "实现|完成|达到|录得|收报|报收|引进|共计|合计|累计|同比|环比|分别|增长|增加|下降|减少|上涨|下跌|上升|提高|大涨|大跌|增至|降至|升至"
              + "|约为|大约|超过|不超过|接近|将近|达|为|是|有|共|约|近|超|逾|过|涨|跌|增|降|升|至|到|了|均|已|将|可|则|都|也|仅|rose"
              + "|fell|grew|declined|increased|decreased|reached|was|were|is|are|by|to|of|at"
              + "|about|nearly|over|up|down|than|more|less");

  private static final String[] HEAD =
      TextScan.words("其中|今年|去年|明年|目前|当前|同时|此外|另外|据悉|截至|该区|该市|该县|该省|该公司|该行|而|并|且|但|其|该|在|据|从|和|及");

  private static final String BREAKS = "的之在了将对把被给和与及、";

  private Clauses() {}

  static int sentenceStart(String t, int pos) {
    int floor = Math.max(0, pos - MAX_SENTENCE);
    for (int k = pos - 1; k >= floor; k--) {
      if (isSentenceEnd(t, k)) {
        return k + 1;
      }
    }
    return floor;
  }

  static int sentenceEnd(String t, int pos) {
    int ceiling = Math.min(t.length(), pos + MAX_SENTENCE);
    for (int k = pos; k < ceiling; k++) {
      if (isSentenceEnd(t, k)) {
        return k;
      }
    }
    return ceiling;
  }

  private static boolean isSentenceEnd(String t, int k) {
    char c = t.charAt(k);
    if (SENTENCE_END.indexOf(c) >= 0) {
      return true;
    }
    return c == '.'
        && k > 0
        && !NumberScanner.isDigit(t.charAt(k - 1))
        && (k + 1 == t.length() || t.charAt(k + 1) == ' ');
  }

  static int commaStart(String t, int pos, int sentenceStart) {
    for (int k = pos - 1; k >= sentenceStart; k--) {
      if (isComma(t, k)) {
        return k + 1;
      }
    }
    return sentenceStart;
  }

  static int commaEnd(String t, int pos, int sentenceEnd) {
    for (int k = pos; k < sentenceEnd; k++) {
      if (isComma(t, k)) {
        return k;
      }
    }
    return sentenceEnd;
  }

  private static boolean isComma(String t, int k) {
    char c = t.charAt(k);
    if (COMMA.indexOf(c) < 0) {
      return false;
    }
    // 1,234 and 10:30 are inside a figure
    return !(k > 0
        && k + 1 < t.length()
        && NumberScanner.isDigit(t.charAt(k - 1))
        && NumberScanner.isDigit(t.charAt(k + 1)));
  }

  /** The subject phrase in {@code t[from, to)}, or null when nothing sensible is there. */
  static String subject(String t, int from, int to) {
    int s = to;
    while (s > from && isWordChar(t.charAt(s - 1))) {
      s--;
    }
    if (s > 0 && s < to && NumberScanner.isDigit(t.charAt(s - 1))) {
      Units.Unit unit = Units.match(t, s);
      s = unit != null && unit.end() <= to ? unit.end() : s; // 5个交易日突破…: skip 个交易日
    }
    int e = to;
    for (boolean stripped = true; stripped && e > s; ) {
      stripped = false;
      while (e > s && t.charAt(e - 1) == ' ') {
        e--;
      }
      String w = Context.endingAt(t, e, s, TAIL);
      if (w != null) {
        e -= w.length();
        stripped = true;
      }
    }
    for (int k = e - 1; k > s; k--) {
      if (BREAKS.indexOf(t.charAt(k)) >= 0) {
        s = k + 1;
        break;
      }
    }
    for (boolean stripped = true; stripped && s < e; ) {
      stripped = false;
      for (String h : HEAD) {
        if (t.startsWith(h, s) && s + h.length() < e) {
          s += h.length();
          stripped = true;
          break;
        }
      }
    }
    if (e - s > MAX_SUBJECT) {
      s = e - MAX_SUBJECT;
      while (s < e
          && NumberScanner.isLetter(t.charAt(s - 1))
          && NumberScanner.isLetter(t.charAt(s))) {
        s++; // never start inside an English word
      }
    }
    String phrase = t.substring(s, e).strip();
    return phrase.length() < 2 || !hasHanOrLetter(phrase) ? null : phrase;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == ' ' || c == '-';
  }

  private static boolean hasHanOrLetter(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (Character.isLetter(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }
}
