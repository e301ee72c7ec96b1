package dev.posttrends.aggregate;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_date;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Period types and their starts. A date (already local to the job's time zone, like {@code
 * published_date}) belongs to one period of each type: its day, its ISO week (starting Monday),
 * month, quarter and year.
 */
public final class Periods {

  public static final List<String> TYPES = List.of("day", "week", "month", "quarter", "year");

  private Periods() {}

  /** The first day of the {@code type} period holding {@code date} (a DATE column). */
  public static Column periodStart(String type, Column date) {
    return type.equals("day") ? date : to_date(date_trunc(type, date));
  }

  /**
   * One row per input row and period type, with {@code period} (the type) and {@code period_start}
   * (DATE) added: five rows per input row.
   */
  public static Dataset<Row> explodePeriods(Dataset<Row> rows, String dateColumn) {
    Column date = col(dateColumn);
    Column[] periods =
        TYPES.stream()
            .map(t -> struct(lit(t).as("period"), periodStart(t, date).as("period_start")))
            .toArray(Column[]::new);
    return rows.withColumn("_period", explode(array(periods)))
        .withColumn("period", col("_period.period"))
        .withColumn("period_start", col("_period.period_start"))
        .drop("_period");
  }

  /** The start of the period after {@code start}, for a period-type column {@code type}. */
  public static Column nextStart(Column type, Column start) {
    return org.apache
        .spark
        .sql
        .functions
        .when(type.equalTo("day"), org.apache.spark.sql.functions.date_add(start, 1))
        .when(type.equalTo("week"), org.apache.spark.sql.functions.date_add(start, 7))
        .when(type.equalTo("month"), org.apache.spark.sql.functions.add_months(start, 1))
        .when(type.equalTo("quarter"), org.apache.spark.sql.functions.add_months(start, 3))
        .otherwise(org.apache.spark.sql.functions.add_months(start, 12));
  }
}
