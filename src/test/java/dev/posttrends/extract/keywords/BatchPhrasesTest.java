package dev.posttrends.extract.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchPhrasesTest {

  private static final TermExtractor EXTRACTOR = new TermExtractor();

  /** The post's own terms of a text, as extraction counts them (no names, no batch phrases). */
  private static Map<String, PostTerms.Term> termsOf(String text) {
    Map<String, PostTerms.Term> out = new LinkedHashMap<>();
    EXTRACTOR.termCounts(text).forEach((t, n) -> out.put(t, new PostTerms.Term(n, false, false)));
    return out;
  }

  @Test
  void aPhraseWrittenOnceBecomesOneTermAndItsWordsCountLess() {
    String text = "信江新材发布公告，拟投资建设铜箔项目。信江新材表示，项目建设期两年。";
    Map<String, PostTerms.Term> terms = termsOf(text);
    List<String> words = List.copyOf(EXTRACTOR.termCounts("信江新材").keySet());
    assertFalse(words.isEmpty(), "the segmenter cuts the name: " + words);
    BatchPhrases phrases = BatchPhrases.of(List.of("信江新材"), EXTRACTOR);

    Map<String, PostTerms.Term> joined = phrases.join(terms, null, text, List.of());

    assertEquals(new PostTerms.Term(2, false, false), joined.get("信江新材"));
    for (String word : words) {
      int before = terms.get(word).count();
      int after = joined.containsKey(word) ? joined.get(word).count() : 0;
      assertEquals(Math.max(0, before - 2), after, word);
    }
    assertEquals(terms.get("项目"), joined.get("项目"), "other terms are untouched");
  }

  @Test
  void aPhraseInTheTitleIsMarkedSo() {
    // 刀片电池: two words of the dictionary (北向资金, the example until 2026-12-05, is one word now)
    BatchPhrases phrases = BatchPhrases.of(List.of("刀片电池"), EXTRACTOR);
    Map<String, PostTerms.Term> joined =
        phrases.join(termsOf("刀片电池装车量增长"), "刀片电池装车量增长50%", "今日市场情绪回暖。", List.of());
    assertEquals(new PostTerms.Term(1, true, false), joined.get("刀片电池"));
  }

  @Test
  void thePostsOwnNamesAndTermsStand() {
    String text = "北向资金持续流入，北向资金偏好白酒。";
    BatchPhrases phrases = BatchPhrases.of(List.of("北向资金", "资金偏好"), EXTRACTOR);
    Map<String, PostTerms.Term> own = new LinkedHashMap<>(termsOf(text));
    own.put("北向资金", new PostTerms.Term(2, false, true)); // the post joined it itself

    assertSame(own, phrases.join(own, null, text, List.of()), "nothing new: the same map");

    Map<String, PostTerms.Term> plain = termsOf("资金偏好白酒");
    // a name of the post covers 资金偏 (say): no batch phrase may cut through it
    assertSame(plain, phrases.join(plain, null, "资金偏好白酒", List.<int[]>of(new int[] {0, 3, 0})));
    // the same span in the title does not block the text
    assertTrue(
        phrases
            .join(plain, null, "资金偏好白酒", List.<int[]>of(new int[] {0, 3, 1}))
            .containsKey("资金偏好"));
  }

  @Test
  void aPhraseInsideThePostsOwnLongerCompoundIsNotCountedAgain() {
    String text = "光伏玻璃价格上涨，光伏玻璃价格回落。";
    Map<String, PostTerms.Term> own = new LinkedHashMap<>();
    own.put("光伏玻璃价格", new PostTerms.Term(2, false, true));
    own.put("上涨", new PostTerms.Term(1, false, false));
    BatchPhrases phrases = BatchPhrases.of(List.of("光伏玻璃"), EXTRACTOR);
    assertSame(own, phrases.join(own, "光伏玻璃价格回落", text, List.of()));
  }

  @Test
  void keepsOnlyChinesePhrasesOfThreeCharactersOrMore() {
    BatchPhrases phrases =
        BatchPhrases.of(List.of("北向资金", "资金", "AI芯片", "Goldman Sachs", "宁德时代"), EXTRACTOR);
    assertEquals(List.of("北向资金", "宁德时代"), phrases.phrases());
    assertEquals(0, BatchPhrases.of(List.of(), EXTRACTOR).size());
  }

  @Test
  void survivesSerializationAndRebuildsItsAutomaton() throws Exception {
    BatchPhrases phrases = BatchPhrases.of(List.of("北向资金"), EXTRACTOR);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(phrases);
    }
    BatchPhrases copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (BatchPhrases) in.readObject();
    }
    assertEquals(1, copy.join(termsOf("北向资金流入"), null, "北向资金流入", List.of()).get("北向资金").count());
  }
}
