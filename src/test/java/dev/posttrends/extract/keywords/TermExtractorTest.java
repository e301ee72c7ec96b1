package dev.posttrends.extract.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Exact terms of small invented texts, in first-seen order, with the default segmenter ({@link
 * AccurateTermExtractorTest} runs the same texts through the other one).
 */
class TermExtractorTest {

  private final TermExtractor extractor = newExtractor();

  /** The extractor under test; subclasses choose another segmenter. */
  TermExtractor newExtractor() {
    return new TermExtractor();
  }

  /** Expected counts in order: term, count, term, count, ... */
  private static Map<String, Integer> ordered(Object... termsAndCounts) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < termsAndCounts.length; i += 2) {
      map.put((String) termsAndCounts[i], (Integer) termsAndCounts[i + 1]);
    }
    return map;
  }

  private void assertTerms(Map<String, Integer> expected, String text) {
    Map<String, Integer> actual = extractor.termCounts(text);
    // LinkedHashMap.equals ignores order: compare the entry lists to pin first-seen order too.
    assertEquals(List.copyOf(expected.entrySet()), List.copyOf(actual.entrySet()), text);
  }

  @Test
  void keepsDomainNamesWholeAndDropsFiguresWithUnits() {
    assertTerms(
        ordered("上饶经开区", 1, "晶科能源", 2, "营收", 1, "光伏组件", 1),
        "上饶经开区晶科能源今年一季度实现营收315.25亿元，同比增长7.79%。晶科能源表示，光伏组件出货量创新高。");
  }

  @Test
  void keepsLatinTermsLowerCasedAndDropsLatinUnits() {
    assertTerms(
        // only noun-like words are terms: 带动, 升温, 回升 describe, they name nothing
        ordered("5g", 1, "基站", 1, "ai", 1, "芯片", 1, "ipo", 1, "pmi", 1),
        "据悉，5G基站和AI芯片带动IPO升温，PMI回升；5GW、100MW、18.6GWh不算。");
  }

  @Test
  void joinsTheCompoundsAPostRepeats() {
    // 边际利率 twice: one term, and its words do not count where they stand in it; 利率 alone once
    assertTerms(ordered("国债", 1, "边际利率", 2, "票面", 1, "利率", 1, "倍数", 1), "国债边际利率走低，边际利率与票面利率之差；倍数");
  }

  @Test
  void joinsNoCompoundOnceOnlyOrEndingInAVerb() {
    // 国债利率 once, 国债回升 twice but ending in a verb: neither is a compound
    assertTerms(ordered("国债", 3, "利率", 1), "国债利率，国债回升，国债回升");
  }

  @Test
  void aCompoundTheLengthLimitWouldCutBeforeItsHeadStartsOneWordLater() {
    // 居民人均可支配收入 (9 characters) twice: 居民人均可支配 would end in a modifier, not in its head 收入
    // (the two segmenters cut 人均 differently: 人均可支配收入 or 可支配收入 after it)
    Map<String, Integer> terms = extractor.termCounts("居民人均可支配收入增速放缓，居民人均可支配收入");
    assertEquals(2, terms.get("居民"), terms.toString());
    assertEquals(
        List.of(2),
        terms.entrySet().stream()
            .filter(e -> e.getKey().endsWith("可支配收入"))
            .map(Map.Entry::getValue)
            .toList(),
        terms.toString());
    assertEquals(List.of(), terms.keySet().stream().filter(t -> t.endsWith("可支配")).toList());
  }

  @Test
  void deicticNounsAreNoTermsAndStartNoCompound() {
    // 我国 ("our country") twice before 云计算市场: the compound is the market, not the country's
    assertTerms(ordered("云计算市场", 2, "规模", 1), "我国云计算市场规模扩大，我国云计算市场");
  }

  @Test
  void dropsBoilerplateAndReportingWords() {
    assertTerms(ordered("商务局", 1, "新能源汽车", 1, "出口", 1), "（文章来源：上饶日报）记者从市商务局获悉，新能源汽车出口增长。返回首页");
  }

  @Test
  void currencyIsPartOfAFigureButATermOnItsOwn() {
    assertTerms(
        ordered("出口", 1, "美元", 1, "指数", 1, "人民币", 1, "汇率", 1, "企稳", 1),
        "出口8262.5亿元人民币，提升0.4个百分点；美元指数走弱，人民币汇率企稳。");
  }

  @Test
  void englishStopWordsAndPeriodCodesDrop() {
    assertTerms(
        ordered("apple", 1, "tesla", 1, "iphone", 1, "model-3", 1, "sales", 1, "rose", 1),
        "Apple and Tesla said the iPhone and Model-3 sales rose 12% in Q3, according to Reuters.");
  }

  @Test
  void foldsFullWidthAndDropsHanNumerals() {
    assertTerms(ordered("ai", 1, "芯片", 1, "a股", 1, "公司", 1, "企业", 1), "ＡＩ芯片，Ａ股一千家公司，七成企业");
  }

  @Test
  void countsRepeatsAndMixesScriptsInTextOrder() {
    assertTerms(ordered("光伏", 3, "pmi", 2, "指数", 1), "光伏 光伏，PMI光伏！PMI指数");
  }

  @Test
  void returnsNothingForStopWordsPunctuationAndEmptyText() {
    assertTerms(ordered(), "的了和是在也等将对与及为从");
    assertTerms(ordered(), "，。！？、……——");
    assertTerms(ordered(), "2024年3月5日 12.5% 315.25亿元");
    assertTerms(ordered(), "");
    assertTerms(ordered(), null);
  }

  @Test
  void extractorsOnManyThreadsAgree() throws Exception {
    String text = "上饶经开区晶科能源光伏组件出货量同比增长，5G与AI带动新能源汽车出口。";
    Map<String, Integer> expected = extractor.termCounts(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Map<String, Integer>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  TermExtractor own = newExtractor();
                  Map<String, Integer> last = null;
                  for (int i = 0; i < 200; i++) {
                    last = own.termCounts(text);
                  }
                  return last;
                }));
      }
      for (Future<Map<String, Integer>> result : results) {
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(result.get().entrySet()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
