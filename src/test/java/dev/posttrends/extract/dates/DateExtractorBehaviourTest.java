package dev.posttrends.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole-sentence behaviour: order, offsets, comparison bases, runs and years of yearless parts. */
class DateExtractorBehaviourTest {

  private static final LocalDate REF = LocalDate.of(2022, 6, 8);
  private final DateExtractor extractor = new DateExtractor();

  @Test
  void mentionsComeInReadingOrderWithOffsets() {
    String text = "今年一季度，该区新开工项目50个，1至4月实现营收628亿元。";
    List<DateMention> found = extractor.extract(text, REF);
    assertEquals(List.of("今年一季度", "1至4月"), found.stream().map(DateMention::surface).toList());
    assertEquals(0, found.get(0).charOffset());
    assertEquals(text.indexOf("1至4月"), found.get(1).charOffset());
  }

  @Test
  void comparisonBaseIsFlaggedAndFollowsItsSentence() {
    String text = "今年前三季度营收增长8%，较上年同期提高2个百分点。5月出口比上年增长3%。";
    List<DateMention> found = extractor.extract(text, LocalDate.of(2022, 10, 20));
    assertFalse(found.get(0).isComparisonBase());
    DateMention base = found.get(1);
    assertEquals("上年同期", base.surface());
    assertTrue(base.isComparisonBase());
    assertEquals(LocalDate.of(2021, 1, 1), base.start());
    assertEquals(LocalDate.of(2021, 9, 30), base.end());
    DateMention lastYear = found.get(3);
    assertEquals("上年", lastYear.surface());
    assertTrue(lastYear.isComparisonBase());
  }

  @Test
  void wholeYearAfterAnExplicitYearIsThatYear() {
    List<DateMention> found =
        extractor.extract("2023年该区全年引进项目78个。全年目标是80个。", LocalDate.of(2024, 1, 10));
    assertEquals(List.of("2023年", "全年", "全年"), found.stream().map(DateMention::surface).toList());
    assertEquals(LocalDate.of(2023, 12, 31), found.get(1).end());
    assertEquals(LocalDate.of(2024, 12, 31), found.get(2).end(), "a new sentence: the post's year");
  }

  @Test
  void dayRunInheritsMonth() {
    DateMention m = extractor.extract("12月7日至8日举行", LocalDate.of(2021, 12, 8)).get(0);
    assertEquals("12月7日至8日", m.surface());
    assertEquals(LocalDate.of(2021, 12, 7), m.start());
    assertEquals(LocalDate.of(2021, 12, 8), m.end());
    assertEquals("range", m.resolution());
  }

  @Test
  void runCrossingNewYearMovesItsEnd() {
    DateMention m = extractor.extract("2021年12月至3月供暖", REF).get(0);
    assertEquals(LocalDate.of(2022, 3, 31), m.end());
  }

  @Test
  void titleAndUrlNumbersAreKeptApart() {
    assertEquals(1, extractor.extract("见 http://a.cn/2022年6月 与 6月8日", REF).size());
  }

  @Test
  void nullOrEmptyTextHasNoMentions() {
    assertTrue(extractor.extract("", REF).isEmpty());
    assertTrue(extractor.extract(null, REF).isEmpty());
  }
}
