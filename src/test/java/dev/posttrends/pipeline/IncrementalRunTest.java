package dev.posttrends.pipeline;

import static dev.posttrends.testing.DuckDb.count;
import static dev.posttrends.testing.DuckDb.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.posttrends.config.JobSpec;
import dev.posttrends.testing.CompareOutputs;
import dev.posttrends.testing.GenerateCorpus;
import dev.posttrends.testing.Jobs;
import dev.posttrends.testing.SparkTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun into the same output reads only new or changed files, carries the rest over from the
 * previous {@code raw} table, and ends with tables equal to a full run's over the same input; a
 * rerun with nothing new writes nothing; {@code --since/--until} keep only a date range of posts.
 */
class IncrementalRunTest extends SparkTestBase {

  @TempDir Path tmp;

  private static final List<String> TABLES = tablesWithRaw();

  private static List<String> tablesWithRaw() {
    List<String> tables = new ArrayList<>(CompareOutputs.TABLES);
    tables.add(Increment.RAW);
    return tables;
  }

  @Test
  void rerunReadsOnlyChangesAndEqualsFullRun() throws Exception {
    Path site = tmp.resolve("site");
    GenerateCorpus.generate(site, 120, 7);
    Files.writeString(
        site.resolve("dump.jsonl"),
        "{\"title\":\"一\",\"date\":\"2023-03-01 08:00:00 +0800\",\"content\":\"营收增长12%\"}\n");
    Path out = tmp.resolve("out");
    JobSpec spec = Jobs.spec(site, out, "Asia/Shanghai");
    IngestJob.run(spark, spec);
    assertFalse(manifest(out).at("/incremental").asBoolean());

    List<Path> posts = postFiles(site);
    GenerateCorpus.generate(site.resolve("more"), 20, 8); // 20 new files
    Files.writeString(posts.get(3), "\n新增一段：净利润下降3.5个百分点。\n", appendMode());
    Files.setLastModifiedTime(posts.get(5), FileTime.fromMillis(1_700_000_000_000L)); // touched
    Files.delete(posts.get(7));
    Files.delete(posts.get(8));
    Files.writeString(posts.get(10), "no front matter any more");
    Files.writeString(
        site.resolve("dump.jsonl"),
        "{\"title\":\"二\",\"date\":\"2023-03-02 08:00:00 +0800\",\"content\":\"下降5%\"}\n",
        appendMode());

    IngestJob.run(spark, spec);
    JsonNode incremental = manifest(out);
    assertTrue(incremental.at("/incremental").asBoolean(), incremental.toString());
    assertEquals(20 + 4, incremental.at("/raw/files_read_now").asLong(), incremental.toString());
    assertEquals(6, incremental.at("/raw/previous_files_gone_or_changed").asLong());
    assertEquals(120 + 1 - 2 - 4, incremental.at("/raw/files_reused").asLong());

    Path full = tmp.resolve("full");
    IngestJob.run(spark, spec.withOutput(full.toString()));
    assertFalse(manifest(full).at("/incremental").asBoolean());
    assertEquals(List.of(), CompareOutputs.differing(out, full, TABLES, Set.of(), true));
    assertEquals(
        manifest(full).at("/inputs").toString(),
        incremental.at("/inputs").toString(),
        "inputs = posts + rejects counted the same way");

    String before = Files.readString(out.resolve("manifest.json"));
    IngestJob.run(spark, spec);
    assertEquals(before, Files.readString(out.resolve("manifest.json")), "nothing new: no write");
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertEquals(0, siblings.filter(p -> p.getFileName().toString().startsWith(".")).count());
    }
  }

  @Test
  void sinceAndUntilKeepOnlyTheRangeAndCountTheRest() throws Exception {
    Path site = tmp.resolve("site");
    GenerateCorpus.generate(site, 120, 11);
    Path out = tmp.resolve("out");
    JobSpec spec = Jobs.spec(site, out, "Asia/Shanghai");
    IngestJob.run(spark, spec);
    String posts = table(out.resolve("posts"));
    String inRange = " WHERE published_date BETWEEN DATE '2021-01-01' AND DATE '2022-06-30'";
    long all = count("SELECT count(*) FROM " + posts);
    long kept = count("SELECT count(*) FROM " + posts + inRange);
    long keptMetrics = count("SELECT count(*) FROM " + table(out.resolve("metrics")) + inRange);
    assertTrue(kept > 0 && kept < all, kept + " of " + all);

    IngestJob.run(spark, spec.withRange(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 6, 30)));
    JsonNode m = manifest(out);
    assertEquals(0, m.at("/raw/files_read_now").asLong(), "the range reuses the raw table");
    assertEquals(kept, count("SELECT count(*) FROM " + table(out.resolve("posts"))));
    assertEquals(kept, count("SELECT count(*) FROM " + table(out.resolve("posts")) + inRange));
    assertEquals(keptMetrics, count("SELECT count(*) FROM " + table(out.resolve("metrics"))));
    assertEquals(all - kept, m.at("/range/posts_outside").asLong());
    assertEquals(all, m.at("/posts").asLong());
    assertEquals(
        m.at("/inputs/total").asLong(), m.at("/posts").asLong() + m.at("/rejects/total").asLong());
    assertEquals(kept, m.at("/tables/posts/rows").asLong());
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM "
                + table(out.resolve("trends/category_period"))
                + " WHERE period_start < DATE '2020-12-28'")); // the ISO week of 2021-01-01
  }

  @Test
  void anUnreadablePreviousManifestMeansAFullRun() throws Exception {
    Path site = tmp.resolve("site");
    GenerateCorpus.generate(site, 20, 3);
    Path out = tmp.resolve("out");
    JobSpec spec = Jobs.spec(site, out, "Asia/Shanghai");
    IngestJob.run(spark, spec);
    Files.writeString(out.resolve("manifest.json"), "{ truncated");
    IngestJob.run(spark, spec);
    JsonNode m = manifest(out);
    assertFalse(m.at("/incremental").asBoolean());
    assertTrue(m.at("/incremental_reason").asText().contains("unreadable"), m.toString());
    assertEquals(20, m.at("/raw/files_read_now").asLong());
  }

  private static java.nio.file.OpenOption[] appendMode() {
    return new java.nio.file.OpenOption[] {java.nio.file.StandardOpenOption.APPEND};
  }

  private static List<Path> postFiles(Path site) throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      return files
          .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".html"))
          .sorted()
          .toList();
    }
  }

  private static JsonNode manifest(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
  }
}
