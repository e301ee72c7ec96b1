package dev.posttrends.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.posttrends.extract.keywords.Segmenter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fast segmenter on the SIGHAN 2005 MSR test set: F1 must stay at or above 0.860 (HanLP's
 * Viterbi segmenter scores 0.866 there). Speed is printed, not asserted: tests run C1-only.
 */
class SegmentationEvaluationTest {

  private static final Path MSR = Path.of("../shared/bench/sighan2005");

  @Test
  void fastSegmenterF1OnMsrAtLeast0860() throws Exception {
    Path text = MSR.resolve("msr_test.utf8");
    Path gold = MSR.resolve("msr_test_gold.utf8");
    assumeTrue(
        Files.isRegularFile(text) && Files.isRegularFile(gold),
        "Skipped: no SIGHAN 2005 MSR test set at " + MSR.toAbsolutePath().normalize());
    SegmentationEvaluation.Report report =
        SegmentationEvaluation.evaluate(text, gold, Segmenter.FAST, 1);
    System.out.println(report);
    assertTrue(report.f1() >= 0.860, () -> "Fast segmenter F1 below 0.860 on MSR: " + report);
  }
}
