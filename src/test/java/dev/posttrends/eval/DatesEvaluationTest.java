package dev.posttrends.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Keeps the date extractor at F1 ≥ 0.90 on the annotated dev set, when the set is present. */
class DatesEvaluationTest {

  private static final Path GOLD = Path.of("../shared/gold");

  @Test
  void f1OnDevSetIsAtLeastNinetyPercent() {
    Assumptions.assumeTrue(
        Files.isRegularFile(GOLD.resolve("dates_dev.jsonl")),
        "Skipped: no date gold set at " + GOLD.toAbsolutePath() + " (dates_dev.jsonl)");
    DatesEvaluation.Report report = DatesEvaluation.evaluate(GOLD);
    assertTrue(report.f1() >= 0.90, "Date F1 below 0.90:\n" + report);
  }
}
