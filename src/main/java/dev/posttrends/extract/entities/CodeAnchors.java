package dev.posttrends.extract.entities;

import dev.posttrends.extract.entities.EntityLists.Tables;
import java.util.List;

/**
 * Names anchored by a stock code in brackets right after them: {@code 贵州茅台(600519)}, {@code
 * 三叶草生物-B（2197.HK）}, {@code 苹果(AAPL.O)}. The surest source: editors write the code only after a
 * listed company's (or fund's, index's) name. {@link StockCodes} reads the code; the name's left
 * edge is where the words stop looking like a name ({@link Words#nameStart}), at most {@value
 * #MAX_CHARS} characters before the share-class suffix. A share-class suffix ({@code -B}, {@code
 * -W}, {@code -SW}, {@code -U}) stays in surface and name: editors write the company so. Other
 * mentions of an anchored name in the same text carry its code too.
 */
final class CodeAnchors {

  static final int MAX_CHARS = 10;

  /** The most characters between brackets that may still be a code. */
  static final int MAX_CODE_CHARS = 40;

  /** Words showing a post speaks of Hong Kong, where four bare digits are a stock code. */
  private static final String[] HONG_KONG = {".HK", "港股", "港交所", "恒指", "恒生", "港元", "港币", "香港"};

  private CodeAnchors() {}

  /** Adds the code-anchored names of {@code text} to {@code out} and takes their spans. */
  static void find(String text, Words words, Spans spans, List<Entity> out) {
    if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
      return;
    }
    boolean hongKong = mentionsHongKong(text);
    int open = nextOpen(text, 0);
    while (open >= 0) {
      int bracket = open;
      int close = closeOf(text, bracket);
      open = nextOpen(text, close < 0 ? bracket + 1 : close + 1);
      StockCodes.Code code =
          close < 0 ? null : StockCodes.parse(text.substring(bracket + 1, close), hongKong);
      if (code == null) {
        continue;
      }
      int end = bracket;
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--; // 贵州茅台 (600519)
      }
      int stem = end - shareClassLength(text, end);
      int start =
          words.nameStart(
              stem, Math.max(0, stem - MAX_CHARS), MAX_CHARS, Tables.STOP, Tables.LEAD_INS);
      if (stem - start < 2 || !spans.isFree(start, end)) {
        continue;
      }
      String surface = text.substring(start, end);
      String type = isIndex(surface) ? Entity.INDEX : Entity.COMPANY;
      out.add(new Entity(surface, surface, type, code.code(), code.exchange(), "code", start));
      spans.take(start, end);
    }
    int anchored = out.size();
    for (int i = 0; i < anchored; i++) {
      if ("code".equals(out.get(i).foundBy())) {
        findAgain(text, out.get(i), words, spans, out);
      }
    }
  }

  /** The next opening bracket, ASCII or full-width, at or after {@code from}; -1 for none. */
  private static int nextOpen(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（') {
        return i;
      }
    }
    return -1;
  }

  /**
   * The closing bracket of the one at {@code open} if 1 to {@value #MAX_CODE_CHARS} characters lie
   * between, none of them a bracket or line break: something short enough to be a code; else -1.
   */
  private static int closeOf(String text, int open) {
    int limit = Math.min(text.length(), open + 2 + MAX_CODE_CHARS);
    for (int i = open + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ')' || c == '）') {
        return i > open + 1 ? i : -1;
      }
      if (c == '(' || c == '（' || c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The post's other mentions of a name it anchored once: {@code 信义能源(03868)…信义能源表示}. A handful of
   * names per post, each searched with {@code indexOf}; a mention must be whole words and free, so
   * {@code 茅台} is not found again inside {@code 贵州茅台}.
   */
  private static void findAgain(
      String text, Entity anchor, Words words, Spans spans, List<Entity> out) {
    String name = anchor.surface();
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
      int end = at + name.length();
      if (spans.isFree(at, end) && words.isBoundary(at) && words.isBoundary(end)) {
        out.add(
            new Entity(name, name, anchor.type(), anchor.code(), anchor.exchange(), "code", at));
        spans.take(at, end);
      }
    }
  }

  /** Length of a share-class suffix such as {@code -B} or {@code -SW} ending at {@code end}. */
  static int shareClassLength(String text, int end) {
    int i = end;
    while (i > 0 && end - i < 3 && text.charAt(i - 1) >= 'A' && text.charAt(i - 1) <= 'Z') {
      i--;
    }
    if (i == end || i == 0) {
      return 0;
    }
    char dash = text.charAt(i - 1);
    return dash == '-' || dash == '－' ? end - i + 1 : 0;
  }

  static boolean isIndex(String name) {
    return name.endsWith("指数") || name.endsWith("ETF") || name.endsWith("指");
  }

  private static boolean mentionsHongKong(String text) {
    for (String word : HONG_KONG) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
