package dev.posttrends.extract.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@link FastSegmenter} on small invented sentences: words, offsets and natures. */
class FastSegmenterTest {

  private final FastSegmenter segmenter = new FastSegmenter();

  /** The words of {@code text} as {@code word/nature} separated by spaces, after checking spans. */
  private String tagged(String text) {
    List<String> out = new ArrayList<>();
    for (Word word : covering(text)) {
      out.add(word.text() + "/" + word.nature());
    }
    return String.join(" ", out);
  }

  /** The words, checked to cover the text in order, each at its own offset. */
  private List<Word> covering(String text) {
    List<Word> words = segmenter.segment(text);
    int at = 0;
    for (Word word : words) {
      assertEquals(at, word.offset(), text);
      assertEquals(text.substring(word.offset(), word.end()), word.text());
      assertTrue(word.text().length() > 0, text);
      at = word.end();
    }
    assertEquals(text.length(), at, text);
    return words;
  }

  private static String plain(List<Word> words) {
    return String.join("/", words.stream().map(Word::text).toList());
  }

  @Test
  void keepsNumbersWholeAndTagsThemAsNumerals() {
    assertEquals(
        "营收/nz 315.25/m 亿元/q ，/w 增长/v 7.79/m %/w 。/w", tagged("营收315.25亿元，增长7.79%。"));
    assertEquals("截至/v 12/m ./w", tagged("截至12."));
    // full-width digits stay together without being folded: offsets are those of the text
    assertEquals("总数/n 的/uj １７/m ％/w", tagged("总数的１７％"));
    assertEquals("一千/m 家/q 公司/n", tagged("一千家公司"));
  }

  @Test
  void keepsLatinAndDigitRunsWhole() {
    assertEquals(
        "5G/m 基站/n 和/c AI/nx 芯片/n ，/w iPhone15/m 发布/v", tagged("5G基站和AI芯片，iPhone15发布"));
    assertEquals("A股/nz 和/c H股/nz", tagged("A股和H股"));
  }

  @Test
  void keepsDomainWordsWhole() {
    assertEquals(
        "上饶经开区/晶科能源/与/宁德时代/签约/，/光伏组件/出货/量/创新/高",
        plain(covering("上饶经开区晶科能源与宁德时代签约，光伏组件出货量创新高")));
  }

  @Test
  void handlesEmptyWhitespaceEmojiAndSurrogatePairs() {
    assertEquals(List.of(), segmenter.segment(""));
    assertEquals(" /w \t/w \n/w", tagged(" \t\n"));
    // an emoji and a CJK Extension B character are one token each, never split in halves
    assertEquals("涨停/nz 😀/w 𠀀/x 。/w", tagged("涨停😀𠀀。"));
    assertEquals("\uD83D/w a/nx", tagged("\uD83Da"));
  }

  @Test
  void segmentsVeryLongInputAndReusesItsScratchArrays() {
    String sentence = "新能源汽车出口增长35.2%，AI大模型加速落地。";
    String expected = plain(covering(sentence));
    String text = sentence.repeat(40_000); // about a million characters
    List<Word> words = covering(text);
    assertEquals(expected, plain(words.subList(0, expected.split("/").length)));
    assertEquals(expected, plain(covering(sentence)));
  }

  @Test
  void instancesOnManyThreadsShareTheDictionaryAndAgree() throws Exception {
    List<String> texts =
        List.of(
            "上饶经开区晶科能源光伏组件出货量同比增长，5G与AI带动新能源汽车出口。",
            "记者从市发改委获悉，中国石化与宁德时代签署战略合作协议。",
            "4月份制造业PMI为49%，IPO募资金额同比下降7.79%。");
    List<String> expected = texts.stream().map(t -> plain(segmenter.segment(t))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  FastSegmenter own = new FastSegmenter();
                  List<String> last = null;
                  for (int i = 0; i < 500; i++) {
                    last = texts.stream().map(x -> plain(own.segment(x))).toList();
                  }
                  return last;
                }));
      }
      for (Future<List<String>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void dictionaryMergesCoreCustomAndDomainWords() {
    FastDictionary dict = FastDictionary.shared();
    // 85,585 core + 71,546 custom words, less 18 placeholders and the overlap, plus domain words:
    // 113,539 with today's lists
    assertTrue(dict.size() > 110_000 && dict.size() < 157_200, "words: " + dict.size());
    assertTrue(dict.unknownLogProb < -10, "unknown: " + dict.unknownLogProb);
  }
}
