package dev.posttrends.pipeline;

import static dev.posttrends.testing.DuckDb.count;
import static dev.posttrends.testing.DuckDb.rows;
import static dev.posttrends.testing.DuckDb.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.posttrends.config.JobSpec;
import dev.posttrends.config.JobSpecException;
import dev.posttrends.testing.SparkTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun replaces the output completely; a failed run leaves the previous output readable and its
 * rejects beside it.
 */
class OutputReplaceTest extends SparkTestBase {

  @TempDir Path tmp;

  private static void post(Path root, String rel, String date, String body) throws IOException {
    Path file = root.resolve(rel);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\ntitle: t\ndate: " + date + "\n---\n" + body);
  }

  @Test
  void rerunReplacesAndFailedRunKeepsPrevious() throws IOException {
    Path in = tmp.resolve("site");
    Path out = tmp.resolve("out");
    post(in, "a/_posts/2024-01-01-one.md", "2024-01-01 10:00:00 +0800", "一");
    post(in, "a/_posts/2024-02-01-two.md", "2024-02-01 10:00:00 +0800", "二");
    JobSpec spec =
        JobSpec.defaults()
            .withInputs(List.of(in.toString()))
            .withOutput(out.toString())
            .withTimezone("Asia/Shanghai");
    IngestJob.run(spark, spec);
    Files.writeString(out.resolve("stale.txt"), "left by someone");
    assertEquals(2, count("SELECT count(*) FROM " + table(out.resolve("posts"))));

    Files.delete(in.resolve("a/_posts/2024-02-01-two.md"));
    IngestJob.run(spark, spec);
    assertEquals(1, count("SELECT count(*) FROM " + table(out.resolve("posts"))));
    assertFalse(Files.exists(out.resolve("stale.txt")), "rerun replaces the output completely");
    assertFalse(Files.exists(out.resolve("posts/published_month=2024-02")));

    Files.writeString(in.resolve("a/_posts/broken.md"), "no front matter");
    String manifestBefore = Files.readString(out.resolve("manifest.json"));
    JobSpec strict = spec.withLimits(spec.maxFileBytes(), 0.1, spec.filesPerTask());
    JobFailedException failure =
        assertThrows(JobFailedException.class, () -> IngestJob.run(spark, strict));
    assertTrue(failure.getMessage().contains("NO_FRONT_MATTER"), failure.getMessage());
    assertEquals(manifestBefore, Files.readString(out.resolve("manifest.json")));
    assertEquals(1, count("SELECT count(*) FROM " + table(out.resolve("posts"))));
    List<Path> kept;
    try (Stream<Path> siblings = Files.list(tmp)) {
      kept = siblings.filter(p -> p.getFileName().toString().startsWith(".out.")).toList();
    }
    assertEquals(1, kept.size(), "only the failed run's folder is left beside the output");
    Path failed = kept.get(0);
    assertTrue(failed.getFileName().toString().startsWith(".out.failed-"), failed.toString());
    assertTrue(
        failure.getMessage().contains(failed.getFileName().toString()), failure.getMessage());
    assertEquals(
        List.of(List.of("a/_posts/broken.md", "NO_FRONT_MATTER")),
        rows("SELECT source_path, reason FROM " + table(failed.resolve("rejects"))));
    JsonNode manifest = new ObjectMapper().readTree(failed.resolve("manifest.json").toFile());
    assertEquals("failed", manifest.at("/status").asText());
    assertEquals(1, manifest.at("/rejects/by_reason/NO_FRONT_MATTER").asLong());
    assertFalse(Files.exists(failed.resolve("posts")), "only the rejects are kept");
  }

  @Test
  void missingInputIsAUsageErrorBeforeAnythingIsWritten() {
    JobSpec spec =
        JobSpec.defaults()
            .withInputs(List.of(tmp.resolve("nope").toString()))
            .withOutput(tmp.resolve("out").toString());
    JobSpecException e = assertThrows(JobSpecException.class, () -> IngestJob.run(spark, spec));
    assertTrue(e.getMessage().contains("nope"), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("out")));
  }
}
