package dev.posttrends.extract.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Latin scanner, the boilerplate blanker and the word lists on their own. */
class PartsTest {

  @Test
  void latinTermsKeepOffsetsAndSkipUnitsAfterNumbers() {
    LatinTerms latin = new LatinTerms(Set.of("the"));
    assertEquals(
        List.of(new Token(0, "5g"), new Token(3, "ai"), new Token(6, "hy-l3"), new Token(22, "3d")),
        latin.terms("5G AI HY-L3 the 5nm X 3D 18.6GWh 100MW"));
  }

  @Test
  void latinTermsSkipDomainPartsAfterADot() {
    LatinTerms latin = new LatinTerms(Set.of());
    assertEquals(List.of(new Token(0, "hk")), latin.terms("hk.eastmoney.com"));
  }

  @Test
  void boilerplateBlanksPhrasesAndAttributionsKeepingOffsets() {
    Boilerplate boilerplate = new Boilerplate(List.of("返回首页", "记者"));
    String text = "光伏(文章来源:上饶日报)记者王某 返回首页";
    String blanked = boilerplate.blank(text);
    assertEquals(text.length(), blanked.length());
    assertEquals("光伏" + " ".repeat(11) + "  王某 " + " ".repeat(4), blanked);
  }

  @Test
  void boilerplateLeavesOrdinaryTextAlone() {
    Boilerplate boilerplate = new Boilerplate(List.of("返回首页"));
    String text = "收入来源多元，返回市场";
    assertTrue(text == boilerplate.blank(text), "no copy when nothing is blanked");
  }

  @Test
  void wordListsDropCommentsAndBlankLines() {
    assertTrue(WordList.chineseStopWords().contains("据悉"));
    assertTrue(WordList.englishStopWords().contains("according"));
    assertTrue(WordList.figureUnits().contains("百分点"));
    assertTrue(WordList.domainWords().contains("上饶经开区 ns 1000"));
    assertTrue(WordList.chineseStopWords().stream().noneMatch(w -> w.contains("#")));
  }

  @Test
  void missingWordListIsAPackagingError() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> WordList.lines("nope.txt"));
    assertTrue(e.getMessage().contains("/dev/posttrends/keywords/nope.txt"), e.getMessage());
  }
}
