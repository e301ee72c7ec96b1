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
 * {@code category_period} on a tiny batch. Category {@code tech}: two posts (one syndicated story)
 * in the ISO week of Monday 2024-12-30, which holds 2025-01-01; a silent week (its only post is
 * unpublished); one post in the week of 2025-01-13; the batch ends in the week of 2025-01-20
 * (category {@code news}), so {@code tech} gets a zero row there too.
 */
class CategoryTrendsTest extends SparkTestBase {

  private static final double MAD_SCALE = 1.4826;

  @BeforeAll
  static void javaTime() {
    TestPosts.useJavaTimeValues(spark);
  }

  private Dataset<Row> posts() {
    return TestPosts.posts(
        spark,
        post("p1", "2024-12-30")
            .category("tech")
            .hash("h1")
            .source("A")
            .chars(100)
            .tags("AI", "cloud"),
        post("p2", "2025-01-01")
            .category("tech")
            .hash("h1")
            .source("B")
            .chars(300)
            .tags(" ai ", "Cloud", "ai"),
        post("p3", "2025-01-08").category("tech").unpublished(),
        post("p4", "2025-01-14").category("tech").source(null).chars(200),
        post("p5", "2025-01-15").tags("orphan"), // no category: skipped
        post("n1", "2025-01-20").category("news").tags("a", "b", "c", "d", "e", "f", "g"),
        post("n2", "2025-01-21").category("news").tags("g", "f", "e"),
        post("n3", "2025-01-22").category("news").tags("G"));
  }

  /** Posts read back from Parquet have every column (and array element) nullable. */
  @Test
  void schemaHoldsForPostsReadFromParquet(@TempDir Path dir) {
    String path = dir.resolve("posts").toString();
    posts().write().parquet(path);
    Dataset<Row> read = spark.read().schema(Schemas.POSTS).parquet(path);
    assertEquals(Schemas.CATEGORY_PERIOD, CategoryTrends.categoryPeriod(read).schema());
  }

  @Test
  void schemaIsCategoryPeriod() {
    assertEquals(Schemas.CATEGORY_PERIOD, CategoryTrends.categoryPeriod(posts()).schema());
  }

  @Test
  void weeklySeriesIsDenseWithGrowthRollingAndZscore() {
    Dataset<Row> weeks = CategoryTrends.categoryPeriod(posts()).where("period = 'week'");
    List<String> none = List.of();
    TestPosts.assertRows(
        List.of(
            // p1 + p2: one story, sources A and B, chars 100 and 300; ai and cloud tie at 2
            row(
                "tech",
                "2024-12-30",
                2L,
                1L,
                2L,
                200.0,
                200.0,
                List.of("ai", "cloud"),
                null,
                null,
                2.0,
                null,
                false),
            row("tech", "2025-01-06", 0L, 0L, 0L, null, null, none, 2L, -1.0, 1.0, null, false),
            // null source not counted; growth after a zero is null; rolling (2 + 0 + 1) / 3
            row("tech", "2025-01-13", 1L, 1L, 0L, 200.0, 200.0, none, 0L, null, 1.0, null, false),
            // history 2, 0, 1: median 1, deviations 1, 1, 0 so MAD 1
            row(
                "tech",
                "2025-01-20",
                0L,
                0L,
                0L,
                null,
                null,
                none,
                1L,
                -1.0,
                0.75,
                (0 - 1) / MAD_SCALE,
                false),
            // g 3 posts, e and f 2, then a, b (c, d cut) by tag
            row(
                "news",
                "2025-01-20",
                3L,
                3L,
                1L,
                100.0,
                100.0,
                List.of("g", "e", "f", "a", "b"),
                null,
                null,
                3.0,
                null,
                false)),
        weeks.drop("period"));
  }

  @Test
  void everyPeriodTypeStartsAtItsFirstDay() {
    Dataset<Row> tech =
        CategoryTrends.categoryPeriod(posts())
            .where("category = 'tech' and period in ('month', 'quarter', 'year')")
            .select("period", "period_start", "post_count", "story_count", "prev_post_count");
    TestPosts.assertRows(
        List.of(
            Arrays.asList("month", LocalDate.parse("2024-12-01"), 1L, 1L, null),
            Arrays.asList("month", LocalDate.parse("2025-01-01"), 2L, 2L, 1L),
            Arrays.asList("quarter", LocalDate.parse("2024-10-01"), 1L, 1L, null),
            Arrays.asList("quarter", LocalDate.parse("2025-01-01"), 2L, 2L, 1L),
            Arrays.asList("year", LocalDate.parse("2024-01-01"), 1L, 1L, null),
            Arrays.asList("year", LocalDate.parse("2025-01-01"), 2L, 2L, 1L)),
        tech);
    // days 2024-12-30 .. 2025-01-22: 24 rows, 3 of them with posts
    Dataset<Row> days = CategoryTrends.categoryPeriod(posts()).where("period = 'day'");
    assertEquals(24, days.where("category = 'tech'").count());
    assertEquals(3, days.where("category = 'tech' and post_count > 0").count());
    assertEquals(3, days.where("category = 'news'").count());
  }

  private static List<Object> row(String category, String start, Object... rest) {
    List<Object> values = new java.util.ArrayList<>();
    values.add(category);
    values.add(LocalDate.parse(start));
    values.addAll(Arrays.asList(rest));
    return values;
  }
}
