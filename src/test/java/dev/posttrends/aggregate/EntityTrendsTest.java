package dev.posttrends.aggregate;

import static dev.posttrends.aggregate.TestPosts.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.posttrends.io.Schemas;
import dev.posttrends.testing.SparkTestBase;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entity_period} on a tiny batch: a post naming 平安银行 twice counts once, the unpublished
 * post's 上证指数 and the names of a post missing from {@code posts} vanish, type and code are each
 * name's most frequent over the batch (ties by value), and the series end in the week of 2025-01-20
 * (the last published post, which names nothing).
 */
class EntityTrendsTest extends SparkTestBase {

  @BeforeAll
  static void javaTime() {
    TestPosts.useJavaTimeValues(spark);
  }

  private Dataset<Row> posts() {
    return TestPosts.posts(
        spark,
        post("p1", "2024-12-30").hash("h1").source("A").chars(100),
        post("p2", "2025-01-01").hash("h1").source("B").chars(300),
        post("p3", "2025-01-08").unpublished(),
        post("p4", "2025-01-14").source("A").chars(200),
        post("p5", "2025-01-21"));
  }

  private Dataset<Row> entities() {
    return entities(
        // 平安银行: twice in p1 as a company with a code, three times in p2 as an organization
        // without one: by mentions the type is organization, the code the only one it has
        mention("p1", "2024-12-30", "平安银行", "company", "000001"),
        mention("p1", "2024-12-30", "平安银行", "company", "000001"),
        mention("p2", "2025-01-01", "平安银行", "organization", null),
        mention("p2", "2025-01-01", "平安银行", "organization", null),
        mention("p2", "2025-01-01", "平安银行", "organization", null),
        mention("p2", "2025-01-01", "张三", "person", null),
        mention("p3", "2025-01-08", "上证指数", "index", "000001"),
        // 茅台: one mention each of two types and two codes: the lesser of each
        mention("p4", "2025-01-14", "茅台", "index", "600519"),
        mention("p4", "2025-01-14", "茅台", "company", "000596"),
        mention("p9", "2025-01-14", "不存在", "company", null));
  }

  @Test
  void schemaIsEntityPeriod() {
    assertEquals(Schemas.ENTITY_PERIOD, EntityTrends.entityPeriod(entities(), posts()).schema());
  }

  /** Tables read back from Parquet have every column nullable. */
  @Test
  void schemaHoldsForTablesReadFromParquet(@TempDir Path dir) {
    posts().write().parquet(dir.resolve("posts").toString());
    entities().write().parquet(dir.resolve("entities").toString());
    Dataset<Row> posts = TrendsJob.read(spark, dir.resolve("posts").toString(), Schemas.POSTS);
    Dataset<Row> entities =
        TrendsJob.read(spark, dir.resolve("entities").toString(), Schemas.ENTITIES);
    assertEquals(Schemas.ENTITY_PERIOD, EntityTrends.entityPeriod(entities, posts).schema());
  }

  @Test
  void weeklySeriesPerEntity() {
    Dataset<Row> weeks =
        EntityTrends.entityPeriod(entities(), posts()).where("period = 'week'").drop("period");
    String org = "organization";
    TestPosts.assertRows(
        List.of(
            row("平安银行", "2024-12-30", 2L, 1L, 2L, 200.0, 200.0, org, "000001", null, null, 2.0),
            row("平安银行", "2025-01-06", 0L, 0L, 0L, null, null, org, "000001", 2L, -1.0, 1.0),
            row("平安银行", "2025-01-13", 0L, 0L, 0L, null, null, org, "000001", 0L, null, 2 / 3.0),
            // history 2, 0, 0: median 0, MAD 0: no score
            row("平安银行", "2025-01-20", 0L, 0L, 0L, null, null, org, "000001", 0L, null, 0.5),
            row("张三", "2024-12-30", 1L, 1L, 1L, 300.0, 300.0, "person", null, null, null, 1.0),
            row("张三", "2025-01-06", 0L, 0L, 0L, null, null, "person", null, 1L, -1.0, 0.5),
            row("张三", "2025-01-13", 0L, 0L, 0L, null, null, "person", null, 0L, null, 1 / 3.0),
            row("张三", "2025-01-20", 0L, 0L, 0L, null, null, "person", null, 0L, null, 0.25),
            row("茅台", "2025-01-13", 1L, 1L, 1L, 200.0, 200.0, "company", "000596", null, null, 1.0),
            row("茅台", "2025-01-20", 0L, 0L, 0L, null, null, "company", "000596", 1L, -1.0, 0.5)),
        weeks.drop("zscore", "is_spike"));
    assertEquals(0, weeks.where("zscore IS NOT NULL OR is_spike").count());
  }

  @Test
  void monthsCountEachPostOnce() {
    Dataset<Row> months =
        EntityTrends.entityPeriod(entities(), posts())
            .where("period = 'month'")
            .select("entity", "period_start", "post_count", "story_count", "pop_growth");
    TestPosts.assertRows(
        List.of(
            Arrays.asList("平安银行", LocalDate.parse("2024-12-01"), 1L, 1L, null),
            Arrays.asList("平安银行", LocalDate.parse("2025-01-01"), 1L, 1L, 0.0),
            Arrays.asList("张三", LocalDate.parse("2025-01-01"), 1L, 1L, null),
            Arrays.asList("茅台", LocalDate.parse("2025-01-01"), 1L, 1L, null)),
        months);
  }

  /**
   * Weeks of 1, 2, 1, 2, 1, 2, 1, 2 posts, then 8: the same posts tagged with the name give the
   * same measures, growth, z-scores and spikes in {@code tag_period}, and the last week is a spike.
   */
  @Test
  void measuresAndSpikesAreTagPeriods() {
    LocalDate monday = LocalDate.of(2025, 3, 3);
    int[] weekly = {1, 2, 1, 2, 1, 2, 1, 2, 8};
    List<TestPosts.Post> posts = new ArrayList<>();
    List<Row> mentions = new ArrayList<>();
    for (int w = 0; w < weekly.length; w++) {
      for (int k = 0; k < weekly[w]; k++) {
        String id = "s" + w + "-" + k;
        LocalDate day = monday.plusWeeks(w).plusDays(k % 5);
        posts.add(post(id, day.toString()).tags("宁德时代").chars(100 + 10 * k));
        mentions.add(mention(id, day.toString(), "宁德时代", "company", "300750"));
        mentions.add(mention(id, day.toString(), "宁德时代", "company", "300750"));
      }
    }
    Dataset<Row> batch = TestPosts.posts(spark, posts.toArray(TestPosts.Post[]::new));
    Dataset<Row> byEntity =
        EntityTrends.entityPeriod(entities(mentions.toArray(Row[]::new)), batch)
            .drop("type", "code");
    Dataset<Row> byTag = TagTrends.tagPeriod(batch);
    assertEquals(0, byEntity.exceptAll(byTag).count() + byTag.exceptAll(byEntity).count());
    TestPosts.assertRows(
        List.of(List.of(LocalDate.parse("2025-04-28"), 8L)),
        byEntity.where("is_spike").select("period_start", "post_count"));
    Row spike = byEntity.where("period = 'week' AND period_start = '2025-04-28'").first();
    assertTrue(spike.<Double>getAs("zscore") >= 3.0, spike.toString());
  }

  @Test
  void noEntitiesGiveNoRows() {
    Dataset<Row> none = spark.createDataFrame(List.of(), Schemas.ENTITIES);
    Dataset<Row> rows = EntityTrends.entityPeriod(none, posts());
    assertEquals(Schemas.ENTITY_PERIOD, rows.schema());
    assertEquals(0, rows.count());
  }

  @Test
  void noPublishedPostsGiveNoRows() {
    Dataset<Row> rows = EntityTrends.entityPeriod(entities(), posts().where("NOT is_published"));
    assertEquals(Schemas.ENTITY_PERIOD, rows.schema());
    assertEquals(0, rows.count());
  }

  /** An output of a version without entities has no {@code entities} folder: no rows, no error. */
  @Test
  void missingEntitiesFolderReadsAsNoRows(@TempDir Path dir) {
    String path = dir.resolve("entities").toString();
    Dataset<Row> missing = TrendsJob.readIfPresent(spark, path, Schemas.ENTITIES);
    assertEquals(Schemas.ENTITIES, missing.schema());
    assertEquals(0, missing.count());
    entities().write().parquet(path);
    assertEquals(10, TrendsJob.readIfPresent(spark, path, Schemas.ENTITIES).count());
  }

  private Dataset<Row> entities(Row... mentions) {
    return spark.createDataFrame(List.of(mentions), Schemas.ENTITIES);
  }

  /** One mention in {@link Schemas#ENTITIES} column order; what the trend ignores is filler. */
  private static Row mention(String post, String date, String name, String type, String code) {
    return RowFactory.create(
        post, // post_id
        "/posts/" + post + ".md", // source_path
        0, // ordinal
        name, // surface
        name, // name
        type, // type
        code, // code
        code == null ? null : "SZSE", // exchange
        "dictionary", // found_by
        0, // char_offset
        false, // is_in_title
        null, // category
        Date.valueOf(date), // published_date
        date.substring(0, 7)); // published_month
  }

  private static List<Object> row(String entity, String start, Object... rest) {
    List<Object> values = new ArrayList<>();
    values.add(entity);
    values.add(LocalDate.parse(start));
    values.addAll(Arrays.asList(rest));
    return values;
  }
}
