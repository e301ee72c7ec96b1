package dev.posttrends.aggregate;

import java.time.LocalDate;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The adapter from partitions of (keyword, epoch day, post id) rows, sorted in that order, to
 * {@link KeywordSeries}' points as rows of the {@code keyword_period} schema in adapter form
 * ({@code period_start} as epoch day).
 */
final class KeywordPartitions implements MapPartitionsFunction<Row, Row> {

  private final PeriodCalendar calendar;

  KeywordPartitions(PeriodCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    PushedRows out = new PushedRows(rows);
    KeywordSeries series = new KeywordSeries(calendar, p -> out.emit(row(p)));
    return out.feeding(
        r -> series.add(r.getString(0), LocalDate.ofEpochDay(r.getInt(1)), r.getString(2)),
        series::finishKeyword);
  }

  /** A row in the column order of {@code Schemas.KEYWORD_PERIOD}. */
  private static Row row(KeywordSeries.Point p) {
    return RowFactory.create(
        p.keyword(),
        (int) p.periodStart().toEpochDay(),
        p.postCount(),
        p.periodPostCount(),
        p.share(),
        p.baselineShare(),
        p.lift(),
        p.isFirstSeen(),
        p.isEmerging(),
        p.period().label());
  }
}
