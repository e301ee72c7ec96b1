package dev.posttrends.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** An inclusive interval of local dates with its resolution; the value a mention resolves to. */
record Period(LocalDate start, LocalDate end, String resolution) {

  static Period day(LocalDate date) {
    return new Period(date, date, "day");
  }

  static Period week(LocalDate date) {
    LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new Period(monday, monday.plusDays(6), "week");
  }

  static Period month(int year, int month) {
    YearMonth ym = YearMonth.of(year, month);
    return new Period(ym.atDay(1), ym.atEndOfMonth(), "month");
  }

  static Period quarter(int year, int quarter) {
    int first = 3 * quarter - 2;
    return new Period(
        LocalDate.of(year, first, 1), YearMonth.of(year, first + 2).atEndOfMonth(), "quarter");
  }

  static Period half(int year, int half) {
    return half == 1
        ? new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), "half")
        : new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), "half");
  }

  static Period year(int year) {
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "year");
  }

  /** January 1 of {@code year} .. the last day of {@code lastMonth} (a year-to-date figure). */
  static Period monthsToDate(int year, int firstMonth, int lastMonth) {
    return new Period(
        LocalDate.of(year, firstMonth, 1), YearMonth.of(year, lastMonth).atEndOfMonth(), "range");
  }

  static Period range(LocalDate start, LocalDate end) {
    return new Period(start, end, "range");
  }

  /**
   * The same period {@code years} later (negative: earlier). A period ending on a month's last day
   * keeps ending on one, so February of a leap year maps onto a whole February.
   */
  Period shiftYears(int years) {
    LocalDate newEnd = end.plusYears(years);
    if (end.equals(YearMonth.from(end).atEndOfMonth())) {
      newEnd = YearMonth.from(newEnd).atEndOfMonth();
    }
    return new Period(start.plusYears(years), newEnd, resolution);
  }
}
