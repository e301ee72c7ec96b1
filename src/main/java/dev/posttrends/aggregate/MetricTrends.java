package dev.posttrends.aggregate;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.posttrends.io.Schemas;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
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
 *       digits and so loses the decimals of figures near 10^15. Each key's values are gathered per
 *       day, then the days' lists of each period are joined and sorted: every mention is shuffled
 *       once, not once per period type, and never ranked by a window sorted by value (see
 *       docs/PERFORMANCE.md). The interpolated
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
    Dataset<Row> measures = rollUpDays(aggregateDays(mentions));
    return selectMetricPeriod(withAverageChange(measures, mentions));
  }

  /** Mentions of published posts that have a category. */
  static Dataset<Row> filterPublishedWithCategory(Dataset<Row> metrics, Dataset<Row> posts) {
    Dataset<Row> published = posts.where(col("is_published")).select("post_id");
    return metrics.where(col("category").isNotNull()).join(published, "post_id", "left_semi");
  }

  /**
   * One row per category, kind, unit and publication day: the day's mention count, distinct posts,
   * sum and values. Every mention is aggregated once here; the five period types then roll these
   * day rows up ({@link #rollUpDays}) instead of each re-aggregating every mention.
   */
  static Dataset<Row> aggregateDays(Dataset<Row> mentions) {
    return mentions
        .groupBy(col("category"), col("kind"), col("unit"), col("published_date"))
        .agg(
            count(lit(1)).as("_mentions"),
            size(collect_set(col("post_id"))).cast("long").as("_posts"),
            sum("value").as("_sum"),
            collect_list(col("value")).as("_values"));
  }

  /**
   * One row per output key with every measure but the average change. All are exact roll-ups of
   * the days: counts and sums add up (a post is published on one day, so its distinct posts per
   * day add up to the period's), and the period's values, gathered from its days and sorted, give
   * the exact percentiles.
   */
  static Dataset<Row> rollUpDays(Dataset<Row> days) {
    return Periods.explodePeriods(days, "published_date")
        .groupBy(keyColumns())
        .agg(
            // coalesce: never null (every key has a day row), but typed non-null as the schema says
            coalesce(sum("_mentions"), lit(0L)).as("mention_count"),
            coalesce(sum("_posts"), lit(0L)).as("post_count"),
            sum("_sum").as("sum_value"),
            sort_array(flatten(collect_list(col("_values")))).as("sorted_values"))
        .withColumn("median_value", percentile(1, 2))
        .withColumn("p90_value", percentile(9, 10));
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

  /**
   * The {@code numerator / denominator} percentile of the sorted values: the values at positions
   * {@code floor(pos) + 1} and {@code ceil(pos) + 1} (1-based), with {@code pos = p × (n − 1)} in
   * integers, interpolated with the exact fraction of {@code pos}.
   */
  static Column percentile(int numerator, int denominator) {
    Column scaled = col("mention_count").minus(1).multiply(numerator);
    Column remainder = scaled.mod(denominator);
    Column lowRank = scaled.minus(remainder).divide(denominator).cast("int").plus(1);
    Column highRank = when(remainder.equalTo(0), lowRank).otherwise(lowRank.plus(1));
    Column fraction =
        remainder.cast("decimal(10,0)").divide(lit(denominator)).cast("decimal(10,9)");
    Column low = element_at(col("sorted_values"), lowRank);
    Column high = element_at(col("sorted_values"), highRank);
    return low.plus(high.minus(low).multiply(fraction)).cast(Schemas.FIGURE);
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
