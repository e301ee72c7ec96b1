package dev.posttrends.extract.keywords;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The terms of a text with their counts: Chinese words from a {@link Segmenter} and Latin words,
 * lower-cased, without stop words, numbers, figures with units, punctuation or single characters.
 *
 * <p>Build one per thread (an instance keeps a segmenter); the dictionaries load once per JVM, on
 * the first instance. Word lists live under {@code dev/posttrends/keywords/} on the classpath.
 */
public final class TermExtractor {

  private final Boilerplate boilerplate;
  private final ChineseTerms chinese;
  private final LatinTerms latin;

  /**
   * An extractor with the default segmenter ({@link Segmenter#DEFAULT}) and the shipped stop words,
   * figure units and domain words.
   */
  public TermExtractor() {
    this(Segmenter.DEFAULT);
  }

  /** An extractor segmenting Chinese with {@code segmenter}, with the shipped word lists. */
  public TermExtractor(Segmenter segmenter) {
    this.boilerplate = new Boilerplate(Lists.BOILERPLATE);
    this.chinese =
        new ChineseTerms(
            Objects.requireNonNull(segmenter, "segmenter"),
            Lists.CHINESE_STOP_WORDS,
            Lists.FIGURE_UNITS);
    this.latin = new LatinTerms(Lists.ENGLISH_STOP_WORDS);
  }

  /** Term → occurrences in {@code text}, in first-seen order. */
  public Map<String, Integer> termCounts(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return counts;
    }
    // NFKC folds full-width letters, digits and signs (ＡＩ, ２０２４, ％) to ASCII so that both
    // scanners see one spelling; both then read the same string, so their offsets agree.
    String normalized = boilerplate.blank(Normalizer.normalize(text, Normalizer.Form.NFKC));
    List<Token> han = chinese.terms(normalized);
    List<Token> lat = latin.terms(normalized);
    int i = 0;
    int j = 0;
    while (i < han.size() || j < lat.size()) {
      boolean hanFirst =
          j >= lat.size() || (i < han.size() && han.get(i).offset() < lat.get(j).offset());
      Token token = hanFirst ? han.get(i++) : lat.get(j++);
      counts.merge(token.term(), 1, Integer::sum);
    }
    return counts;
  }

  /** The word lists, read once per JVM and shared: they are immutable. */
  private static final class Lists {
    static final Set<String> CHINESE_STOP_WORDS = WordList.chineseStopWords();
    static final Set<String> ENGLISH_STOP_WORDS = WordList.englishStopWords();
    static final Set<String> FIGURE_UNITS = WordList.figureUnits();
    static final List<String> BOILERPLATE = WordList.boilerplate();
  }
}
