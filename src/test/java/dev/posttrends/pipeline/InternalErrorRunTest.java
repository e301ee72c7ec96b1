package dev.posttrends.pipeline;

import static dev.posttrends.testing.DuckDb.count;
import static dev.posttrends.testing.DuckDb.rows;
import static dev.posttrends.testing.DuckDb.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.posttrends.config.JobSpec;
import dev.posttrends.extract.PostParser;
import dev.posttrends.testing.Jobs;
import dev.posttrends.testing.SparkTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unexpected exception while parsing one input, provoked inside the Spark tasks of a real run by
 * the parser's test-only fault property, becomes an {@code INTERNAL_ERROR} reject naming the
 * exception's class and message, for a post file and for JSON Lines lines alike; the run goes on
 * and still accounts for every input.
 */
class InternalErrorRunTest extends SparkTestBase {

  @TempDir Path tmp;

  @Test
  void aParserFailureIsAnInternalErrorRejectAndTheRunGoesOn() throws IOException {
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("_posts"));
    Files.writeString(site.resolve("_posts/2024-01-02-one.md"), "---\ntitle: one\n---\n第一篇。\n");
    Files.writeString(site.resolve("_posts/2024-01-03-boom.md"), "---\ntitle: boom\n---\n第二篇。\n");
    String line = "{\"title\":\"j\",\"date\":\"2024-01-04\",\"body\":\"正文\"}\n";
    Files.writeString(site.resolve("boom.jsonl"), line + "\n" + line);
    Files.writeString(site.resolve("ok.jsonl"), line);
    Path out = tmp.resolve("out");
    JobSpec spec = Jobs.spec(site, out, "UTC").withStages(List.of(JobSpec.INGEST));

    Accounting result;
    System.setProperty(PostParser.FAULT_PROPERTY, "boom");
    try {
      result = IngestJob.run(spark, spec);
    } finally {
      System.clearProperty(PostParser.FAULT_PROPERTY);
    }

    String rejects = table(out.resolve("rejects"));
    assertEquals(
        List.of(
            List.of("_posts/2024-01-03-boom.md", "file", "---\ntitle: boom\n---\n第二篇。\n"),
            List.of("boom.jsonl#1", "jsonl", line.strip()),
            List.of("boom.jsonl#3", "jsonl", line.strip())),
        rows(
            "SELECT source_path, source_format, excerpt FROM "
                + rejects
                + " WHERE reason = 'INTERNAL_ERROR' ORDER BY source_path"));
    for (List<Object> row :
        rows("SELECT source_path, message FROM " + rejects + " ORDER BY source_path")) {
      assertEquals(
          "Cannot read " + row.get(0) + ": IllegalStateException: injected fault for " + row.get(0),
          row.get(1));
    }
    assertEquals(
        List.of(List.of("_posts/2024-01-02-one.md"), List.of("ok.jsonl#1")),
        rows("SELECT source_path FROM " + table(out.resolve("posts")) + " ORDER BY 1"));
    assertEquals(5, result.inputs(), "two files and three JSON lines");
    assertEquals(result.inputs(), result.posts() + result.rejects(), "inputs = posts + rejects");
    assertEquals(Map.of("INTERNAL_ERROR", 3L), result.rejectsByReason());
    assertEquals(3, count("SELECT count(*) FROM " + rejects));
    assertTrue(Files.exists(out.resolve("manifest.json")), "the run committed its output");
  }
}
