package dev.posttrends.extract.metrics;

import dev.posttrends.extract.metrics.NumberScanner.Num;
import dev.posttrends.extract.metrics.Units.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over normalized text: at each number, reads the unit after it and decides whether it is
 * a mention, a range ({@code 3至5亿元}), a list sharing one unit ({@code 7100、3150亿元}), a bare amount
 * in a money context ({@code 成交额近5亿}) or nothing (dates, ordinals, identifiers). Consumed text is
 * skipped, so {@code 2021年} is never read again as a bare 21.
 */
final class FigureReader {

  /** A figure found, before clause and subject are attached. */
  static final class Figure {
    int start;
    int end;
    BigDecimal value;
    BigDecimal high;
    String unit;
    String kind;
    String change;
    boolean approx;
  }

  private static final String[] FROM = {"从", "由", "from", "from "};

  private static final String BETWEEN = "between ";

  private final String t;
  private final List<Figure> out = new ArrayList<>();

  private FigureReader(String t) {
    this.t = t;
  }

  static List<Figure> read(String normalized) {
    FigureReader reader = new FigureReader(normalized);
    reader.readAll();
    ListContext.shareChange(normalized, reader.out);
    return reader.out;
  }

  private void readAll() {
    int n = t.length();
    int i = 0;
    while (i < n) {
      char c = t.charAt(i);
      int url = TextScan.urlEnd(t, i);
      if (url > i) {
        i = url;
      } else if ((c == '百' || c == '千') && t.startsWith("分之", i + 1)) {
        i = Math.max(i + 1, fraction(i, c == '千'));
      } else if (NumberScanner.isDigit(c) || NumberScanner.isCnNumeral(c)) {
        i = Math.max(i + 1, figureAt(i));
      } else if (NumberScanner.isLetter(c) && EnglishNumerals.startsAt(t, i)) {
        i = Math.max(i + 1, wordFigureAt(i));
      } else {
        i++;
      }
    }
  }

  /** 百分之五 → 5 %; 千分之五 → 0.5 %. */
  private int fraction(int i, boolean perMille) {
    Num a = NumberScanner.scan(t, i + 3, false);
    if (a == null || a.version) {
      return i + 3;
    }
    BigDecimal v = perMille ? a.value.movePointLeft(1) : a.value;
    emit(i, a.end, v, null, "%", Units.PERCENT, a.approx);
    return a.end;
  }

  private int figureAt(int i) {
    if (TextScan.continuesSomething(t, i)) {
      Num skip = NumberScanner.scan(t, i, false);
      int e = skip == null ? i + 1 : skip.end;
      Unit u = skip == null ? null : Units.match(t, e);
      return u != null ? u.end() : TextScan.alnumEnd(t, e);
    }
    TextScan.Prefix pre = TextScan.prefix(t, i);
    Num a = NumberScanner.scan(t, i, pre != null);
    if (a == null || a.version) {
      return a == null ? i + 1 : a.end;
    }
    Unit ua = UnitRules.after(t, a);
    if (ua == null && TextScan.identifierAfter(t, a.end)) {
      return TextScan.alnumEnd(t, a.end);
    }
    if (ua == null || !ua.kind().equals(Units.EXCLUDED)) {
      int r = range(a, ua, pre);
      if (r >= 0) {
        return r;
      }
    }
    if (ua == null) {
      return bare(a, pre);
    }
    if (ua.kind().equals(Units.EXCLUDED) || !UnitRules.plausible(t, a, ua)) {
      return ua.end();
    }
    int start = pre != null && !ua.kind().equals(Units.PERCENT) ? pre.start() : a.start;
    if (pre == null && isMinus(a.start)) {
      start--; // 净利润为-2.3亿元: a loss
      a.value = a.value.negate();
    }
    if (pre != null && !ua.kind().equals(Units.MONEY) && ua.kind().equals(Units.COUNT)) {
      ua = new Unit(ua.word(), pre.code(), Units.MONEY, 0, a.end); // $5 companies: keep the $5
    }
    BigDecimal high = a.high == null ? null : a.high.scaleByPowerOfTen(ua.shift());
    return emit(
        start,
        ua.end(),
        a.value.scaleByPowerOfTen(ua.shift()),
        high,
        ua.code(),
        ua.kind(),
        a.approx);
  }

  /**
   * {@code three companies}, {@code two million barrels}: a number in words is a mention only with
   * a unit or noun after it (no ranges, lists or bare amounts).
   */
  private int wordFigureAt(int i) {
    Num a = NumberScanner.scanWords(t, i);
    if (a == null) {
      return i + 1;
    }
    Unit u = UnitRules.after(t, a);
    if (u == null) {
      return a.end;
    }
    if (u.kind().equals(Units.EXCLUDED) || !UnitRules.plausible(t, a, u)) {
      return u.end();
    }
    return emit(
        a.start, u.end(), a.value.scaleByPowerOfTen(u.shift()), null, u.code(), u.kind(), false);
  }

  /** {@code 3至5亿元}, {@code 3-5%}, {@code 10~20家}, {@code 35% to 100%}; -1 when no range. */
  private int range(Num a, Unit ua, TextScan.Prefix pre) {
    int k = ua != null ? ua.end() : a.end;
    int from = pre != null ? pre.start() : a.start;
    int conn = connector(k, ua != null);
    conn = conn == 0 ? betweenAnd(from, k) : conn;
    if (conn == 0) {
      return -1;
    }
    if (Context.endingAt(t, from, 0, FROM) != null) {
      return -1; // 从3%升至5%: two levels
    }
    int b0 = k + conn;
    b0 += pre == null ? 0 : TextScan.prefixLength(t, b0); // $4.5bn-$4.8bn
    if (b0 >= t.length()
        || !(NumberScanner.isDigit(t.charAt(b0)) || NumberScanner.isCnNumeral(t.charAt(b0)))) {
      return -1;
    }
    Num b = NumberScanner.scan(t, b0, pre != null);
    if (b == null || b.version) {
      return -1;
    }
    Unit ub = UnitRules.after(t, b);
    if (ub == null && pre != null && ua == null) {
      ub = new Unit("", pre.code(), Units.MONEY, 0, b.end); // $4.5bn-$4.8bn
    }
    if (ub == null) {
      return ua == null
          ? (TextScan.identifierAfter(t, b.end) ? TextScan.alnumEnd(t, b.end) : b.end)
          : -1;
    }
    if (ub.kind().equals(Units.EXCLUDED)) {
      return ub.end(); // 1至5月, 2021-2022年, 3-5年
    }
    if (ua != null && !ua.code().equals(ub.code())) {
      return -1;
    }
    BigDecimal low = a.factor.compareTo(BigDecimal.ONE) == 0 ? a.value.multiply(b.factor) : a.value;
    int start = pre != null ? pre.start() : a.start;
    return emit(
        start,
        ub.end(),
        low.scaleByPowerOfTen(ub.shift()),
        b.value.scaleByPowerOfTen(ub.shift()),
        ub.code(),
        ub.kind(),
        a.approx || b.approx);
  }

  /** A minus sign right before the number, not a hyphen inside a code or a range. */
  private boolean isMinus(int start) {
    if (start == 0 || "-−".indexOf(t.charAt(start - 1)) < 0) {
      return false;
    }
    char before = start >= 2 ? t.charAt(start - 2) : ' ';
    return !NumberScanner.isDigit(before) && !NumberScanner.isLetter(before) && before != '%';
  }

  private int connector(int k, boolean afterUnit) {
    if (k >= t.length()) {
      return 0;
    }
    char c = t.charAt(k);
    if ("至到~〜-–—".indexOf(c) >= 0) {
      return 1;
    }
    return afterUnit && t.startsWith(" to ", k) ? 4 : 0;
  }

  /** {@code between 35% and 40%}: " and " joins a range only after "between". */
  private int betweenAnd(int from, int k) {
    int s = from - BETWEEN.length();
    return s >= 0
            && t.regionMatches(true, s, BETWEEN, 0, BETWEEN.length())
            && t.startsWith(" and ", k)
        ? 5
        : 0;
  }

  /** A number with no unit: a currency sign, a list sharing a later unit, or a bare amount. */
  private int bare(Num a, TextScan.Prefix pre) {
    if (pre != null) {
      return emit(pre.start(), a.end, a.value, null, pre.code(), Units.MONEY, a.approx);
    }
    if (ListContext.separator(t, a.end) > 0) {
      return list(a);
    }
    if (UnitRules.bareMoney(t, a)) {
      return emit(a.start, a.end, a.value, null, "CNY", Units.MONEY, a.approx);
    }
    return a.end;
  }

  /** {@code 约7100、3150、3000亿元}: each figure a mention, with the last one's unit and scale. */
  private int list(Num a) {
    List<Num> items = new ArrayList<>();
    items.add(a);
    Unit last = null;
    int k = a.end;
    for (int sep = ListContext.separator(t, k); sep > 0; sep = ListContext.separator(t, k)) {
      int s = k + sep;
      if (s >= t.length()
          || !(NumberScanner.isDigit(t.charAt(s)) || NumberScanner.isCnNumeral(t.charAt(s)))) {
        break;
      }
      Num x = NumberScanner.scan(t, s, false);
      if (x == null || x.version) {
        break;
      }
      items.add(x);
      last = UnitRules.after(t, x);
      if (last != null) {
        break;
      }
      k = x.end;
    }
    Num tail = items.get(items.size() - 1);
    if (last == null) {
      if (items.size() < 2 || !UnitRules.bareMoney(t, tail)) {
        return tail.end;
      }
      last = new Unit("", "CNY", Units.MONEY, 0, tail.end);
    }
    if (last.kind().equals(Units.EXCLUDED) || !UnitRules.plausible(t, tail, last)) {
      return last.end();
    }
    Context.Before shared = Context.before(t, a.start, 0);
    int firstIndex = out.size();
    for (Num x : items) {
      boolean isTail = x == tail;
      BigDecimal v =
          x.factor.compareTo(BigDecimal.ONE) == 0 ? x.value.multiply(tail.factor) : x.value;
      emit(
          x.start,
          isTail ? last.end() : x.end,
          v.scaleByPowerOfTen(last.shift()),
          null,
          last.code(),
          last.kind(),
          x.approx || shared.approx());
    }
    for (int f = firstIndex; f < out.size(); f++) {
      if (out.get(f).change == null) {
        out.get(f).change = shared.change();
      }
    }
    return out.get(out.size() - 1).end;
  }

  private int emit(
      int start,
      int end,
      BigDecimal value,
      BigDecimal high,
      String unit,
      String kind,
      boolean approx) {
    Figure f = new Figure();
    f.start = start;
    f.end = UnitRules.perUnitEnd(t, end, kind);
    f.value = value;
    f.high = high;
    f.unit = unit;
    f.kind = kind;
    Context.Before before = Context.before(t, start, Math.max(0, start - 40));
    f.approx = approx || before.approx() || Context.hedgeAfter(t, f.end);
    f.change = before.change() != null ? before.change() : Context.changeAfter(t, f.end);
    if (f.change == null && kind.equals(Units.POINTS)) {
      f.change = Context.rateMoveBefore(t, start); // 下调利率25个基点
    }
    out.add(f);
    return f.end;
  }
}
