package dev.posttrends.aggregate;

import static dev.posttrends.aggregate.TestPosts.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.posttrends.io.Schemas;
import dev.posttrends.testing.SparkTestBase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tag_period} on a tiny batch: "AI", " ai " and "ai" are one tag, a post listing it twice
 * counts once, empty tags vanish, an unpublished post is ignored and an untagged post still ends
 * the series (week of 2025-01-20).
 */
class TagTrendsTest extends SparkTestBase {

  @BeforeAll
  static void javaTime() {
    TestPosts.useJavaTimeValues(spark);
  }

  private Dataset<Row> posts() {
    return TestPosts.posts(
        spark,
        post("t1", "2024-12-30").hash("h1").source("A").chars(100).tags("AI", " ai ", "Cloud"),
        post("t2", "2025-01-01").hash("h1").source("B").chars(300).tags(" ai", "", "  "),
        post("t3", "2025-01-08").tags("ai").unpublished(),
        post("t4", "2025-01-14").source("A").chars(200).tags("ai"),
        post("t5", "2025-01-21"));
  }

  /** Posts read back from Parquet have every column (and array element) nullable. */
  @Test
  void schemaHoldsForPostsReadFromParquet(@TempDir Path dir) {
    String path = dir.resolve("posts").toString();
    posts().write().parquet(path);
    Dataset<Row> read = spark.read().schema(Schemas.POSTS).parquet(path);
    assertEquals(Schemas.TAG_PERIOD, TagTrends.tagPeriod(read).schema());
  }

  @Test
  void schemaIsTagPeriod() {
    assertEquals(Schemas.TAG_PERIOD, TagTrends.tagPeriod(posts()).schema());
  }

  @Test
  void weeklySeriesPerNormalizedTag() {
    Dataset<Row> weeks = TagTrends.tagPeriod(posts()).where("period = 'week'").drop("period");
    TestPosts.assertRows(
        List.of(
            row("ai", "2024-12-30", 2L, 1L, 2L, 200.0, 200.0, null, null, 2.0, null, false),
            row("ai", "2025-01-06", 0L, 0L, 0L, null, null, 2L, -1.0, 1.0, null, false),
            row("ai", "2025-01-13", 1L, 1L, 1L, 200.0, 200.0, 0L, null, 1.0, null, false),
            // history 2, 0, 1: median 1, MAD 1
            row("ai", "2025-01-20", 0L, 0L, 0L, null, null, 1L, -1.0, 0.75, -1 / 1.4826, false),
            row("cloud", "2024-12-30", 1L, 1L, 1L, 100.0, 100.0, null, null, 1.0, null, false),
            row("cloud", "2025-01-06", 0L, 0L, 0L, null, null, 1L, -1.0, 0.5, null, false),
            row("cloud", "2025-01-13", 0L, 0L, 0L, null, null, 0L, null, 1 / 3.0, null, false),
            // history 1, 0, 0: median 0, deviations 1, 0, 0 so MAD 0: no score
            row("cloud", "2025-01-20", 0L, 0L, 0L, null, null, 0L, null, 0.25, null, false)),
        weeks);
  }

  @Test
  void yearsOfATagSkipNothing() {
    Dataset<Row> years =
        TagTrends.tagPeriod(posts())
            .where("period = 'year'")
            .select("tag", "period_start", "post_count", "story_count", "pop_growth");
    TestPosts.assertRows(
        List.of(
            Arrays.asList("ai", LocalDate.parse("2024-01-01"), 1L, 1L, null),
            Arrays.asList("ai", LocalDate.parse("2025-01-01"), 2L, 2L, 1.0),
            Arrays.asList("cloud", LocalDate.parse("2024-01-01"), 1L, 1L, null),
            Arrays.asList("cloud", LocalDate.parse("2025-01-01"), 0L, 0L, -1.0)),
        years);
  }

  private static List<Object> row(String tag, String start, Object... rest) {
    List<Object> values = new java.util.ArrayList<>();
    values.add(tag);
    values.add(LocalDate.parse(start));
    values.addAll(Arrays.asList(rest));
    return values;
  }
}
