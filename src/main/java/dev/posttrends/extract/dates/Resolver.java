package dev.posttrends.extract.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
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
    Period body = Bodies.resolve(m, text, ref, anchor, year, hasYear);
    if (body != null) {
      return body == Bodies.NOT_A_DATE ? null : new Resolved(body, null);
    }
    if (year != null) {
      // 2022 without 年 is a year only with the period it runs into (2022上半年), never alone
      boolean bare = m.group("yD") != null && m.end("yD") == m.end();
      return bare || Masks.reportNameAt(text, m.end())
          ? null
          : new Resolved(Period.year(year), null);
    }
    Period relative = Relatives.resolve(m, ref, anchor);
    return relative == null ? null : new Resolved(relative, null);
  }

  private static Integer explicitYear(Matcher m, LocalDate ref) {
    if (m.group("yD") != null) {
      return Integer.parseInt(m.group("yD"));
    }
    if (m.group("y2") != null) {
      return twoDigitYear(Integer.parseInt(m.group("y2")), ref);
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

  /** 22年 is 2022 and 98年 is 1998: the century that puts the year at most ten years ahead. */
  static int twoDigitYear(int yy, LocalDate ref) {
    int year = 2000 + yy;
    return year > ref.getYear() + 10 ? year - 100 : year;
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

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
