package dev.posttrends.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.unix_date;

import dev.posttrends.io.Schemas;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code trends/keyword_period} steps: per keyword, period type and period start, the share of
 * published posts that have the keyword among their top terms, against the keyword's baseline.
 *
 * <p>Keyword rows of published posts are shuffled once by keyword, sorted by date, and each
 * keyword's periods computed in one pass in plain Java ({@link KeywordSeries}) against the calendar
 * of periods with posts ({@link PeriodCalendar}), instead of exploding every row into five period
 * types and ranking it by windows.
 *
 * <p>Choices:
 *
 * <ul>
 *   <li>Unpublished posts ({@code is_published = false}) count nowhere; a keyword row whose post is
 *       not in {@code posts} is dropped by the join. A post counts once per keyword even if the
 *       keyword appears twice among its rows.
 *   <li>The calendar of a period type holds the periods in which at least one post was published;
 *       periods without any post are skipped, not counted as share 0.
 *   <li>{@code baseline_share} is the mean share over the previous {@value
 *       KeywordSeries#BASELINE_PERIODS} calendar periods, a period without the keyword counting as
 *       0; fewer periods when fewer precede; null in the first calendar period. It is computed as
 *       the sum of the keyword's non-zero shares over the previous calendar positions, divided by
 *       the number of calendar periods there: the mean over the keyword densified over the
 *       calendar, without materialising keyword × calendar rows.
 *   <li>{@code lift} is null when the baseline is null or 0 (a keyword absent from every previous
 *       period); {@code is_first_seen} is true in the keyword's first period of the type in the
 *       input; both are computed on all rows before the {@value KeywordSeries#MIN_POSTS}-post
 *       filter.
 * </ul>
 */
public final class KeywordTrends {

  private KeywordTrends() {}

  /** The {@code trends/keyword_period} table from the {@code keywords} and {@code posts} tables. */
  public static Dataset<Row> keywordPeriod(Dataset<Row> keywords, Dataset<Row> posts) {
    Dataset<Row> published = selectPublished(posts);
    PeriodCalendar calendar = periodCalendar(published);
    StructType adapter = Schemas.adapterForm(Schemas.KEYWORD_PERIOD);
    return joinPublished(keywords, published)
        .repartition(col("keyword"))
        .sortWithinPartitions(col("keyword"), col("_day"), col("post_id"))
        .mapPartitions(new KeywordPartitions(calendar), Encoders.row(adapter))
        .withColumn("period_start", date_from_unix_date(col("period_start")));
  }

  /** {@code post_id} and {@code published_date} of the published posts. */
  static Dataset<Row> selectPublished(Dataset<Row> posts) {
    return posts.where(col("is_published")).select("post_id", "published_date");
  }

  /**
   * The periods of each type holding at least one published post, with their distinct post counts:
   * one row per period (a few thousand for years of posts) gathered to the driver and shipped to
   * the tasks with the function.
   */
  static PeriodCalendar periodCalendar(Dataset<Row> published) {
    List<Row> periods =
        Periods.explodePeriods(published, "published_date")
            .groupBy("period", "period_start")
            .agg(countDistinct("post_id").as("period_post_count"))
            .select(col("period"), unix_date(col("period_start")), col("period_post_count"))
            .orderBy("period", "period_start")
            .collectAsList();
    Map<PeriodType, List<Row>> byType = new EnumMap<>(PeriodType.class);
    for (Row period : periods) {
      PeriodType type = PeriodType.valueOf(period.getString(0).toUpperCase(Locale.ROOT));
      byType.computeIfAbsent(type, t -> new ArrayList<>()).add(period);
    }
    Map<PeriodType, int[]> starts = new EnumMap<>(PeriodType.class);
    Map<PeriodType, long[]> counts = new EnumMap<>(PeriodType.class);
    byType.forEach(
        (type, rows) -> {
          starts.put(type, rows.stream().mapToInt(r -> r.getInt(1)).toArray());
          counts.put(type, rows.stream().mapToLong(r -> r.getLong(2)).toArray());
        });
    return new PeriodCalendar(starts, counts);
  }

  /**
   * One row per keyword row of a published post: {@code keyword}, {@code _day} (its post's epoch
   * day) and {@code post_id}. Rows of unpublished posts, or of posts missing from {@code posts},
   * are dropped by the join.
   */
  static Dataset<Row> joinPublished(Dataset<Row> keywords, Dataset<Row> published) {
    return keywords
        .where(col("term").isNotNull())
        .select(col("post_id"), col("term").as("keyword"))
        .join(published, "post_id")
        .select(col("keyword"), unix_date(col("published_date")).as("_day"), col("post_id"));
  }
}
