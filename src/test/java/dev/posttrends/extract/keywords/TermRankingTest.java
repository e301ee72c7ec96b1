package dev.posttrends.extract.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermRankingTest {

  @Test
  void scoresAreSublinearCountsPlusTheTitleTimesIdf() {
    assertEquals(1.0, TermRanking.weight(1, false), 0.0);
    assertEquals(1 + Math.log(3), TermRanking.weight(3, false), 1e-15);
    assertEquals(1 + Math.log(2) + TermRanking.TITLE_WEIGHT, TermRanking.weight(2, true), 1e-15);
    assertEquals(Math.log(5.0 / 2) + 1, TermRanking.batchIdf(1, 4), 1e-15);
    assertEquals(1.0, TermRanking.batchIdf(4, 4), 0.0); // a term of every post
  }

  @Test
  void ranksByScoreThenTermInCodePointOrderAndCutsFarBelowTheBest() {
    // U+FF21 sorts before U+20000 by code point (Spark's order), after it by UTF-16 unit
    String fullwidthA = "\uFF21";
    String rare = new String(Character.toChars(0x20000));
    Map<String, Double> idf = Map.of("光伏", 2.0, fullwidthA, 1.0, rare, 1.0, "公司", 0.4);
    List<TermRanking.Ranked> top =
        TermRanking.top(
            List.of("公司", rare, "光伏", fullwidthA),
            new int[] {1, 1, 1, 1},
            new boolean[] {false, false, false, false},
            idf::get,
            10);
    assertEquals(
        List.of(
            new TermRanking.Ranked("光伏", 1, 2.0, 1),
            new TermRanking.Ranked(fullwidthA, 1, 1.0, 2),
            new TermRanking.Ranked(rare, 1, 1.0, 3)),
        top,
        "公司 scores 0.4, under a quarter of the best (2.0)");
    assertEquals(
        2,
        TermRanking.top(
                List.of("公司", rare, "光伏", fullwidthA),
                new int[] {1, 1, 1, 1},
                new boolean[4],
                idf::get,
                2)
            .size());
  }

  @Test
  void comparesInCodePointOrderAsDecodedCodePointsDo() {
    String rare = new String(Character.toChars(0x20000));
    List<String> words =
        List.of(
            "", "a", "ab", "光伏", "光", "\uFF21", "\uE000", "\uD7FF", rare, "光" + rare, rare + "a");
    for (String a : words) {
      for (String b : words) {
        int expected =
            Integer.signum(
                java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
        assertEquals(expected, Integer.signum(TermRanking.compareCodePoints(a, b)), a + " / " + b);
      }
    }
  }

  @Test
  void keepsAtLeastOneTerm() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TermRanking.top(List.of("a"), new int[] {1}, new boolean[1], t -> 1.0, 0));
  }
}
