package dev.posttrends.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobSpecLoaderTest {

  @TempDir Path tmp;

  private JobSpec load(String yaml) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("jobs"));
    Path file = dir.resolve("job.yaml");
    Files.writeString(file, yaml);
    return JobSpecLoader.load(file);
  }

  @Test
  void readsEveryKeyAndResolvesRelativePathsAgainstTheSpecFolder() throws IOException {
    JobSpec spec =
        load(
            """
            name: t
            inputs: [../site, hdfs://nn/sites/x, s3a://bucket/y]
            include: "*.md"
            exclude: ["**/_site/**"]
            timezone: Asia/Shanghai
            output: ../out
            spark: {spark.sql.shuffle.partitions: 4}
            limits: {max_file_bytes: 1000, max_reject_fraction: 0.25, files_per_task: 10}
            keywords: {segmenter: Accurate}
            """);
    assertEquals(
        List.of(tmp.resolve("site").toString(), "hdfs://nn/sites/x", "s3a://bucket/y"),
        spec.inputs());
    assertEquals(List.of("*.md"), spec.include());
    assertEquals(List.of("**/_site/**"), spec.exclude());
    assertEquals("Asia/Shanghai", spec.timezone());
    assertEquals(tmp.resolve("out").toString(), spec.output());
    assertEquals(Map.of("spark.sql.shuffle.partitions", "4"), spec.spark());
    assertEquals(1000, spec.maxFileBytes());
    assertEquals(0.25, spec.maxRejectFraction());
    assertEquals(10, spec.filesPerTask());
    assertEquals(dev.posttrends.extract.keywords.Segmenter.ACCURATE, spec.keywordSegmenter());
    assertTrue(spec.report(), "the report is on by default");
    assertTrue(!load("inputs: [a]\nreport: false\n").report());
    assertThrows(JobSpecException.class, () -> load("report: maybe\n"));
  }

  @Test
  void readsADateRangeAndRefusesABadOne() throws IOException {
    JobSpec spec = load("inputs: [a]\nsince: 2024-01-01\nuntil: '2024-12-31'\n");
    assertEquals(java.time.LocalDate.of(2024, 1, 1), spec.since());
    assertEquals(java.time.LocalDate.of(2024, 12, 31), spec.until());
    JobSpecException bad = assertThrows(JobSpecException.class, () -> load("since: 2024-13-01\n"));
    assertTrue(bad.getMessage().contains("'since'"), bad.getMessage());
    JobSpecException reversed =
        assertThrows(JobSpecException.class, () -> load("since: 2024-02-01\nuntil: 2024-01-01\n"));
    assertTrue(reversed.getMessage().contains("after"), reversed.getMessage());
  }

  @Test
  void defaultsWhenKeysAreAbsent() throws IOException {
    JobSpec spec = load("inputs: [a]\n");
    assertEquals(JobSpec.DEFAULT_INCLUDE, spec.include());
    assertEquals(JobSpec.DEFAULT_MAX_FILE_BYTES, spec.maxFileBytes());
    assertEquals(null, spec.timezone());
    assertEquals(dev.posttrends.extract.keywords.Segmenter.FAST, spec.keywordSegmenter());
  }

  @Test
  void errorsNameTheKeyAndValue() {
    assertMessage("Unknown key 'input'", "input: [a]\n");
    assertMessage("Unknown time zone 'Asia/Shanghia'", "timezone: Asia/Shanghia\n");
    assertMessage("'limits.max_reject_fraction'", "limits: {max_reject_fraction: -1}\n");
    assertMessage("not a Spark setting", "spark: {shuffle: 4}\n");
    assertMessage("Cannot use keywords.segmenter 'quick'", "keywords: {segmenter: quick}\n");
    assertMessage("Unknown key 'keywords.top'", "keywords: {top: 5}\n");
    assertMessage("must be a mapping", "- a\n- b\n");
    assertMessage("Cannot parse job spec", "inputs: [a\n");
  }

  private void assertMessage(String expected, String yaml) {
    JobSpecException e = assertThrows(JobSpecException.class, () -> load(yaml));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
