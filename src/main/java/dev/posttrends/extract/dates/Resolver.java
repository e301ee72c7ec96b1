package dev.posttrends.extract.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;

/**
 * Turns one match of {@link DatePatterns#EXPRESSION} into a {@link Period}, or null when the match
 * is not a date after all (a TV season's 第四季, a lone 末). A comparison base ({@code 去年同期}) resolves
 * to a {@link Comparison} placeholder that the extractor completes from its clause.
 */
final class Resolver {

  private Resolver() {}

  /** {@code 同期} after a year: the clause's period moved to that year. */
  static final class Comparison {
    final Integer absoluteYear;
    final int shift;

    Comparison(Integer absoluteYear, int shift) {
      this.absoluteYear = absoluteYear;
      this.shift = shift;
    }

    Period apply(Period clausePeriod, LocalDate reference) {
      Period base = clausePeriod != null ? clausePeriod : Period.day(reference);
      int years = absoluteYear != null ? absoluteYear - base.start().getYear() : shift;
      return base.shiftYears(years);
    }
  }

  /** What a match resolved to: a period, or a comparison waiting for its clause. */
  record Resolved(Period period, Comparison comparison) {}

  /**
   * Resolves the current match of {@code m} in {@code text}. {@code anchor} is the start of the
   * run's first end when this match is the second end ({@code 8日} in {@code 12月7日至8日}): a missing
   * year, or month, comes from it.
   */
  static Resolved resolve(Matcher m, String text, LocalDate ref, LocalDate anchor) {
    try {
      return resolveOrThrow(m, text, ref, anchor);
    } catch (DateTimeException e) {
      return null; // 2月30日, 4月31日: a typo or a non-date, never a mention
    }
  }

  private static Resolved resolveOrThrow(Matcher m, String text, LocalDate ref, LocalDate anchor) {
    Period absolute = Absolutes.resolve(m, ref, anchor);
    if (absolute != null) {
      return new Resolved(absolute, null);
    }
    Integer year = explicitYear(m, ref);
    boolean hasYear = year != null || anchor != null;
    if (m.group("cmp") != null) {
      return comparison(m, text, ref, year);
    }
    Period body = body(m, text, ref, anchor, year, hasYear);
    if (body != null) {
      return body == NOT_A_DATE ? null : new Resolved(body, null);
    }
    if (year != null) {
      return new Resolved(Period.year(year), null);
    }
    Period relative = Relatives.resolve(m, ref, anchor);
    return relative == null ? null : new Resolved(relative, null);
  }

  private static final Period NOT_A_DATE = Period.day(LocalDate.MIN);

  private static Integer explicitYear(Matcher m, LocalDate ref) {
    if (m.group("yD") != null) {
      return Integer.parseInt(m.group("yD"));
    }
    if (m.group("yC") != null) {
      int y = ChineseNumerals.parse(m.group("yC"));
      return y >= 1900 && y < 2100 ? y : null;
    }
    String rel = m.group("yR") != null ? m.group("yR") : m.group("yP");
    if (rel == null) {
      return null;
    }
    return switch (rel) {
      case "今年", "本年" -> ref.getYear();
      case "去年", "上年" -> ref.getYear() - 1;
      case "明年" -> ref.getYear() + 1;
      case "前年" -> ref.getYear() - 2;
      default -> Integer.parseInt(rel.substring(0, 4));
    };
  }

  private static Resolved comparison(Matcher m, String text, LocalDate ref, Integer year) {
    if (m.group("yD") != null || m.group("yC") != null) {
      return new Resolved(null, new Comparison(year, 0));
    }
    if (year != null) {
      return new Resolved(null, new Comparison(null, year - ref.getYear()));
    }
    // a bare 同期 is a base only after 较/比/与; elsewhere it means "meanwhile"
    int s = m.start();
    boolean base = s > 0 && "较比与".indexOf(text.charAt(s - 1)) >= 0;
    return base ? new Resolved(null, new Comparison(null, -1)) : null;
  }

  /** The part after an optional year; null when the match has none, NOT_A_DATE to reject. */
  private static Period body(
      Matcher m, String text, LocalDate ref, LocalDate anchor, Integer year, boolean hasYear) {
    if (m.group("mrA") != null) {
      int first = Integer.parseInt(m.group("mrA"));
      int last = Integer.parseInt(m.group("mrB"));
      return first >= last
          ? NOT_A_DATE
          : Period.monthsToDate(yearFor(year, last, true, ref, anchor), first, last);
    }
    if (m.group("pM") != null) {
      int last = ChineseNumerals.parse(m.group("pM"));
      if (last < 1 || last > 12 || (year == null && !standsAlone(text, m.start()))) {
        return NOT_A_DATE; // 上市前3个月 is a window before an event, not Jan..Mar
      }
      return Period.monthsToDate(yearFor(year, last, true, ref, anchor), 1, last);
    }
    if (m.group("pQ") != null) {
      int last = 3 * ChineseNumerals.parse(m.group("pQ"));
      return Period.monthsToDate(yearFor(year, last, true, ref, anchor), 1, last);
    }
    if (m.group("q") != null) {
      if (m.group("qD") == null && !hasYear) {
        return NOT_A_DATE; // 第四季 alone is a TV season
      }
      int q = ChineseNumerals.parse(m.group("q"));
      return Period.quarter(yearFor(year, 3 * q - 2, false, ref, anchor), q);
    }
    if (m.group("qq") != null) {
      int q = m.group("qq").charAt(0) - '0';
      return Period.quarter(yearFor(year, 3 * q - 2, false, ref, anchor), q);
    }
    if (m.group("h") != null) {
      int h = m.group("h").equals("上") ? 1 : 2;
      return Period.half(yearFor(year, h == 1 ? 1 : 7, false, ref, anchor), h);
    }
    if (m.group("m") != null) {
      return monthOrDay(m, ref, anchor, year);
    }
    if (m.group("full") != null) {
      return Period.year(year != null ? year : ref.getYear());
    }
    String edge = m.group("yE") != null ? m.group("yE") : m.group("yS");
    if (edge != null) {
      if (year == null && (edge.charAt(0) != '年' || !yearWordStandsAlone(text, m.start()))) {
        return NOT_A_DATE;
      }
      int y = year != null ? year : ref.getYear();
      return Period.day(m.group("yE") != null ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1));
    }
    return null;
  }

  private static Period monthOrDay(Matcher m, LocalDate ref, LocalDate anchor, Integer year) {
    String ms = m.group("m");
    boolean chinese = !Character.isDigit(ms.charAt(0));
    if (chinese && year == null && m.group("d") == null) {
      return NOT_A_DATE; // 三月 alone is too often poetry (阳春三月) or a count
    }
    int month = ChineseNumerals.parse(ms);
    int y = yearFor(year, month, false, ref, anchor);
    if (m.group("d") != null) {
      return Period.day(LocalDate.of(y, month, ChineseNumerals.parse(m.group("d"))));
    }
    if (m.group("mE") != null) {
      return Period.day(YearMonth.of(y, month).atEndOfMonth());
    }
    return Period.month(y, month);
  }

  /**
   * The year of a period written without one: the anchor's, else the post's, except that a period
   * more than two months after the post's month is last year's. A year-to-date range is judged by
   * its last month (a January post's 1至5月 is last year's), others by their first.
   */
  static int yearFor(Integer year, int month, boolean toDate, LocalDate ref, LocalDate anchor) {
    if (year != null) {
      return year;
    }
    if (anchor != null) {
      return anchor.getYear();
    }
    return month > ref.getMonthValue() + 2 ? ref.getYear() - 1 : ref.getYear();
  }

  /** True when 前 opens the phrase rather than ending a word (上市前3个月). */
  private static boolean standsAlone(String text, int start) {
    if (start == 0) {
      return true;
    }
    char before = text.charAt(start - 1);
    return !isHan(before) || "年在于和与及其中至".indexOf(before) >= 0;
  }

  /** True when 年末/年初 is not the tail of a count or a habit (三年末, 每年年底). */
  private static boolean yearWordStandsAlone(String text, int start) {
    return start == 0 || "0123456789一二三四五六七八九十两几数个半多每年周".indexOf(text.charAt(start - 1)) < 0;
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
