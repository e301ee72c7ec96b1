package dev.posttrends.pipeline;

import static dev.posttrends.testing.DuckDb.count;
import static dev.posttrends.testing.DuckDb.rows;
import static dev.posttrends.testing.DuckDb.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.posttrends.config.JobSpec;
import dev.posttrends.generate.CorpusGenerator;
import dev.posttrends.generate.CorpusPlan;
import dev.posttrends.generate.ExpectedCounts;
import dev.posttrends.testing.ChildRun;
import dev.posttrends.testing.Jobs;
import dev.posttrends.testing.SparkTestBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a real driver process while it writes Parquet into an existing output: the previous
 * output stays complete, readable and unchanged; the killed run's staging folder is left beside it
 * and ignored by the next run, which replaces the output with the new input's.
 */
class KillDuringWriteTest extends SparkTestBase {

  static final List<String> TABLES =
      List.of("posts", "metrics", "date_mentions", "keywords", "entities", "rejects");

  @TempDir Path tmp;

  @Test
  void killedWriteKeepsThePreviousOutputAndTheNextRunReplacesIt() throws Exception {
    Path oldSite = tmp.resolve("old");
    CorpusGenerator.generate(oldSite, new CorpusPlan(1, 60, 7.0 / 60), 2);
    Path newSite = tmp.resolve("new");
    // big enough that writing its tables takes seconds on a loaded 2-core machine
    ExpectedCounts fresh =
        CorpusGenerator.generate(newSite, new CorpusPlan(2, 1500, 7.0 / 1500), 2);
    Path out = tmp.resolve("out");
    JobSpec spec =
        JobSpec.defaults()
            .withOutput(out.toString())
            .withTimezone("Asia/Shanghai")
            .withStages(List.of(JobSpec.INGEST));

    IngestJob.run(spark, spec.withInputs(List.of(oldSite.toString())));
    Map<String, List<List<Object>>> before = contents(out);
    String manifestBefore = Files.readString(out.resolve("manifest.json"));

    Path staging = killDuringWrite(newSite, out);
    assertEquals(before, contents(out), "the previous output is unchanged and fully readable");
    assertEquals(manifestBefore, Files.readString(out.resolve("manifest.json")));
    assertEquals(List.of(staging.getFileName().toString(), "out"), siblings(), "no .previous-");
    long stagedFiles = files(staging).size();

    long start = System.nanoTime();
    Accounting third = IngestJob.run(spark, spec.withInputs(List.of(newSite.toString())));
    System.out.printf("third run: %.1f s%n", (System.nanoTime() - start) / 1e9);
    assertEquals(fresh.posts(), third.posts());
    assertEquals(fresh.rejectTotal(), third.rejects());
    assertEquals(
        inputFiles(newSite),
        rows(
            "SELECT source_path FROM "
                + table(out.resolve("posts"))
                + " UNION ALL SELECT source_path FROM "
                + table(out.resolve("rejects"))
                + " ORDER BY 1"),
        "the output holds the new input, each file once");
    assertNotEquals(before, contents(out));
    // the killed run's staging folder is not cleaned, but ignored: not read, not swapped in
    assertEquals(List.of(staging.getFileName().toString(), "out"), siblings());
    assertEquals(stagedFiles, files(staging).size());
  }

  /**
   * Starts a run of {@code site} into {@code out} in a child JVM, SIGKILLs it once Parquet part
   * files appear in its staging folder, and returns that folder. Fails, rather than pass without a
   * kill, if the child ends by itself.
   */
  private Path killDuringWrite(Path site, Path out) throws Exception {
    Path log = tmp.resolve("child.log");
    Files.createDirectories(tmp.resolve("child-tmp"));
    List<String> args = Jobs.ingestArgs(site, out, "Asia/Shanghai");
    long start = System.nanoTime();
    Process child = ChildRun.start(tmp.resolve("child-tmp"), log, args);
    ProcessHandle handle = child.toHandle();
    Path staging = null;
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (staging == null || !hasPartFiles(staging)) {
        if (!child.isAlive()) {
          fail(
              "the child run ended (exit "
                  + child.exitValue()
                  + ") before its write could be killed; make the corpus bigger. Log:\n"
                  + Files.readString(log));
        }
        if (System.nanoTime() > deadline) {
          fail(
              "no Parquet part file in the staging folder after 120 s. Log:\n"
                  + Files.readString(log));
        }
        staging = stagingFolder(out);
        Thread.sleep(20);
      }
      List<ProcessHandle> descendants = handle.descendants().toList();
      assertTrue(child.isAlive(), "alive at the kill");
      child.destroyForcibly(); // SIGKILL on Linux
      descendants.forEach(ProcessHandle::destroyForcibly);
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child died");
    } finally {
      child.destroyForcibly();
    }
    Path staged = staging;
    System.out.printf(
        "killed after %.1f s, staging held %s%n",
        (System.nanoTime() - start) / 1e9,
        files(staged).stream().map(p -> staged.relativize(p).toString()).toList());
    assertEquals(
        137, child.exitValue(), "killed by SIGKILL (128 + 9). Log:\n" + Files.readString(log));
    assertFalse(handle.isAlive());
    assertFalse(ProcessHandle.of(handle.pid()).map(ProcessHandle::isAlive).orElse(false));
    assertTrue(Files.isDirectory(staging), "the killed run never swapped its staging folder in");
    assertTrue(hasPartFiles(staging), "it was killed while writing Parquet");
    assertFalse(Files.exists(staging.resolve("manifest.json")), "before its manifest");
    return staging;
  }

  /** Per table: row count and an order-independent checksum of all columns, read by DuckDB. */
  private static Map<String, List<List<Object>>> contents(Path out) {
    Map<String, List<List<Object>>> found = new LinkedHashMap<>();
    for (String t : TABLES) {
      found.put(
          t,
          rows(
              "SELECT count(*), CAST(sum(hash(r)) AS VARCHAR) FROM "
                  + table(out.resolve(t))
                  + " AS r"));
      assertTrue(count("SELECT count(*) FROM " + table(out.resolve(t))) > 0, t);
    }
    return found;
  }

  private Path stagingFolder(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out.getParent())) {
      return s.filter(p -> p.getFileName().toString().startsWith(".out.staging-"))
          .findFirst()
          .orElse(null);
    }
  }

  private static boolean hasPartFiles(Path staging) {
    return files(staging).stream().anyMatch(p -> p.getFileName().toString().startsWith("part-"));
  }

  /** Regular files under {@code folder}; tolerates files that vanish while it walks. */
  private static List<Path> files(Path folder) {
    for (int attempt = 0; ; attempt++) {
      try (Stream<Path> s = Files.walk(folder)) {
        return s.filter(Files::isRegularFile).toList();
      } catch (IOException | UncheckedIOException e) {
        if (attempt == 10) {
          throw new AssertionError("Cannot walk " + folder, e);
        }
      }
    }
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.equals("out") || n.startsWith(".out."))
          .sorted()
          .toList();
    }
  }

  /** The post files of a generated site, relative and sorted: what the output must hold. */
  private static List<List<Object>> inputFiles(Path site) throws IOException {
    List<List<Object>> paths = new ArrayList<>();
    try (Stream<Path> s = Files.walk(site)) {
      s.filter(p -> p.toString().endsWith(".md"))
          .map(p -> site.relativize(p).toString())
          .sorted()
          .forEach(p -> paths.add(List.of(p)));
    }
    return paths;
  }
}
