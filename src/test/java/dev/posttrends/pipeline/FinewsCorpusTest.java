package dev.posttrends.pipeline;

import static dev.posttrends.testing.DuckDb.rows;
import static dev.posttrends.testing.DuckDb.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.posttrends.config.JobSpec;
import dev.posttrends.testing.Repo;
import dev.posttrends.testing.TestSessions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real posts of {@code ../shared/corpus/finews}: no post lost, and every publication instant
 * equal to the front matter's date, read here independently of the project's parser. Skipped with a
 * message when the shared folder is not beside the repository.
 */
class FinewsCorpusTest {

  private static final Pattern DATE_LINE = Pattern.compile("(?m)^date:[ \\t]*(.*?)[ \\t]*$");
  private static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");

  @TempDir Path tmp;

  @Test
  void noPostLostAndEveryDateIsTheFrontMatters() throws IOException {
    Path corpus = Repo.shared("corpus/finews");
    assumeTrue(corpus != null, "../shared/corpus/finews is absent: skipping the real-corpus test");
    Map<String, Long> expected = expectedInstants(corpus);
    long files;
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.filter(p -> p.toString().endsWith(".md")).count();
    }

    SparkSession spark = TestSessions.local();
    try {
      IngestJob.run(
          spark,
          JobSpec.defaults()
              .withInputs(List.of(corpus.toString()))
              .withOutput(tmp.resolve("out").toString())
              .withTimezone(SITE_ZONE.getId()));
    } finally {
      spark.stop();
    }
    String posts = table(tmp.resolve("out/posts"));
    String rejects = table(tmp.resolve("out/rejects"));
    Map<String, Long> actual =
        rows("SELECT source_path, epoch_us(published_at) FROM " + posts).stream()
            .collect(
                Collectors.toMap(
                    r -> (String) r.get(0),
                    r -> ((Number) r.get(1)).longValue() / 1_000_000L,
                    (a, b) -> a,
                    TreeMap::new));
    List<List<Object>> rejected = rows("SELECT source_path, reason FROM " + rejects);

    assertEquals(files, actual.size() + rejected.size(), "every file is a post or a reject");
    assertEquals(
        List.of(List.of("-202205262391921712.md", "MISSING_DATE")),
        rejected,
        "only the post without any date (no date in front matter nor file name) is rejected");
    assertEquals(expected, actual, "published_at equals the front-matter date of every post");
    assertEquals(
        List.of(List.of(0L)),
        rows(
            "SELECT count(*) FROM "
                + posts
                + " WHERE text LIKE '%返回东财滚动新闻%' OR text LIKE '%返回首页%'"));
  }

  /** Front-matter dates read with java.time: {@code yyyy-MM-dd HH:mm:ss[ Z]}, site zone if none. */
  private static Map<String, Long> expectedInstants(Path corpus) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    DateTimeFormatter withOffset = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");
    DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    try (Stream<Path> list = Files.list(corpus)) {
      for (Path file : list.filter(p -> p.toString().endsWith(".md")).toList()) {
        Matcher m = DATE_LINE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        if (!m.find() || !m.group(1).matches("\\d{4}-.*")) {
          continue; // no usable date: must be the one reject
        }
        String value = m.group(1);
        long epoch =
            value.length() > 19
                ? OffsetDateTime.parse(value, withOffset).toEpochSecond()
                : LocalDateTime.parse(value, local).atZone(SITE_ZONE).toEpochSecond();
        out.put(file.getFileName().toString(), epoch);
      }
    }
    return out;
  }
}
