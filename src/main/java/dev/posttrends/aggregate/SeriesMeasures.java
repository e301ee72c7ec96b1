package dev.posttrends.aggregate;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.AtomicType;
import org.apache.spark.sql.types.StructType;

/**
 * Per-key period series shared by the trend tables: post measures per key and period, a dense
 * calendar (silent periods as zero rows), period-over-period growth, a 4-period rolling average, a
 * robust z-score and spikes. Each step takes rows with a key column (named by {@code key}), {@code
 * period} and {@code period_start}, ordered per (key, period) by {@code period_start}.
 */
public final class SeriesMeasures {

  /** Periods of history (before the current one) that the robust z-score compares against. */
  public static final int ZSCORE_HISTORY = 12;

  /** Fewer previous periods than this give a null z-score. */
  public static final int ZSCORE_MIN_HISTORY = 3;

  /** Scales the median absolute deviation to a standard deviation under normality. */
  public static final double MAD_SCALE = 1.4826;

  private SeriesMeasures() {}

  /** Posts whose {@code is_published} is true. */
  public static Dataset<Row> filterPublished(Dataset<Row> posts) {
    return posts.where(col("is_published"));
  }

  /**
   * The last {@code period_start} of each period type ({@code period}, {@code last_start}): the
   * periods of the latest {@code published_date} of {@code posts}. Dense series end there.
   */
  public static Dataset<Row> periodHorizon(Dataset<Row> posts) {
    Dataset<Row> latest = posts.agg(max("published_date").as("published_date"));
    return Periods.explodePeriods(latest.where(col("published_date").isNotNull()), "published_date")
        .select(col("period"), col("period_start").as("last_start"));
  }

  /**
   * One row per key, period and period start of posts exploded by period: {@code post_count},
   * {@code story_count} (distinct {@code content_hash}), {@code source_count} (distinct non-null
   * {@code source_name}), {@code avg_chars} and {@code median_chars} (exact, interpolated).
   */
  public static Dataset<Row> aggregatePostMeasures(Dataset<Row> periodRows, String key) {
    return periodRows
        .groupBy(col(key), col("period"), col("period_start"))
        .agg(
            count(lit(1)).as("post_count"),
            count_distinct(col("content_hash")).as("story_count"),
            count_distinct(col("source_name")).as("source_count"),
            avg(col("char_count")).as("avg_chars"),
            percentile(col("char_count"), lit(0.5)).as("median_chars"));
  }

  /**
   * Adds the missing periods of each (key, period type), from the key's first period to the type's
   * {@code last_start} in {@code horizon} (see {@link #periodHorizon}), or to the key's own last
   * period if that is later; period types missing from {@code horizon} are dropped. Added rows have
   * 0 in every {@code *_count} column and null in the others.
   */
  public static Dataset<Row> withDenseSeries(
      Dataset<Row> series, String key, Dataset<Row> horizon) {
    Dataset<Row> calendar =
        series
            .groupBy(col(key), col("period"))
            .agg(min("period_start").as("_first"), max("period_start").as("_last"))
            .join(horizon, "period")
            .select(
                col(key),
                col("period"),
                explode(
                        starts(
                            col("period"),
                            col("_first"),
                            greatest(col("_last"), col("last_start"))))
                    .as("period_start"));
    Dataset<Row> dense =
        calendar.join(series, new String[] {key, "period", "period_start"}, "left");
    Column[] columns =
        Arrays.stream(dense.columns())
            .map(c -> c.endsWith("_count") ? coalesce(col(c), lit(0L)).as(c) : col(c))
            .toArray(Column[]::new);
    return dense.select(columns);
  }

  /**
   * The dense series with growth, rolling average, robust z-score and spikes: {@link
   * #withDenseSeries}, {@link #withGrowth}, {@link #withRollingAverage}, {@link #withRobustZscore}
   * and {@link #withSpikes} in that order.
   */
  public static Dataset<Row> withSeriesMeasures(
      Dataset<Row> series, String key, Dataset<Row> horizon) {
    Dataset<Row> dense = withDenseSeries(series, key, horizon);
    return withSpikes(withRobustZscore(withRollingAverage(withGrowth(dense, key), key), key));
  }

  /** Every period start of type {@code period} from {@code first} to {@code last}. */
  private static Column starts(Column period, Column first, Column last) {
    return when(period.equalTo("day"), sequence(first, last, expr("INTERVAL '1' DAY")))
        .when(period.equalTo("week"), sequence(first, last, expr("INTERVAL '7' DAY")))
        .when(period.equalTo("month"), sequence(first, last, expr("INTERVAL '1' MONTH")))
        .when(period.equalTo("quarter"), sequence(first, last, expr("INTERVAL '3' MONTH")))
        .otherwise(sequence(first, last, expr("INTERVAL '1' YEAR")));
  }

  /**
   * Adds {@code prev_post_count} (null for a key's first period) and {@code pop_growth}: (count −
   * previous) / previous, null when the previous count is 0 or null.
   */
  public static Dataset<Row> withGrowth(Dataset<Row> series, String key) {
    Column prev = col("prev_post_count");
    return series
        .withColumn("prev_post_count", lag(col("post_count"), 1).over(ordered(key)))
        .withColumn(
            "pop_growth",
            when(prev.gt(0), col("post_count").minus(prev).divide(prev.cast("double"))));
  }

  /** Adds {@code rolling_avg}: mean post count of the last 4 periods, current included. */
  public static Dataset<Row> withRollingAverage(Dataset<Row> series, String key) {
    Column mean = avg(col("post_count")).over(ordered(key).rowsBetween(-3, 0));
    return series.withColumn("rolling_avg", coalesce(mean, lit(0.0)));
  }

  /**
   * Adds {@code zscore}, a robust z-score of {@code post_count} against the previous {@value
   * #ZSCORE_HISTORY} periods (the current one excluded): (x − median) / (1.4826 × MAD), MAD being
   * the median of the absolute deviations from the median; medians of an even count average the two
   * middle values. Null when fewer than {@value #ZSCORE_MIN_HISTORY} previous periods exist, and
   * when MAD is 0 (a flat history gives no scale: any change would be infinitely surprising).
   */
  public static Dataset<Row> withRobustZscore(Dataset<Row> series, String key) {
    Column history =
        collect_list(col("post_count")).over(ordered(key).rowsBetween(-ZSCORE_HISTORY, -1));
    Column enough = size(col("_history")).geq(ZSCORE_MIN_HISTORY);
    Column deviations = transform(col("_history"), x -> abs(x.minus(col("_median"))));
    Column mad = col("_mad");
    return series
        .withColumn("_history", history)
        .withColumn("_median", when(enough, median(col("_history"))))
        .withColumn("_mad", when(enough, median(deviations)))
        .withColumn(
            "zscore",
            when(
                enough.and(mad.gt(0)),
                col("post_count").minus(col("_median")).divide(mad.multiply(MAD_SCALE))))
        .drop("_history", "_median", "_mad");
  }

  /** The median of a non-empty numeric array, as DOUBLE. */
  private static Column median(Column values) {
    Column sorted = array_sort(values);
    Column n = size(sorted);
    Column lower = try_element_at(sorted, greatest(shiftright(n.plus(1), 1), lit(1)));
    Column upper = try_element_at(sorted, greatest(shiftright(n, 1).plus(1), lit(1)));
    return lower.plus(upper).cast("double").divide(2.0);
  }

  /** Adds {@code is_spike}: {@code zscore} ≥ 3 and {@code post_count} ≥ 5 (false when null). */
  public static Dataset<Row> withSpikes(Dataset<Row> series) {
    Column spike = col("zscore").geq(3.0).and(col("post_count").geq(5));
    return series.withColumn("is_spike", coalesce(spike, lit(false)));
  }

  /**
   * The columns of {@code schema}, in its order, cast to its atomic types (counts to BIGINT and so
   * on); complex columns are kept as built.
   */
  public static Dataset<Row> selectSchema(Dataset<Row> rows, StructType schema) {
    Column[] columns =
        Arrays.stream(schema.fields())
            .map(
                f ->
                    f.dataType() instanceof AtomicType
                        ? col(f.name()).cast(f.dataType()).as(f.name())
                        : col(f.name()))
            .toArray(Column[]::new);
    return rows.select(columns);
  }

  private static WindowSpec ordered(String key) {
    return Window.partitionBy(col(key), col("period")).orderBy(col("period_start"));
  }
}
