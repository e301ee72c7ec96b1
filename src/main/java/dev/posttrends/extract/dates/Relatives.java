package dev.posttrends.extract.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;

/** Resolves words relative to the post's date (昨日, 上月, 本周, 年内) and a day of month alone. */
final class Relatives {

  private Relatives() {}

  /** The period of a relative alternative, or null when the match is of another kind. */
  static Period resolve(Matcher m, LocalDate ref, LocalDate anchor) {
    String word = m.group("rD");
    if (word != null) {
      return Period.day(
          switch (word) {
            case "昨日", "昨天", "昨夜", "昨晚" -> ref.minusDays(1);
            case "前天" -> ref.minusDays(2);
            case "明日" -> ref.plusDays(1);
            default -> ref;
          });
    }
    word = m.group("rM");
    if (word != null || m.group("mIn") != null) {
      YearMonth ym = YearMonth.from(ref);
      if (word != null && word.startsWith("上")) {
        ym = ym.minusMonths(1);
      } else if (word != null && word.startsWith("下")) {
        ym = ym.plusMonths(1);
      }
      return Period.month(ym.getYear(), ym.getMonthValue());
    }
    word = m.group("rW");
    if (word != null) {
      int weeks = word.startsWith("上") ? -1 : word.startsWith("下") ? 1 : 0;
      return Period.week(ref.plusWeeks(weeks));
    }
    word = m.group("rQ");
    if (word != null) {
      int months = word.startsWith("上") ? -3 : word.startsWith("下") ? 3 : 0;
      LocalDate d = ref.plusMonths(months);
      return Period.quarter(d.getYear(), (d.getMonthValue() + 2) / 3);
    }
    if (m.group("since") != null) {
      return Period.range(LocalDate.of(ref.getYear(), 1, 1), ref);
    }
    if (m.group("dA") != null) {
      return dayAlone(Integer.parseInt(m.group("dA")), ref, anchor);
    }
    return null;
  }

  /**
   * A day of the month alone: of the run's month when it ends a run, else of the post's month, or
   * of the previous month when the day is still to come (a post of the 3rd naming 28日).
   */
  private static Period dayAlone(int day, LocalDate ref, LocalDate anchor) {
    YearMonth ym;
    if (anchor != null) {
      ym = YearMonth.from(anchor);
    } else {
      ym = day <= ref.getDayOfMonth() ? YearMonth.from(ref) : YearMonth.from(ref).minusMonths(1);
    }
    return ym.isValidDay(day) ? Period.day(ym.atDay(day)) : null;
  }
}
