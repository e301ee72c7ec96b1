package dev.posttrends.extract.entities;

import dev.posttrends.extract.entities.EntityLists.Tables;
import dev.posttrends.extract.keywords.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stock names in market-move sentences: {@code 申通快递涨停}, {@code 英恒科技涨近8%}, {@code 京东方精电、上海复旦涨近4%}
 * (each member of a list joined by 、和 及 与, and closed by 等 or not), and the stocks of a list closed
 * by {@code 等股} ({@code 长江电力、紫金矿业等股均获…}, {@code found_by} {@code stock-list}). Between two 、 a
 * member is whole. Market news names a stock right before its move; the name's left edge is found
 * by {@link Words#nameStart}, at most {@value #MAX_CHARS} characters, and never crosses a comma (a
 * comma often starts a new clause).
 *
 * <p>The same pattern moves sectors, commodities and indices ({@code 酿酒行业领涨}, {@code 沥青、铁矿 涨超1%}),
 * so a list with any member that is a generic word, ends like one ({@link Tables#GENERIC}: 板块, 行业,
 * 概念股, a word ending in 股 but not 股份 or 控股, 价…) or is a futures commodity is dropped whole: lists
 * are of one kind.
 */
final class Movers {

  static final int MAX_CHARS = 10;

  /**
   * A move right after a name: 涨近8%, 跌逾3%, 涨幅扩大至5%, 涨停, 大涨, 领涨, 一度涨超…. A figure must be a
   * percentage: 涨10000元 is a commodity's price.
   */
  private static final Pattern MOVE =
      Pattern.compile(
          "(?:一度|盘中|早盘|午后|尾盘|日内|盘初|午盘|收盘|盘后|夜盘)?收?"
              + "(?:(?:大|暴|急|飙|领)?[涨跌](?:幅(?:扩大)?(?:至|达|超过|超|逾|近)?)?"
              + "(?:近|超|逾|约|达)?\\s*[0-9０-９][0-9.]*\\s*[%％]"
              + "|涨停|跌停|大涨|大跌|暴涨|暴跌|领涨|领跌)");

  private Movers() {}

  /**
   * What closes a list of stocks: {@code 长江电力、中国神华、紫金矿业等股均获评级} ("and other stocks"). Not {@code
   * 等概念股} or {@code 等板块}: those list themes.
   */
  private static final String[] STOCK_LIST_ENDS = {"等个股", "等股", "等上市公司", "等公司"};

  /** Adds the movers and listed stocks of {@code text} to {@code out} and takes their spans. */
  static void find(String text, Words words, Spans spans, List<Entity> out) {
    List<int[]> members = new ArrayList<>();
    for (int p = text.indexOf('等'); p >= 0; p = text.indexOf('等', p + 1)) {
      if (closesStockList(text, p)) {
        members.clear();
        if (collect(text, p, words, members) && members.size() >= 2) {
          add(text, members, spans, "stock-list", out);
        }
      }
    }
    if (text.indexOf('涨') < 0 && text.indexOf('跌') < 0) {
      return;
    }
    Matcher m = MOVE.matcher(text);
    // Every move holds 涨 or 跌 at most 4 chars after its start (一度收大涨): try the pattern only
    // there, not at every char of every text (a find() over the whole text cost more than all the
    // other rules together, issue 14's speed target). Matches are find()'s, leftmost first.
    int from = 0;
    for (int p = nextMove(text, 0); p >= 0; p = nextMove(text, p + 1)) {
      for (int start = Math.max(from, p - 4); start <= p; start++) {
        m.region(start, text.length());
        if (m.lookingAt()) {
          from = m.end();
          members.clear();
          if (collect(text, listEnd(text, m.start()), words, members)) {
            add(text, members, spans, "mover", out);
          }
          break;
        }
      }
      p = Math.max(p, from - 1);
    }
  }

  /**
   * Where the names before a move at {@code move} end: before a closing {@code 等} ("and others",
   * {@code 硕贝德、当虹科技等涨超5%}), which ends a list, not a name.
   */
  private static int listEnd(String text, int move) {
    int end = move;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return end > 0 && text.charAt(end - 1) == '等' ? end - 1 : move;
  }

  private static int nextMove(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '涨' || c == '跌') {
        return i;
      }
    }
    return -1;
  }

  private static boolean closesStockList(String text, int at) {
    for (String end : STOCK_LIST_ENDS) {
      if (text.startsWith(end, at)) {
        return true;
      }
    }
    return false;
  }

  private static void add(
      String text, List<int[]> members, Spans spans, String foundBy, List<Entity> out) {
    for (int[] span : members) {
      if (spans.isFree(span[0], span[1])) {
        String surface = text.substring(span[0], span[1]);
        out.add(new Entity(surface, surface, Entity.COMPANY, null, null, foundBy, span[0]));
        spans.take(span[0], span[1]);
      }
    }
  }

  /** The list members ending at {@code end}, right to left; false when the list is generic. */
  private static boolean collect(String text, int end, Words words, List<int[]> members) {
    while (true) {
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      int separator = separatorBefore(text, end);
      int start =
          separator >= 0 && words.mayBeName(separator + 1, end, Tables.STOP, Tables.LEAD_INS)
              ? separator + 1 // between two 、 a member is whole, verbs and all
              : words.nameStart(
                  end, Math.max(0, end - MAX_CHARS), MAX_CHARS, Tables.STOP, Tables.LEAD_INS);
      String name = text.substring(start, end);
      if (end - start < 2 || name.equals(SuffixNames.suffixOf(name))) {
        return !members.isEmpty(); // nothing, or 股份 alone: a name the walk could not see whole
      }
      if (isGeneric(name)) {
        return false;
      }
      members.add(new int[] {start, end});
      int before = listJoinBefore(text, start, words);
      if (before < 0) {
        return true;
      }
      end = before;
    }
  }

  /**
   * The {@code 、} right before the member ending at {@code end}, when only name characters (at most
   * {@value #MAX_CHARS}) lie between; else -1.
   */
  private static int separatorBefore(String text, int end) {
    for (int i = end - 1; i >= 0 && end - i <= MAX_CHARS + 1; i--) {
      char c = text.charAt(i);
      if (c == '、') {
        return end - i >= 3 ? i : -1;
      }
      if (!Words.isNameChar(c)) {
        return -1;
      }
    }
    return -1;
  }

  /** Where the previous member ends when a list joiner precedes {@code start}, else -1. */
  private static int listJoinBefore(String text, int start, Words words) {
    if (start > 0 && (text.charAt(start - 1) == '、')) {
      return start - 1;
    }
    Word joiner = words.endingAt(start);
    if (joiner != null && joiner.nature().startsWith("c")) {
      String t = joiner.text();
      if (t.equals("和") || t.equals("及") || t.equals("与") || t.equals("以及")) {
        return joiner.offset();
      }
    }
    return -1;
  }

  /** A sector, commodity or market word rather than a stock name. */
  static boolean isGeneric(String name) {
    if (Tables.STOP.contains(name) || Tables.COMMODITIES.contains(name)) {
      return true;
    }
    if (name.endsWith("股") && !name.endsWith("股份") && !name.endsWith("控股")) {
      return true; // 电力股, 次新股, 中概股; not 鹏鼎控股
    }
    for (int k = 1; k <= Math.min(4, name.length()); k++) {
      if (Tables.GENERIC.contains(name.substring(name.length() - k))) {
        return true;
      }
    }
    return false;
  }
}
