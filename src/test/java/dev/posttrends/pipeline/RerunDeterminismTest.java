package dev.posttrends.pipeline;

import static dev.posttrends.testing.DuckDb.count;
import static dev.posttrends.testing.DuckDb.rows;
import static dev.posttrends.testing.DuckDb.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.posttrends.config.JobSpec;
import dev.posttrends.generate.CorpusGenerator;
import dev.posttrends.generate.CorpusPlan;
import dev.posttrends.generate.ExpectedCounts;
import dev.posttrends.testing.CompareOutputs;
import dev.posttrends.testing.SparkTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same job on the same input, run twice into two outputs, writes the same rows in every table,
 * compared exactly (doubles bit for bit) with DuckDB, order-independent; the runs differ only in
 * their manifests, and no table holds a run's id or a clock reading of the run.
 */
class RerunDeterminismTest extends SparkTestBase {

  @TempDir Path tmp;

  @Test
  void twoRunsOfTheSameInputWriteIdenticalTables() throws Exception {
    Path site = tmp.resolve("site");
    // 150 generated files, 7 of them broken (one of each kind), plus a JSON Lines dump
    ExpectedCounts expected = CorpusGenerator.generate(site, new CorpusPlan(11, 150, 7.0 / 150), 2);
    Files.writeString(site.resolve("feed.jsonl"), JsonLinesDump.TEXT);
    JobSpec spec =
        JobSpec.defaults().withInputs(List.of(site.toString())).withTimezone("Asia/Shanghai");
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    long start = System.nanoTime();
    Accounting first = IngestJob.run(spark, spec.withOutput(a.toString()));
    long middle = System.nanoTime();
    Accounting second = IngestJob.run(spark, spec.withOutput(b.toString()));
    System.out.printf(
        "runs: %.1f s and %.1f s%n", (middle - start) / 1e9, (System.nanoTime() - middle) / 1e9);
    assertEquals(first, second);
    assertEquals(expected.posts() + JsonLinesDump.POSTS, first.posts());
    assertEquals(expected.rejectTotal() + JsonLinesDump.REJECTS, first.rejects());

    assertEquals(
        List.of(), CompareOutputs.differingTables(a, b, Set.of(), true), "tables that differ");
    for (String t : CompareOutputs.TABLES) {
      assertTrue(count("SELECT count(*) FROM " + table(a.resolve(t))) > 0, t + " is not empty");
    }

    JsonNode ma = new ObjectMapper().readTree(a.resolve("manifest.json").toFile());
    JsonNode mb = new ObjectMapper().readTree(b.resolve("manifest.json").toFile());
    System.out.println("stage seconds of run a: " + ma.at("/stage_seconds"));
    String runA = ma.at("/run_id").asText();
    String runB = mb.at("/run_id").asText();
    assertNotEquals(runA, runB, "each run has its own id");
    assertNotEquals(ma.at("/started_at").asText(), mb.at("/started_at").asText());
    for (String t : CompareOutputs.TABLES) {
      assertNoRunIdentity(b.resolve(t), List.of(runA, runB), ma.at("/started_at").asText());
    }
  }

  /**
   * No row of the table mentions a run id, and no date or timestamp column holds a value at or
   * after the first run's start: every date of the input is years earlier, so such a value could
   * only be a clock reading.
   */
  private static void assertNoRunIdentity(Path folder, List<String> runIds, String startedAt) {
    String t = table(folder);
    for (String id : runIds) {
      assertEquals(
          0,
          count("SELECT count(*) FROM " + t + " AS r WHERE CAST(r AS VARCHAR) LIKE '%" + id + "%'"),
          folder + " holds run id " + id);
    }
    for (List<Object> col : rows("DESCRIBE SELECT * FROM " + t)) {
      String type = col.get(1).toString();
      String start = "TIMESTAMPTZ '" + startedAt + "'";
      // a DATE of the run's day may be the day before in UTC: one day of margin
      String bound =
          type.equals("DATE")
              ? "CAST(" + start + " AS DATE) - 1"
              : type.startsWith("TIMESTAMP") ? start : null;
      if (bound != null) {
        assertEquals(
            0,
            count("SELECT count(*) FROM " + t + " WHERE \"" + col.get(0) + "\" >= " + bound),
            folder + "." + col.get(0) + " holds a value of the run's time");
      }
    }
  }

  /** A JSON Lines dump of each form: a whole file, a structured post, and two bad lines. */
  static final class JsonLinesDump {
    static final int POSTS = 2;
    static final int REJECTS = 2;
    static final String TEXT =
        "{\"path\":\"feed/_posts/2024-05-06-whole.md\",\"content\":\"---\\ntitle: 整篇\\n---\\n"
            + "今年1至4月，合同签约资金315.25亿元，同比增长7.79%。\\n\"}\n"
            + "{\"title\":\"structured\",\"date\":\"2024-05-07 09:30:00 +0800\","
            + "\"categories\":[\"feed\"],\"tags\":[\"t\"],\"body\":\"Revenue rose 12% to $3.5"
            + " billion in the first quarter.\"}\n"
            + "{\"title\": \"cut\n"
            + "[1, 2]\n";
  }
}
