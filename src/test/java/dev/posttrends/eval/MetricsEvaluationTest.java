package dev.posttrends.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The metric extractor on the annotated dev set: F1 must stay at or above 0.90. */
class MetricsEvaluationTest {

  private static final Path GOLD = Path.of("../shared/gold");

  @Test
  void devSetF1AtLeastNinetyPercent() {
    assumeTrue(
        Files.isRegularFile(GOLD.resolve("dev.jsonl")),
        "Skipped: no annotated gold set at " + GOLD.toAbsolutePath().normalize());
    MetricsEvaluation.Report report = MetricsEvaluation.evaluate(GOLD);
    System.out.print(report);
    assertTrue(report.f1() >= 0.90, () -> "Metric F1 below 0.90 on the dev set:\n" + report);
  }
}
