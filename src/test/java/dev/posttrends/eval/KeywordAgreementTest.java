package dev.posttrends.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Top-10 keywords per real post with the fast segmenter against the accurate one: mean Jaccard
 * similarity must stay at or above 0.85.
 */
class KeywordAgreementTest {

  private static final Path CORPUS = Path.of("../shared/corpus");

  @Test
  void fastAndAccurateTopTermsAgree() throws Exception {
    assumeTrue(
        Files.isDirectory(CORPUS),
        "Skipped: no real posts at " + CORPUS.toAbsolutePath().normalize());
    KeywordAgreement.Report report = KeywordAgreement.evaluate(CORPUS);
    System.out.printf("posts=%d mean_jaccard=%.3f%n", report.rows().size(), report.meanJaccard());
    assertTrue(report.rows().size() >= 100, "posts: " + report.rows().size());
    assertTrue(
        report.meanJaccard() >= 0.85,
        () -> String.format("Mean top-10 Jaccard below 0.85: %.3f", report.meanJaccard()));
  }
}
