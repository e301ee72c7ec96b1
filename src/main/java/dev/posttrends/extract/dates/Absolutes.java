package dev.posttrends.extract.dates;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Resolves the self-contained alternatives: ISO and English dates, Q3 2023 and H1 2023, FY2023,
 * five-year plans, year ranges.
 */
final class Absolutes {

  private Absolutes() {}

  /** The period of an absolute alternative, or null when the match is of another kind. */
  static Period resolve(Matcher m, LocalDate ref, LocalDate anchor) {
    if (m.group("isoY") != null) {
      return Period.day(date(m.group("isoY"), m.group("isoM"), m.group("isoD")));
    }
    if (m.group("tM") != null) {
      int month = Integer.parseInt(m.group("tM"));
      int year = Resolver.yearFor(null, month, false, ref, anchor);
      return Period.day(LocalDate.of(year, month, Integer.parseInt(m.group("tD"))));
    }
    if (m.group("enM") != null) {
      int month = englishMonth(m.group("enM"));
      int year = Integer.parseInt(m.group("enY"));
      return m.group("enD") == null
          ? Period.month(year, month)
          : Period.day(LocalDate.of(year, month, Integer.parseInt(m.group("enD"))));
    }
    if (m.group("enM2") != null) {
      int month = englishMonth(m.group("enM2"));
      int year = Integer.parseInt(m.group("enY2"));
      return Period.day(LocalDate.of(year, month, Integer.parseInt(m.group("enD2"))));
    }
    if (m.group("enM3") != null) {
      int month = englishMonth(m.group("enM3"));
      int year = Resolver.yearFor(null, month, false, ref, anchor);
      return Period.day(LocalDate.of(year, month, Integer.parseInt(m.group("enD3"))));
    }
    if (m.group("eQ") != null) {
      String y = m.group("eQY") != null ? m.group("eQY") : "20" + m.group("eQY2");
      return quarterOrHalf(m.group("eK"), Integer.parseInt(y), m.group("eQ"));
    }
    if (m.group("qQ") != null) {
      String y = m.group("qQY");
      int year = Integer.parseInt(y.length() == 2 ? "20" + y : y);
      return quarterOrHalf(m.group("qK"), year, m.group("qQ"));
    }
    if (m.group("yQY") != null) {
      String y = m.group("yQY");
      int year = Integer.parseInt(y);
      return quarterOrHalf(
          m.group("yK"), y.length() == 2 ? Resolver.twoDigitYear(year, ref) : year, m.group("yQ"));
    }
    if (m.group("fyY") != null) {
      String y = m.group("fyY");
      int year = Integer.parseInt(y);
      return Period.year(y.length() == 2 ? Resolver.twoDigitYear(year, ref) : year);
    }
    if (m.group("fyp") != null) {
      // the 3rd plan began in 1966 and every later one follows the last without a gap
      int plan = 10 + ChineseNumerals.parse(m.group("fyp"));
      int first = 1966 + 5 * (plan - 3);
      return Period.range(LocalDate.of(first, 1, 1), LocalDate.of(first + 4, 12, 31));
    }
    if (m.group("yrA") != null) {
      int first = Integer.parseInt(m.group("yrA"));
      int last = Integer.parseInt(m.group("yrB"));
      return first < last
          ? Period.range(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31))
          : null;
    }
    return null;
  }

  /** Q3 or H1 of a year; null for a half beyond 2 (H3 is no period). */
  private static Period quarterOrHalf(String kind, int year, String number) {
    int n = number.charAt(0) - '0';
    if (kind.equals("Q")) {
      return Period.quarter(year, n);
    }
    return n <= 2 ? Period.half(year, n) : null;
  }

  private static LocalDate date(String y, String m, String d) {
    return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
  }

  private static int englishMonth(String name) {
    String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(key) / 3 + 1;
  }
}
