package dev.posttrends.aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The adapter from partitions of metric mentions, sorted by key and date, to {@link MetricRollup}'s
 * points as {@link #SCHEMA} rows. Input columns by position: category, kind, unit, epoch day, post
 * id, value.
 */
final class MetricPartitions implements MapPartitionsFunction<Row, Row> {

  /** The rolled-up measures, {@code period_start} as epoch day (the adapter form). */
  static final StructType SCHEMA =
      new StructType()
          .add("category", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false)
          .add("unit", DataTypes.StringType, false)
          .add("period", DataTypes.StringType, false)
          .add("period_start", DataTypes.IntegerType, false)
          .add("mention_count", DataTypes.LongType, false)
          .add("post_count", DataTypes.LongType, false)
          .add("sum_value", dev.posttrends.io.Schemas.FIGURE, true)
          .add("median_value", dev.posttrends.io.Schemas.FIGURE, true)
          .add("p90_value", dev.posttrends.io.Schemas.FIGURE, true);

  @Override
  public Iterator<Row> call(Iterator<Row> mentions) {
    PushedRows out = new PushedRows(mentions);
    MetricRollup rollup = new MetricRollup(p -> out.emit(row(p)));
    return out.feeding(
        m ->
            rollup.add(
                m.getString(0),
                m.getString(1),
                m.getString(2),
                LocalDate.ofEpochDay(m.getInt(3)),
                m.getString(4),
                m.isNullAt(5) ? null : (BigDecimal) m.get(5)),
        rollup::finishKey);
  }

  private static Row row(MetricRollup.Point p) {
    return RowFactory.create(
        p.category(),
        p.kind(),
        p.unit(),
        p.period().label(),
        (int) p.periodStart().toEpochDay(),
        p.mentionCount(),
        p.postCount(),
        p.sum(),
        p.median(),
        p.p90());
  }
}
