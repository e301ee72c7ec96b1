package dev.posttrends.extract.keywords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chinese terms of a text: the segmenter's words minus numerals, figures with their units, function
 * words, stop words and single characters. Both {@link Segmenter}s tag words with HanLP's natures,
 * so the same filters serve both. Not thread-safe: one per {@link TermExtractor}.
 */
final class ChineseTerms {

  /**
   * Natures (PKU-style part-of-speech tags) whose words are never keywords: punctuation (w),
   * numerals (m, mq), quantifiers and units (q, qt, qv), pronouns (r), prepositions (p),
   * conjunctions (c), particles (u), adverbs (d), locatives (f), interjections and modal and
   * onomatopoeic words (e, y, o). Tagging removes most function words without listing them.
   */
  private static final String DROPPED_NATURES = "wmqrpcudfeyo";

  /** Chinese numerals written out: 一千, 七成 are figures even when tagged as nouns. */
  private static final String HAN_NUMERALS = "零〇一二三四五六七八九十百千万亿两几成";

  private final WordSegmenter segmenter;
  private final Set<String> stopWords;
  private final Set<String> figureUnits;

  ChineseTerms(Segmenter segmenter, Set<String> stopWords, Set<String> figureUnits) {
    this.segmenter = segmenter.newSegmenter();
    this.stopWords = stopWords;
    this.figureUnits = figureUnits;
  }

  /** The segmenter's words of {@code text}, covering it. */
  List<Word> segment(String text) {
    return segmenter.segment(text);
  }

  /**
   * Chinese term candidates of segmented words, in text order: noun-like words are kept as terms;
   * other content words (verbs, adjectives, time and place words) only join compounds.
   */
  List<Token> terms(List<Word> words) {
    List<Token> out = new ArrayList<>();
    boolean afterNumber = false;
    for (Word term : words) {
      String word = term.text();
      String nature = term.nature();
      if (word.isBlank()) {
        continue; // "2052 万美元": a space inside a figure does not end it
      }
      if (startsWith(nature, 'm') || hasDigit(word)) {
        afterNumber = true; // 315.25 in 315.25亿元: what follows may be its unit
        continue;
      }
      if (afterNumber && (startsWith(nature, 'q') || figureUnits.contains(word))) {
        continue; // 亿元, 人民币, 个百分点 after a number belong to the figure
      }
      afterNumber = false;
      // Currencies and units standing alone are subjects (美元指数, 人民币汇率), whatever their tag.
      boolean unit = figureUnits.contains(word) && !stopWords.contains(word);
      boolean content = unit || isContent(word, nature);
      if (content) {
        boolean kept = unit || isNounLike(nature) && word.codePointCount(0, word.length()) >= 2;
        out.add(new Token(term.offset(), term.end(), word.toLowerCase(Locale.ROOT), kept, !unit));
      }
    }
    return out;
  }

  /** A content word: Chinese, not a numeral, stop word or function word. */
  private boolean isContent(String word, String nature) {
    return hasHan(word)
        && (nature.isEmpty() || DROPPED_NATURES.indexOf(nature.charAt(0)) < 0)
        && !isHanNumeral(word)
        && !stopWords.contains(word);
  }

  /**
   * Nouns of every kind ({@code n}, {@code nz}, {@code ns}, {@code nt}, {@code nr}, {@code vn},
   * {@code an}), abbreviations ({@code j}) and terms of a field ({@code g…}): what an editor files
   * a post under. Verbs, adjectives and adverbs describe, they do not name ({@code 预计}, {@code
   * 提升}).
   */
  static boolean isNounLike(String nature) {
    if (nature.isEmpty()) {
      return false;
    }
    char c = nature.charAt(0);
    return c == 'n' || c == 'j' || c == 'g' || nature.equals("vn") || nature.equals("an");
  }

  // The filters below run for every word of every post: plain loops, no streams (issue 11).

  private static boolean startsWith(String nature, char tag) {
    return !nature.isEmpty() && nature.charAt(0) == tag;
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Latin-only words are left to {@link LatinTerms}; words mixing in Latin (A股) are kept. */
  private static boolean hasHan(String word) {
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      if (isHan(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /**
   * {@code Character.UnicodeScript.of(c) == HAN}, answered without its binary search for the common
   * cases: nothing below U+2E80 is Han, and U+4E00..U+9FEF (CJK Unified Ideographs as of Unicode
   * 11) all are.
   */
  static boolean isHan(int c) {
    if (c < 0x2E80) {
      return false;
    }
    if (c >= 0x4E00 && c <= 0x9FEF) {
      return true;
    }
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean isHanNumeral(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (HAN_NUMERALS.indexOf(word.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
