package dev.posttrends.extract.keywords;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

  /**
   * A text as the extractor reads it: full-width forms folded and boilerplate blanked, each char at
   * its offset in the text as written, and its segmentation.
   */
  public record Analysis(String text, List<Word> words) {}

  /** {@code text} folded, blanked and segmented; an empty analysis for null or empty text. */
  public Analysis analyze(String text) {
    if (text == null || text.isEmpty()) {
      return new Analysis("", List.of());
    }
    String normalized = boilerplate.blank(fold(text));
    return new Analysis(normalized, chinese.segment(normalized));
  }

  /**
   * Adds the terms of one part of a post (its title or its text) to {@code post}: Chinese terms,
   * Latin terms, and each of {@code phrases} (names found in {@code analysis.text()}) as one term
   * in place of the words it covers.
   */
  public void addTerms(PostTerms post, Analysis analysis, List<Phrase> phrases, boolean inTitle) {
    addTerms(post, analysis, phrases, inTitle, true);
  }

  /**
   * {@link #addTerms(PostTerms, Analysis, List, boolean)} for a part whose word pairs do not count
   * as repeated compounds when {@code countsForCompounds} is false: a title the text repeats.
   */
  public void addTerms(
      PostTerms post,
      Analysis analysis,
      List<Phrase> phrases,
      boolean inTitle,
      boolean countsForCompounds) {
    List<Token> han = chinese.terms(analysis.words());
    List<Token> lat = latin.terms(analysis.text());
    List<Token> merged = new ArrayList<>(han.size() + lat.size() + phrases.size());
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < han.size() || j < lat.size() || k < phrases.size()) {
      int hanAt = i < han.size() ? han.get(i).offset() : Integer.MAX_VALUE;
      int latAt = j < lat.size() ? lat.get(j).offset() : Integer.MAX_VALUE;
      int phraseAt = k < phrases.size() ? phrases.get(k).offset() : Integer.MAX_VALUE;
      if (phraseAt <= hanAt && phraseAt <= latAt) {
        Phrase p = phrases.get(k++);
        merged.add(new Token(p.offset(), p.end(), p.term().toLowerCase(Locale.ROOT), true, false));
        // the words inside the name are not terms of their own
        while (i < han.size() && han.get(i).offset() < p.end()) {
          i++;
        }
        while (j < lat.size() && lat.get(j).offset() < p.end()) {
          j++;
        }
      } else if (hanAt < latAt) {
        merged.add(han.get(i++));
      } else {
        merged.add(lat.get(j++));
      }
    }
    post.add(merged, inTitle, countsForCompounds);
  }

  /** Term → occurrences in {@code text} alone (no names, the text's own compounds). */
  public Map<String, Integer> termCounts(String text) {
    PostTerms post = new PostTerms();
    addTerms(post, analyze(text), List.of(), false);
    Map<String, Integer> counts = new LinkedHashMap<>();
    post.terms().forEach((term, t) -> counts.put(term, t.count()));
    return counts;
  }

  /**
   * The background weight of a term for batches too small to count document frequencies in: its
   * information in general Chinese, {@code -ln p} of its unigram probability in HanLP's core and
   * custom dictionaries (the segmenter's own word list), and that of a word of frequency 1 for
   * words the dictionaries lack (names, compounds, Latin terms). Higher is rarer.
   */
  public static double backgroundIdf(String term) {
    return -FastDictionary.shared().logProbOf(term);
  }

  /**
   * Full-width ASCII forms ({@code ＡＩ}, {@code ２０２４}, {@code ％}) as ASCII and the ideographic space
   * as a space, char for char: both scanners then see one spelling, and every offset stays that of
   * the text as written (NFKC could change the length).
   */
  static String fold(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
      if (f != c) {
        chars = chars == null ? text.toCharArray() : chars;
        chars[i] = f;
      }
    }
    return chars == null ? text : new String(chars);
  }

  /** The word lists, read once per JVM and shared: they are immutable. */
  private static final class Lists {
    static final Set<String> CHINESE_STOP_WORDS = WordList.chineseStopWords();
    static final Set<String> ENGLISH_STOP_WORDS = WordList.englishStopWords();
    static final Set<String> FIGURE_UNITS = WordList.figureUnits();
    static final List<String> BOILERPLATE = WordList.boilerplate();
  }
}
