package dev.posttrends.aggregate;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;

import dev.posttrends.io.Schemas;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The {@code trends/metric_period} steps: metric mentions of published posts per category, period
 * type, period start, kind and unit, with counts, sum, median, 90th percentile and, for percent
 * figures, the mean signed change.
 *
 * <p>Choices:
 *
 * <ul>
 *   <li>Mentions of unpublished posts, or of posts missing from {@code posts}, are left out (a semi
 *       join on {@code post_id}); mentions without a category are left out.
 *   <li>{@code median_value} and {@code p90_value} are exact, with the linear interpolation of
 *       Spark's {@code percentile} (position {@code p × (n − 1)} among the sorted values), but in
 *       DECIMAL arithmetic: {@code percentile} works in DOUBLE, which holds about 16 significant
 *       digits and so loses the decimals of figures near 10^15. Every mention is shuffled once, not
 *       once per period type (see {@link MetricRollup} and docs/PERFORMANCE.md). The interpolated
 *       value is rounded half up to six decimals.
 *   <li>{@code avg_change_pct}: for kind {@code percent} only, the mean of {@code +value} (change
 *       {@code up}) and {@code −value} (change {@code down}) over mentions with a change; null when
 *       there is none, and for every other kind. The mean is taken in DECIMAL (Spark's average of
 *       DECIMAL(38,6) keeps ten decimals), then turned into DOUBLE.
 * </ul>
 */
public final class MetricTrends {

  private static final String[] KEY = {"category", "period", "period_start", "kind", "unit"};

  private MetricTrends() {}

  /** The {@code trends/metric_period} table from the {@code metrics} and {@code posts} tables. */
  public static Dataset<Row> metricPeriod(Dataset<Row> metrics, Dataset<Row> posts) {
    Dataset<Row> mentions =
        filterPublishedWithCategory(metrics, posts)
            .select("post_id", "category", "kind", "unit", "value", "change", "published_date");
    Dataset<Row> measures = withRollups(mentions);
    return selectMetricPeriod(withAverageChange(measures, mentions));
  }

  /** Mentions of published posts that have a category. */
  static Dataset<Row> filterPublishedWithCategory(Dataset<Row> metrics, Dataset<Row> posts) {
    Dataset<Row> published = posts.where(col("is_published")).select("post_id");
    return metrics.where(col("category").isNotNull()).join(published, "post_id", "left_semi");
  }

  /**
   * One row per output key with every measure but the average change: mentions hashed by category,
   * kind and unit, sorted by date in each task, and rolled up to the five period types in one pass
   * per key by {@link MetricRollup} (plain Java): counts and sums add up, and the period's values,
   * sorted, give the exact percentiles. The same measures as grouped aggregations gathered every
   * day's value list and sorted each period's joined lists as DECIMAL arrays in Spark.
   */
  static Dataset<Row> withRollups(Dataset<Row> mentions) {
    return mentions
        .select(
            col("category"),
            col("kind"),
            col("unit"),
            unix_date(col("published_date")).as("_day"),
            col("post_id"),
            col("value"))
        .repartition(col("category"), col("kind"), col("unit"))
        .sortWithinPartitions(col("category"), col("kind"), col("unit"), col("_day"))
        .mapPartitions(new MetricPartitions(), Encoders.row(MetricPartitions.SCHEMA))
        .withColumn("period_start", date_from_unix_date(col("period_start")));
  }

  /**
   * Adds {@code avg_change}: per output key, Spark's DECIMAL average of the signed changes of its
   * percent mentions (null without any). Aggregated from those mentions alone, a small share of
   * all, so that it is exactly {@code avg}'s result rather than a quotient of rolled-up sums.
   */
  static Dataset<Row> withAverageChange(Dataset<Row> measures, Dataset<Row> mentions) {
    Column signed =
        when(col("change").equalTo("up"), col("value"))
            .when(col("change").equalTo("down"), col("value").unary_$minus());
    Dataset<Row> changes =
        Periods.explodePeriods(
                mentions
                    .where(col("kind").equalTo("percent").and(col("change").isin("up", "down")))
                    .select(
                        col("category"),
                        col("kind"),
                        col("unit"),
                        col("published_date"),
                        signed.as("signed")),
                "published_date")
            .groupBy(keyColumns())
            .agg(avg(col("signed")).as("avg_change"));
    return measures.join(changes, KEY, "left");
  }

  /** The columns of {@code Schemas.METRIC_PERIOD}, in order. */
  static Dataset<Row> selectMetricPeriod(Dataset<Row> rows) {
    return rows.select(
        col("category"),
        col("period_start"),
        col("kind"),
        col("unit"),
        col("mention_count"),
        col("post_count"),
        col("sum_value").cast(Schemas.FIGURE).as("sum_value"),
        col("median_value"),
        col("p90_value"),
        col("avg_change").cast("double").as("avg_change_pct"),
        col("period"));
  }

  private static Column[] keyColumns() {
    Column[] columns = new Column[KEY.length];
    for (int i = 0; i < KEY.length; i++) {
      columns[i] = col(KEY[i]);
    }
    return columns;
  }
}
