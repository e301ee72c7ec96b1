package dev.posttrends.pipeline;

import static dev.posttrends.testing.DuckDb.count;
import static dev.posttrends.testing.DuckDb.rows;
import static dev.posttrends.testing.DuckDb.table;
import static dev.posttrends.testing.DuckDb.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.posttrends.cli.Main;
import dev.posttrends.testing.Repo;
import dev.posttrends.testing.TestSessions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on {@code sample-data/} through the real command line, read back with DuckDB:
 * counts, exact rows, the accounting invariant computed independently of the job.
 */
class SampleRunTest {

  @TempDir static Path tmp;
  static Path out;
  static String posts;
  static String rejects;
  static String metrics;
  static String dates;
  static String keywords;
  static String entities;
  static String entityPeriod;

  @BeforeAll
  static void runJob() {
    out = tmp.resolve("out");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    String[] args =
        Stream.concat(
                Stream.of("run", "--job", "jobs/sample.yaml", "--output", out.toString()),
                Stream.of(TestSessions.confArgs()))
            .toArray(String[]::new);
    int code = Main.execute(new PrintWriter(stdout), new PrintWriter(stderr), args);
    assertEquals(0, code, "exit code; stderr:\n" + stderr);
    assertTrue(stdout.toString().contains("posts"), stdout.toString());
    posts = table(out.resolve("posts"));
    rejects = table(out.resolve("rejects"));
    metrics = table(out.resolve("metrics"));
    dates = table(out.resolve("date_mentions"));
    keywords = table(out.resolve("keywords"));
    entities = table(out.resolve("entities"));
    entityPeriod = table(out.resolve("trends/entity_period"));
  }

  private static final String FULL_TEXT = "shangraoribao/_posts/2024-01-10-202401102426810850.md";

  @Test
  void metricMentionsAreTypedAndLinkedToTheirPeriod() {
    assertEquals(
        List.of(
            List.of(
                "682.4亿元",
                "68240000000.000000",
                "CNY",
                "money",
                "",
                false,
                false,
                "2023-01-01",
                "2023-12-31",
                "shangraoribao",
                "2024-01-10",
                "2024-01")),
        rows(
            "SELECT surface, CAST(value AS VARCHAR), unit, kind, coalesce(change, ''), approx,"
                + " is_in_title, CAST(period_start AS VARCHAR), CAST(period_end AS VARCHAR),"
                + " category, CAST(published_date AS VARCHAR), published_month FROM "
                + metrics
                + " WHERE source_path = '"
                + FULL_TEXT
                + "' AND surface = '682.4亿元'"));
    assertEquals(
        List.of(List.of("percent", "up", "11.300000")),
        rows(
            "SELECT kind, change, CAST(value AS VARCHAR) FROM "
                + metrics
                + " WHERE source_path = '"
                + FULL_TEXT
                + "' AND surface = '11.3%'"));
    assertEquals(
        List.of(List.of(true, true, "40000000000.000000")),
        rows(
            "SELECT is_in_title, approx, CAST(value AS VARCHAR) FROM "
                + metrics
                + " WHERE source_path = '"
                + FULL_TEXT
                + "' AND ordinal = 1"));
    assertEquals(
        0,
        count("SELECT count(*) FROM " + metrics + " m ANTI JOIN " + posts + " p USING (post_id)"),
        "every metric belongs to a post");
  }

  @Test
  void datesNamedInTheTextAreResolved() {
    assertEquals(
        List.of(List.of("2024-01-09", "2024-01-09", "day", false)),
        rows(
            "SELECT CAST(start_date AS VARCHAR), CAST(end_date AS VARCHAR), resolution,"
                + " is_in_title FROM "
                + dates
                + " WHERE source_path = '"
                + FULL_TEXT
                + "' AND surface = '1月9日'"));
  }

  @Test
  void keywordsAreTheTopTermsOfEachPost() {
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM (SELECT post_id FROM "
                + keywords
                + " GROUP BY post_id HAVING max(rank) > 10 OR count(*) <> max(rank))"),
        "ranks run 1..n, n <= 10");
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM "
                + keywords
                + " WHERE tfidf <= 0 OR tf < 1"
                + " OR regexp_matches(term, '^[0-9.]+$')"));
    assertTrue(
        count("SELECT count(DISTINCT post_id) FROM " + keywords) >= 70,
        "nearly every post has keywords");
  }

  @Test
  void namesAnchoredByAStockCodeAreEntitiesEverywhereTheyAreWritten() {
    // 信江新材(603218) in a post's text; its title writes 信江新材 bare
    String post = "emnews/_posts/2025-05-20-202505202500000123.md";
    String where = " FROM " + entities + " WHERE source_path = '" + post + "' AND name = '信江新材'";
    assertEquals(
        "company 603218.SH SH code false",
        value(
            "SELECT concat_ws(' ', type, code, exchange, found_by, is_in_title)"
                + where
                + " AND found_by = 'code' AND NOT is_in_title ORDER BY char_offset LIMIT 1"));
    // the title writes it bare: the name its text anchors, with the text's code
    assertEquals(
        1,
        count("SELECT count(*)" + where + " AND is_in_title AND code = '603218.SH'"),
        "the bare title name");
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM "
                + entities
                + " e JOIN "
                + posts
                + " p USING (post_id) WHERE NOT e.is_in_title"
                + " AND substr(p.text, e.char_offset + 1, length(e.surface)) <> e.surface"),
        "every surface stands at its offset in the text");
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM "
                + keywords
                + " k JOIN "
                + posts
                + " p USING (post_id) WHERE p.source_path = '"
                + post
                + "' AND k.term = '信江新材'"),
        "the name is one keyword, not its pieces");
    assertTrue(
        count(
                "SELECT count(*) FROM "
                    + entityPeriod
                    + " WHERE entity = '信江新材' AND code = '603218.SH' AND period = 'month'")
            >= 1,
        "the name is trended with its code");
  }

  @Test
  void everyInputIsAPostOrAReject() throws IOException {
    long inputs = countInputsIndependently(Repo.sampleData());
    long postRows = count("SELECT count(*) FROM " + posts);
    long rejectRows = count("SELECT count(*) FROM " + rejects);
    assertEquals(inputs, postRows + rejectRows, "inputs = posts + rejects");
    assertEquals(77, postRows);
    assertEquals(8, rejectRows);
  }

  @Test
  void manifestAgreesWithTheTables() throws IOException {
    JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertEquals(
        m.at("/inputs/total").asLong(), m.at("/posts").asLong() + m.at("/rejects/total").asLong());
    assertEquals(77, m.at("/posts").asLong());
    assertEquals(1, m.at("/rejects/by_reason/MISSING_DATE").asLong());
    assertEquals("Asia/Shanghai", m.at("/job/timezone").asText());
    assertEquals("_config.yml", m.at("/job/timezone_source").asText());
    assertTrue(m.at("/stage_seconds/read_and_parse").asDouble() > 0);
    assertEquals("[\"driver\"]", m.at("/executors").toString(), "a local run reads on the driver");
  }

  @Test
  void rejectsNameEachBrokenInputAndItsReason() {
    List<List<Object>> actual =
        rows("SELECT source_path, reason FROM " + rejects + " ORDER BY source_path");
    assertEquals(
        List.of(
            List.of("broken/_posts/2024-08-01-nofrontmatter.md", "NO_FRONT_MATTER"),
            List.of("broken/_posts/2024-08-02-unclosed.md", "UNCLOSED_FRONT_MATTER"),
            List.of("broken/_posts/2024-08-03-badyaml.md", "INVALID_FRONT_MATTER"),
            List.of("broken/_posts/2024-08-05-binary.md", "BINARY_FILE"),
            List.of("broken/_posts/2024-08-06-empty.md", "EMPTY_FILE"),
            List.of("broken/_posts/nodate-post.md", "MISSING_DATE"),
            List.of("dumps/posts-2025.jsonl#10", "NOT_A_JSON_OBJECT"),
            List.of("dumps/posts-2025.jsonl#8", "MALFORMED_JSON_LINE")),
        actual);
    assertEquals(
        0, count("SELECT count(*) FROM " + rejects + " WHERE message IS NULL OR message = ''"));
  }

  @Test
  void postsUnderUnderscorePostsFoldersAreRead() {
    assertEquals(
        67,
        count(
            "SELECT count(*) FROM "
                + posts
                + " WHERE source_path LIKE '%/_posts/%'"
                + " AND source_format = 'file'"));
    assertEquals(
        List.of(List.of("shangraoribao", 14L)),
        rows(
            "SELECT category, count(*) FROM "
                + posts
                + " WHERE source_path LIKE 'shangraoribao/_posts/%' GROUP BY 1"));
  }

  @Test
  void aFullTextPostHasExactValues() {
    List<List<Object>> row =
        rows(
            "SELECT title,"
                + " strftime(published_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S'), published_date,"
                + " date_source, is_offset_assumed, categories, tags, source_name, source_url,"
                + " published_month, source_encoding, is_published FROM "
                + posts
                + " WHERE source_path = 'shangraoribao/_posts/2024-01-10-202401102426810850.md'");
    assertEquals(1, row.size());
    List<Object> r = row.get(0);
    assertEquals("上饶经开区去年实际进资突破400亿元", r.get(0));
    assertEquals("2024-01-09 23:28:15", r.get(1)); // 07:28:15 +0800 as an instant, in UTC
    assertEquals(java.time.LocalDate.of(2024, 1, 10), toLocalDate(r.get(2)));
    assertEquals("front_matter", r.get(3));
    assertEquals(false, r.get(4));
    assertEquals("[shangraoribao]", String.valueOf(r.get(5)));
    assertEquals("[上饶日报新闻]", String.valueOf(r.get(6)));
    assertEquals("上饶日报", r.get(7));
    assertEquals(
        "http://finews.example.com/html_News/NewsShare.html?infoCode=NW202401102426810850",
        r.get(8));
    assertEquals("2024-01", r.get(9));
    assertEquals("UTF-8", r.get(10));
    assertEquals(true, r.get(11));
    String text =
        (String)
            value(
                "SELECT text FROM "
                    + posts
                    + " WHERE source_path ="
                    + " 'shangraoribao/_posts/2024-01-10-202401102426810850.md'");
    assertTrue(text.startsWith("本报记者 刘晓岚\n1月9日，记者从上饶经开区获悉"), text);
    assertFalse(text.contains("返回"), "navigation links are dropped");
    assertFalse(text.contains("文章来源"), "attribution moves to source_name");
  }

  @Test
  void publishedDateIsInTheJobTimeZone() {
    assertEquals(
        List.of(List.of("2025-01-01", "2025-01", "2024-12-31 23:30:00-05")),
        rows(
            "SELECT CAST(published_date AS VARCHAR), published_month,"
                + " strftime(published_at AT TIME ZONE 'America/New_York', '%Y-%m-%d %H:%M:%S-05')"
                + " FROM "
                + posts
                + " WHERE source_path = 'emnews/_posts/2024-12-31-202412312419217380.md'"));
  }

  @Test
  void jsonLinesPostsKeepTheirLineAndOrigin() {
    assertEquals(
        List.of(
            List.of(
                "dumps/posts-2025.jsonl#1", "_posts/2025-07-01-202507012500014327.md", "caixin"),
            List.of("dumps/posts-2025.jsonl#3", "", "caixin")),
        rows(
            "SELECT source_path, coalesce(original_path, ''), category FROM "
                + posts
                + " WHERE source_path IN ('dumps/posts-2025.jsonl#1', 'dumps/posts-2025.jsonl#3')"
                + " ORDER BY source_path"));
  }

  @Test
  void quirkyPostsAreFlagged() {
    assertEquals(1, count("SELECT count(*) FROM " + posts + " WHERE is_front_matter_lenient"));
    assertEquals(1, count("SELECT count(*) FROM " + posts + " WHERE NOT is_published"));
    assertEquals(
        "GB18030",
        value(
            "SELECT source_encoding FROM "
                + posts
                + " WHERE source_path = 'jiangxiribao/_posts/2024-07-31-202407312478265205.md'"));
    assertEquals(2, count("SELECT count(*) FROM " + posts + " WHERE date_source = 'filename'"));
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM (SELECT content_hash FROM "
                + posts
                + " WHERE source_path IN ('emnews/_posts/2024-06-19-202406192499725535.md',"
                + " '21shijijingjibaodao/_posts/2024-06-19-202406192411850458.md')"
                + " GROUP BY content_hash)"),
        "a syndicated story has one content_hash");
    assertEquals(77, count("SELECT count(DISTINCT post_id) FROM " + posts));
  }

  @Test
  void writtenParquetHasTheDeclaredColumnsInOrder() {
    List<Object> written =
        rows("SELECT column_name FROM (DESCRIBE SELECT * FROM " + posts + ")").stream()
            .map(r -> r.get(0))
            .toList();
    assertEquals(java.util.Arrays.asList(dev.posttrends.io.Schemas.POSTS.fieldNames()), written);
    List<Object> rejectColumns =
        rows("SELECT column_name FROM (DESCRIBE SELECT * FROM " + rejects + ")").stream()
            .map(r -> r.get(0))
            .toList();
    assertEquals(
        java.util.Arrays.asList(dev.posttrends.io.Schemas.REJECTS.fieldNames()), rejectColumns);
    assertEquals(
        "TIMESTAMP WITH TIME ZONE",
        value("SELECT column_type FROM (DESCRIBE SELECT" + " published_at FROM " + posts + ")"));
  }

  /** Counts inputs from the files themselves: post files plus non-blank JSON Lines lines. */
  static long countInputsIndependently(Path root) throws IOException {
    long n = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".jsonl")) {
          n += Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count();
        } else if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".html")) {
          n++;
        }
      }
    }
    return n;
  }

  private static java.time.LocalDate toLocalDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) value;
  }
}
