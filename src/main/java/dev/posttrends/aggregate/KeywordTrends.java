package dev.posttrends.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The {@code trends/keyword_period} steps: per keyword, period type and period start, the share of
 * published posts that have the keyword among their top terms, against the keyword's baseline.
 *
 * <p>Choices, in the order the steps apply them:
 *
 * <ul>
 *   <li>Unpublished posts ({@code is_published = false}) count nowhere; a keyword row whose post is
 *       not in {@code posts} is dropped by the join. A post counts once per keyword even if the
 *       keyword appears twice among its rows.
 *   <li>The calendar of a period type holds the periods in which at least one post was published;
 *       periods without any post are skipped, not counted as share 0.
 *   <li>{@code baseline_share} is the mean share over the previous {@value #BASELINE_PERIODS}
 *       calendar periods, a period without the keyword counting as 0; fewer periods when fewer
 *       precede; null in the first calendar period. It is computed as the sum of the keyword's
 *       non-zero shares in a range frame over the calendar index, divided by the number of calendar
 *       periods in that frame: the same value as a {@code rowsBetween(-8, -1)} mean over the
 *       keyword densified over the calendar, without materialising keyword × calendar rows.
 *   <li>{@code lift} is null when the baseline is null or 0 (a keyword absent from every previous
 *       period); {@code is_first_seen} is true in the keyword's first period of the type in the
 *       input; both are computed on all rows before the {@value #MIN_POSTS}-post filter.
 * </ul>
 */
public final class KeywordTrends {

  static final int BASELINE_PERIODS = 8;
  static final long MIN_POSTS = 3;
  static final long EMERGING_MIN_POSTS = 5;
  static final double EMERGING_LIFT = 3.0;

  private KeywordTrends() {}

  /** The {@code trends/keyword_period} table from the {@code keywords} and {@code posts} tables. */
  public static Dataset<Row> keywordPeriod(Dataset<Row> keywords, Dataset<Row> posts) {
    Dataset<Row> published = selectPublished(posts);
    Dataset<Row> counts = keywordCounts(keywords, published);
    Dataset<Row> shares = withShare(counts, periodCalendar(published));
    return selectKeywordPeriod(filterMinPosts(withEmerging(withBaseline(shares))));
  }

  /** {@code post_id} and {@code published_date} of the published posts. */
  static Dataset<Row> selectPublished(Dataset<Row> posts) {
    return posts.where(col("is_published")).select("post_id", "published_date");
  }

  /**
   * One row per period type and start holding at least one published post, with {@code
   * period_post_count} and {@code period_index} (1, 2, … by start within the type).
   */
  static Dataset<Row> periodCalendar(Dataset<Row> published) {
    return Periods.explodePeriods(published, "published_date")
        .groupBy("period", "period_start")
        .agg(countDistinct("post_id").as("period_post_count"))
        .withColumn(
            "period_index",
            row_number().over(Window.partitionBy("period").orderBy("period_start")));
  }

  /** {@code post_count}: published posts having the keyword, per keyword and period. */
  static Dataset<Row> keywordCounts(Dataset<Row> keywords, Dataset<Row> published) {
    Dataset<Row> postKeywords =
        keywords
            .where(col("term").isNotNull())
            .select(col("post_id"), col("term").as("keyword"))
            .distinct()
            .join(published, "post_id");
    return Periods.explodePeriods(postKeywords, "published_date")
        .groupBy("keyword", "period", "period_start")
        .agg(count(lit(1)).as("post_count"));
  }

  /** Adds the calendar's {@code period_post_count} and {@code period_index}, and {@code share}. */
  static Dataset<Row> withShare(Dataset<Row> counts, Dataset<Row> calendar) {
    return counts
        .join(calendar, new String[] {"period", "period_start"})
        .withColumn("share", col("post_count").divide(col("period_post_count")).cast("double"));
  }

  /** Adds {@code baseline_share}, {@code lift} and {@code is_first_seen}. */
  static Dataset<Row> withBaseline(Dataset<Row> shares) {
    WindowSpec byIndex = Window.partitionBy("keyword", "period").orderBy("period_index");
    WindowSpec previous = byIndex.rangeBetween(-BASELINE_PERIODS, -1);
    Column priorPeriods = least(col("period_index").minus(1), lit(BASELINE_PERIODS));
    Column priorSum = coalesce(sum("share").over(previous), lit(0.0));
    Column baseline = when(priorPeriods.gt(0), priorSum.divide(priorPeriods));
    return shares
        .withColumn("baseline_share", baseline)
        .withColumn(
            "lift", when(col("baseline_share").gt(0), col("share").divide(col("baseline_share"))))
        .withColumn("is_first_seen", lag("period_index", 1).over(byIndex).isNull());
  }

  /** Adds {@code is_emerging}: lift ≥ 3 on at least 5 posts, or first seen. */
  static Dataset<Row> withEmerging(Dataset<Row> rows) {
    Column lifted = col("lift").geq(EMERGING_LIFT).and(col("post_count").geq(EMERGING_MIN_POSTS));
    return rows.withColumn("is_emerging", coalesce(lifted, lit(false)).or(col("is_first_seen")));
  }

  /** Keeps keyword periods with at least {@value #MIN_POSTS} posts. */
  static Dataset<Row> filterMinPosts(Dataset<Row> rows) {
    return rows.where(col("post_count").geq(MIN_POSTS));
  }

  /** The columns of {@code Schemas.KEYWORD_PERIOD}, in order. */
  static Dataset<Row> selectKeywordPeriod(Dataset<Row> rows) {
    return rows.select(
        col("keyword"),
        col("period_start"),
        col("post_count"),
        col("period_post_count"),
        col("share"),
        col("baseline_share"),
        col("lift"),
        col("is_first_seen"),
        col("is_emerging"),
        col("period"));
  }
}
