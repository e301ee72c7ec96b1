package dev.posttrends.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordScoresTest {

  @Test
  void strictMatchesIgnoreCaseAndSpaces() {
    assertEquals("timcook", KeywordScores.normalize("Tim\u3000 Cook"));
    assertEquals("shibor", KeywordScores.normalize("SHIBOR"));
  }

  @Test
  void softMatchesNeedTwoCharactersOnBothSides() {
    assertTrue(KeywordScores.soft("宁德", "宁德时代"));
    assertTrue(KeywordScores.soft("北向资金", "资金"));
    assertFalse(KeywordScores.soft("资", "资金"), "one character never matches softly");
    assertFalse(KeywordScores.soft("资金", "主力"));
  }

  @Test
  void microAveragedOverPosts() {
    KeywordScores s = new KeywordScores();
    // post 1: 4 keywords; 宁德时代 exact (both chose it), 资金 a fragment of 北向资金 (a only)
    s.add(List.of("宁德时代", "资金", "公司", "预计"), List.of("宁德时代", "北向资金"), List.of("宁德时代", "锂电池"));
    // post 2: 12 keywords, only the first 10 count; 贵州茅台 (both) at rank 11 is not found
    s.add(
        List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "Moutai", "贵州茅台", "x"),
        List.of("贵州茅台", "moutai"),
        List.of("贵州茅台"));
    // predicted 4 + 10; strict hits: 宁德时代, Moutai = 2; soft hits add 资金 = 3
    assertEquals(2 / 14.0, s.strictPrecision(), 1e-12);
    assertEquals(3 / 14.0, s.softPrecision(), 1e-12);
    // both chose: 宁德时代, 贵州茅台 — found strictly and softly: only 宁德时代
    assertEquals(0.5, s.strictRecall(), 1e-12);
    assertEquals(0.5, s.softRecall(), 1e-12);
    assertTrue(s.summary().contains("strict P@10=0.143 R@10=0.500"), s.summary());
  }

  @Test
  void aPostWithoutKeywordsCostsRecallOnly() {
    KeywordScores s = new KeywordScores();
    s.add(List.of(), List.of("北向资金"), List.of("北向资金"));
    assertEquals(0, s.strictRecall());
    assertEquals(0, s.strictPrecision(), "no keywords: nothing predicted, no division by zero");
  }
}
