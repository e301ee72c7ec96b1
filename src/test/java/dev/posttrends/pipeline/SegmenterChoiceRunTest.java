package dev.posttrends.pipeline;

import static dev.posttrends.testing.DuckDb.rows;
import static dev.posttrends.testing.DuckDb.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.posttrends.config.JobSpec;
import dev.posttrends.testing.Jobs;
import dev.posttrends.testing.SparkTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keywords.segmenter} reaches the extraction tasks: the same post gives the Viterbi
 * segmenter's person name only under {@code accurate}, and each run's raw fingerprint names its
 * segmenter, so switching segmenters never reuses the other's raw rows.
 */
class SegmenterChoiceRunTest extends SparkTestBase {

  @TempDir Path tmp;

  @Test
  void theSpecsSegmenterMakesTheKeywords() throws Exception {
    Path posts = Files.createDirectories(tmp.resolve("site/_posts"));
    // a personal name that no dictionary lists: HanLP's Viterbi recognises it, the fast route not
    String body = "法院一审宣判，被告人顾国平犯集资诈骗罪。顾国平当庭表示上诉。顾国平案涉及金额巨大。";
    Files.writeString(
        posts.resolve("2021-12-08-trial.md"),
        "---\ntitle: 集资诈骗案一审宣判\ndate: 2021-12-08 10:00:00 +0800\n---\n" + body + "\n");
    Path fast = tmp.resolve("fast");
    Path accurate = tmp.resolve("accurate");
    JobSpec spec = Jobs.spec(tmp.resolve("site"), fast, "Asia/Shanghai");
    IngestJob.run(spark, spec.withStages(List.of(JobSpec.INGEST)));
    IngestJob.run(
        spark,
        spec.withOutput(accurate.toString())
            .withSegmenter("accurate")
            .withStages(List.of(JobSpec.INGEST)));

    List<String> fastTerms = terms(fast);
    List<String> accurateTerms = terms(accurate);
    assertTrue(accurateTerms.contains("顾国平"), "accurate: " + accurateTerms);
    assertFalse(fastTerms.contains("顾国平"), "fast: " + fastTerms);
    // both keep the nouns; verbs (宣判) are no keywords with either (法院, a common word, falls
    // under a quarter of the name's score with accurate: the cut of KeywordSteps)
    assertTrue(
        fastTerms.contains("被告人") && accurateTerms.contains("被告人"),
        fastTerms + " " + accurateTerms);
    assertFalse(fastTerms.contains("宣判") || accurateTerms.contains("宣判"));
    assertEquals("fast", fingerprintSegmenter(fast));
    assertEquals("accurate", fingerprintSegmenter(accurate));
  }

  private static List<String> terms(Path out) {
    return rows("SELECT term FROM " + table(out.resolve("keywords")) + " ORDER BY rank").stream()
        .map(r -> (String) r.get(0))
        .collect(Collectors.toList());
  }

  private static String fingerprintSegmenter(Path out) throws Exception {
    String fingerprint =
        new ObjectMapper()
            .readTree(out.resolve("manifest.json").toFile())
            .path("raw_fingerprint")
            .asText();
    return fingerprint.replaceAll(".*;segmenter=([a-z]+).*", "$1");
  }
}
