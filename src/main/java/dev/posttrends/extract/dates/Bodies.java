package dev.posttrends.extract.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;

/**
 * Resolves the part of a match after its optional year: month ranges, 前N个月, quarters, halves, a
 * month or day, 全年, 年末 and 年初. Every numeric slot reads ASCII or Chinese numerals alike.
 */
final class Bodies {

  private Bodies() {}

  /** Rejects the whole match: the body was read, and it is not a date. */
  static final Period NOT_A_DATE = Period.day(LocalDate.MIN);

  /** The period of the body; null when the match has none, {@link #NOT_A_DATE} to reject. */
  static Period resolve(
      Matcher m, String text, LocalDate ref, LocalDate anchor, Integer year, boolean hasYear) {
    if (m.group("mrA") != null) {
      int first = ChineseNumerals.parse(m.group("mrA"));
      int last = ChineseNumerals.parse(m.group("mrB"));
      return first >= last
          ? NOT_A_DATE
          : Period.monthsToDate(Resolver.yearFor(year, last, true, ref, anchor), first, last);
    }
    if (m.group("pM") != null) {
      int last = ChineseNumerals.parse(m.group("pM"));
      if (last < 1 || last > 12 || (year == null && !standsAlone(text, m.start()))) {
        return NOT_A_DATE; // 上市前3个月 is a window before an event, not Jan..Mar
      }
      return Period.monthsToDate(Resolver.yearFor(year, last, true, ref, anchor), 1, last);
    }
    if (m.group("pQ") != null) {
      int last = 3 * ChineseNumerals.parse(m.group("pQ"));
      return Period.monthsToDate(Resolver.yearFor(year, last, true, ref, anchor), 1, last);
    }
    if (m.group("qrA") != null) {
      int first = ChineseNumerals.parse(m.group("qrA"));
      int last = ChineseNumerals.parse(m.group("qrB"));
      return first >= last
          ? NOT_A_DATE
          : Period.monthsToDate(
              Resolver.yearFor(year, 3 * last, true, ref, anchor), 3 * first - 2, 3 * last);
    }
    if (m.group("q") != null) {
      if (m.group("qD") == null && !hasYear) {
        return NOT_A_DATE; // 第四季 alone is a TV season
      }
      int q = ChineseNumerals.parse(m.group("q"));
      return Period.quarter(Resolver.yearFor(year, 3 * q - 2, false, ref, anchor), q);
    }
    if (m.group("qq") != null) {
      int q = m.group("qq").charAt(0) - '0';
      return Period.quarter(Resolver.yearFor(year, 3 * q - 2, false, ref, anchor), q);
    }
    if (m.group("h") != null) {
      int h = m.group("h").equals("上") ? 1 : 2;
      return Period.half(Resolver.yearFor(year, h == 1 ? 1 : 7, false, ref, anchor), h);
    }
    if (m.group("m") != null) {
      return monthOrDay(m, text, ref, anchor, year);
    }
    if (m.group("full") != null) {
      return Period.year(year != null ? year : ref.getYear());
    }
    return yearEdge(m, text, ref, year);
  }

  private static Period monthOrDay(
      Matcher m, String text, LocalDate ref, LocalDate anchor, Integer year) {
    String ms = m.group("m");
    boolean chinese = !Character.isDigit(ms.charAt(0));
    if (chinese && year == null && anchor == null && m.group("d") == null) {
      if (!chineseMonthStandsAlone(text, m.end())) {
        return NOT_A_DATE; // 三月 alone is too often poetry (阳春三月) or a count (十月怀胎)
      }
    }
    int month = ChineseNumerals.parse(ms);
    int y = Resolver.yearFor(year, month, false, ref, anchor);
    if (m.group("d") != null) {
      LocalDate first = LocalDate.of(y, month, ChineseNumerals.parse(m.group("d")));
      if (m.group("dE") == null) {
        return Period.day(first);
      }
      LocalDate last = LocalDate.of(y, month, ChineseNumerals.parse(m.group("dE")));
      return last.isAfter(first) ? Period.range(first, last) : NOT_A_DATE;
    }
    if (m.group("mE") != null) {
      return Period.day(YearMonth.of(y, month).atEndOfMonth());
    }
    return Period.month(y, month);
  }

  /**
   * A Chinese month without a year or day is a date when written as one: {@code 六月份}, or as the
   * first end of a run ({@code 一月至五月}).
   */
  private static boolean chineseMonthStandsAlone(String text, int end) {
    if (text.charAt(end - 1) == '份') {
      return true;
    }
    return end < text.length() && "至到-~～—–".indexOf(text.charAt(end)) >= 0;
  }

  private static Period yearEdge(Matcher m, String text, LocalDate ref, Integer year) {
    String edge = m.group("yE") != null ? m.group("yE") : m.group("yS");
    if (edge == null) {
      return null;
    }
    if (year == null && (edge.charAt(0) != '年' || !yearWordStandsAlone(text, m.start()))) {
      return NOT_A_DATE;
    }
    int y = year != null ? year : ref.getYear();
    return Period.day(m.group("yE") != null ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1));
  }

  /** True when 前 opens the phrase rather than ending a word (上市前3个月). */
  private static boolean standsAlone(String text, int start) {
    if (start == 0) {
      return true;
    }
    char before = text.charAt(start - 1);
    return !Resolver.isHan(before) || "年在于和与及其中至".indexOf(before) >= 0;
  }

  /** True when 年末/年初 is not the tail of a count or a habit (三年末, 每年年底). */
  private static boolean yearWordStandsAlone(String text, int start) {
    return start == 0 || "0123456789一二三四五六七八九十两几数个半多每年周".indexOf(text.charAt(start - 1)) < 0;
  }
}
