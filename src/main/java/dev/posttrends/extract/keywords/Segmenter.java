package dev.posttrends.extract.keywords;

import java.util.Locale;

/**
 * Which Chinese segmenter the keyword extractor uses, as a job spec names it ({@code
 * keywords.segmenter: fast | accurate}). Measured against each other in {@code docs/KEYWORDS.md}.
 */
public enum Segmenter {

  /**
   * jieba's algorithm over HanLP's core and custom dictionaries merged into one trie: the most
   * probable route through all dictionary words by unigram frequency ({@link FastSegmenter}).
   */
  FAST,

  /** HanLP's Viterbi segmenter with its bigram model and person-name recognition. */
  ACCURATE;

  /** The segmenter the extractor uses when a job does not choose one. */
  public static final Segmenter DEFAULT = FAST;

  /**
   * The segmenter a spec string names, {@code fast} or {@code accurate}, in any case.
   *
   * @throws IllegalArgumentException on anything else, naming the value
   */
  public static Segmenter parse(String spec) {
    String name = spec == null ? "" : spec.strip().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "fast" -> FAST;
      case "accurate" -> ACCURATE;
      default ->
          throw new IllegalArgumentException(
              String.format(
                  "Cannot use keywords.segmenter '%s': expected fast or accurate", spec));
    };
  }

  /** The spec spelling of this choice: {@code fast} or {@code accurate}. */
  public String specName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A new segmenter instance for one thread; the first one in a JVM loads the dictionaries. */
  public WordSegmenter newSegmenter() {
    return this == FAST ? new FastSegmenter() : new ViterbiSegmenter();
  }
}
