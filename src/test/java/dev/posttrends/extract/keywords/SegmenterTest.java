package dev.posttrends.extract.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The spec spellings of the segmenter choice. */
class SegmenterTest {

  @Test
  void parsesSpecNamesInAnyCase() {
    assertEquals(Segmenter.FAST, Segmenter.parse("fast"));
    assertEquals(Segmenter.FAST, Segmenter.parse(" FAST "));
    assertEquals(Segmenter.ACCURATE, Segmenter.parse("Accurate"));
    assertEquals("accurate", Segmenter.ACCURATE.specName());
    assertEquals(Segmenter.FAST, Segmenter.DEFAULT);
  }

  @Test
  void rejectsOtherNamesSayingWhatIsExpected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Segmenter.parse("jieba"));
    assertEquals(
        "Cannot use keywords.segmenter 'jieba': expected fast or accurate", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Segmenter.parse(""));
    assertThrows(IllegalArgumentException.class, () -> Segmenter.parse(null));
  }
}
