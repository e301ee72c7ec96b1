package dev.posttrends.pipeline;

import static dev.posttrends.testing.DuckDb.count;
import static dev.posttrends.testing.DuckDb.rows;
import static dev.posttrends.testing.DuckDb.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.posttrends.cli.Main;
import dev.posttrends.testing.TestSessions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trend tables of a normal run over a small corpus built here, read back with DuckDB and
 * checked against values computed independently: by hand, or by DuckDB SQL over the written {@code
 * posts} and {@code metrics} tables.
 */
class TrendsRunTest {

  @TempDir static Path tmp;
  static Path out;

  private static int id;

  private static void post(Path site, String category, String date, String title, String body)
      throws IOException {
    String day = date.substring(0, 10);
    Path file = site.resolve(category + "/_posts/" + day + "-p" + (++id) + ".md");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "---\ntitle: \""
            + title
            + "\"\ndate: "
            + date
            + "\ncategories: "
            + category
            + "\ntags: ["
            + category
            + "新闻]\n---\n"
            + body
            + "\n");
  }

  @BeforeAll
  static void runJob() throws IOException {
    Path site = tmp.resolve("site");
    // alpha: weeks of 1,2,1,2,1,2,1,2 posts, then 8 in one week: a spike
    LocalDate monday = LocalDate.of(2025, 3, 3);
    int[] weekly = {1, 2, 1, 2, 1, 2, 1, 2, 8};
    for (int w = 0; w < weekly.length; w++) {
      for (int k = 0; k < weekly[w]; k++) {
        post(
            site,
            "alpha",
            monday.plusWeeks(w).plusDays(k % 5) + " 09:00:00 +0800",
            "量子计算进展" + w + "-" + k,
            "量子计算企业第"
                + w
                + "周发布新品，营收增长"
                + (k + 1)
                + "%，投资"
                + (w + 1)
                + "亿元。编号"
                + w
                + "x"
                + k
                + "。");
      }
    }
    // beta: a silent week between two posts; a syndicated duplicate in the first week
    post(site, "beta", "2025-03-03 10:00:00 +0800", "同一新闻", "同一条稿件，多家转载。");
    post(site, "beta", "2025-03-04 10:00:00 +0800", "同一新闻", "同一条稿件，多家转载。");
    post(site, "beta", "2025-03-17 10:00:00 +0800", "另一新闻", "另一条稿件。");
    // gamma: ISO week across the year boundary, and month edges in +0800 vs UTC
    post(site, "gamma", "2024-12-29 12:00:00 +0800", "周日", "年末周日。");
    post(site, "gamma", "2024-12-30 12:00:00 +0800", "周一", "新一周的周一。");
    post(site, "gamma", "2025-01-02 12:00:00 +0800", "周四", "跨年的同一周。");
    post(site, "gamma", "2025-01-31 23:30:00 +0800", "月末", "一月最后一天深夜。");
    post(site, "gamma", "2025-02-01 07:30:00 +0800", "月初", "二月第一天清晨，UTC仍是一月。");
    // a far-future date: a post, but not a trend (a dense daily series to 9999 would not end)
    post(site, "gamma", "9999-12-31 12:00:00 +0800", "未来", "日期错误的稿件。");
    out = tmp.resolve("out");
    StringWriter err = new StringWriter();
    String[] args =
        Stream.concat(
                Stream.of(
                    "run",
                    "--input",
                    site.toString(),
                    "--output",
                    out.toString(),
                    "--timezone",
                    "Asia/Shanghai",
                    "--no-report"),
                Stream.of(TestSessions.confArgs()))
            .toArray(String[]::new);
    assertEquals(
        0,
        Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args),
        err.toString());
  }

  private static String trends(String name) {
    return table(out.resolve("trends/" + name));
  }

  @Test
  void isoWeeksCrossTheYearBoundary() {
    assertEquals(
        List.of(List.of("2024-12-23", 1L), List.of("2024-12-30", 2L)),
        rows(
            "SELECT CAST(period_start AS VARCHAR), post_count FROM "
                + trends("category_period")
                + " WHERE category = 'gamma' AND period = 'week' AND period_start < DATE"
                + " '2025-01-06' ORDER BY 1"));
  }

  @Test
  void theManifestCountsTheTrendTables() throws IOException {
    var manifest =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(out.resolve("manifest.json").toFile());
    assertEquals(
        count("SELECT count(*) FROM " + trends("category_period")),
        manifest.at("/tables/trends~1category_period/rows").asLong());
    assertEquals("period", manifest.at("/tables/trends~1keyword_period/partitioned_by/0").asText());
    // written (empty where the run has no entities table) and counted like the others
    assertTrue(manifest.at("/tables/trends~1entity_period/rows").isNumber(), manifest.toString());
  }

  @Test
  void monthsFollowTheLocalDateNotUtc() {
    assertEquals(
        List.of(List.of("2024-12-01", 2L), List.of("2025-01-01", 2L), List.of("2025-02-01", 1L)),
        rows(
            "SELECT CAST(period_start AS VARCHAR), post_count FROM "
                + trends("category_period")
                + " WHERE category = 'gamma' AND period = 'month'"
                + " AND period_start < DATE '2025-03-01' ORDER BY 1"));
  }

  @Test
  void syndicatedStoryCountsOnceAndSilentWeekIsAZero() {
    assertEquals(
        List.of(
            List.of("2025-03-03", 2L, 1L, "null"),
            List.of("2025-03-10", 0L, 0L, "-1.0"),
            List.of("2025-03-17", 1L, 1L, "null"),
            List.of("2025-03-24", 0L, 0L, "-1.0")), // zeros run to the batch's last week
        rows(
            "SELECT CAST(period_start AS VARCHAR), post_count, story_count,"
                + " coalesce(CAST(pop_growth AS VARCHAR), 'null') FROM "
                + trends("category_period")
                + " WHERE category = 'beta' AND period = 'week'"
                + " AND period_start <= DATE '2025-03-24' ORDER BY 1"));
  }

  @Test
  void aSpikeIsFlagged() {
    // previous 8 weeks 1,2,1,2,1,2,1,2: median 1.5, MAD 0.5; (8 - 1.5) / (1.4826 * 0.5) = 8.768
    List<List<Object>> spike =
        rows(
            "SELECT CAST(period_start AS VARCHAR), post_count, round(zscore, 3), is_spike FROM "
                + trends("category_period")
                + " WHERE category = 'alpha' AND period = 'week' AND is_spike");
    assertEquals(List.of(List.of("2025-04-28", 8L, 8.768, true)), spike);
  }

  @Test
  void weeklyCountsEqualAnIndependentCountOverPosts() {
    String posts = table(out.resolve("posts"));
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM (SELECT category, date_trunc('week', published_date) AS w,"
                + " count(*) AS n FROM "
                + posts
                + " WHERE published_date <= DATE '2099-12-31' GROUP BY ALL) p FULL JOIN (SELECT"
                + " category, period_start AS w, post_count AS n FROM "
                + trends("category_period")
                + " WHERE period = 'week' AND post_count > 0) t USING (category, w)"
                + " WHERE p.n IS DISTINCT FROM t.n"));
  }

  @Test
  void metricSumsEqualAnIndependentSumOverMetrics() {
    String metrics = table(out.resolve("metrics"));
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM (SELECT category, kind, unit,"
                + " date_trunc('month', published_date) AS m, sum(value) AS s, count(*) AS n FROM "
                + metrics
                + " GROUP BY ALL) p FULL JOIN (SELECT category, kind, unit,"
                + " period_start AS m, sum_value AS s, mention_count AS n FROM "
                + trends("metric_period")
                + " WHERE period = 'month') t"
                + " USING (category, kind, unit, m) WHERE p.s IS DISTINCT FROM t.s"
                + " OR p.n IS DISTINCT FROM t.n"));
    assertTrue(count("SELECT count(*) FROM " + trends("metric_period")) > 0);
  }

  @Test
  void aKeywordOfManyPostsIsInKeywordPeriod() {
    assertTrue(
        count(
                "SELECT count(*) FROM "
                    + trends("keyword_period")
                    + " WHERE keyword = '量子' AND period = 'week' AND post_count >= 3")
            > 0);
    assertEquals(
        0, count("SELECT count(*) FROM " + trends("keyword_period") + " WHERE post_count < 3"));
  }

  @Test
  void tagsAreTrendedToo() {
    assertEquals(
        List.of(List.of("gamma新闻", "5")),
        rows(
            "SELECT tag, CAST(sum(post_count) AS VARCHAR) FROM "
                + trends("tag_period")
                + " WHERE tag = 'gamma新闻' AND period = 'year' GROUP BY tag"));
  }

  @Test
  void trendsAloneAreRecomputedFromAnExistingOutput() throws IOException {
    Path copy = tmp.resolve("copy");
    org.apache.commons.io.FileUtils.copyDirectory(out.toFile(), copy.toFile());
    org.apache.commons.io.FileUtils.deleteDirectory(copy.resolve("trends").toFile());
    // an output of a version before entities were extracted
    org.apache.commons.io.FileUtils.deleteDirectory(copy.resolve("entities").toFile());
    long posts = count("SELECT count(*) FROM " + table(copy.resolve("posts")));
    assertTrue(!java.nio.file.Files.exists(out.resolve("report")), "--no-report wrote no report");
    StringWriter err = new StringWriter();
    String[] args =
        Stream.concat(
                Stream.of("run", "--stages", "trends", "--output", copy.toString()),
                Stream.of(TestSessions.confArgs()))
            .toArray(String[]::new);
    assertEquals(
        0,
        Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args),
        err.toString());
    assertEquals(
        count("SELECT count(*) FROM " + trends("category_period")),
        count("SELECT count(*) FROM " + table(copy.resolve("trends/category_period"))));
    assertEquals(posts, count("SELECT count(*) FROM " + table(copy.resolve("posts"))));
    var manifest =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(copy.resolve("manifest.json").toFile());
    assertTrue(manifest.at("/trends_rerun/stage_seconds/write_category_period").isNumber());
    assertTrue(manifest.at("/trends_rerun/stage_seconds/write_entity_period").isNumber());
    assertTrue(java.nio.file.Files.isDirectory(copy.resolve("trends/entity_period")));
    assertTrue(
        java.nio.file.Files.size(copy.resolve("report").resolve("index.html")) > 500_000,
        "the trends rerun rebuilt the report");
  }
}
