package dev.posttrends.extract.keywords;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link Segmenter#FAST}: jieba's segmentation algorithm over {@link FastDictionary}. Every
 * dictionary word found in the text is an edge of a graph over character positions; dynamic
 * programming from the end of the text back to its start picks the route whose words have the
 * highest product of unigram probabilities. No bigram model, no name recognition: about 15–30
 * times faster than HanLP's Viterbi segmenter at nearly its accuracy (figures in {@code
 * docs/KEYWORDS.md}).
 *
 * <p>Before the search the text is cut into units that no word may split: a run of ASCII or
 * full-width letters and digits, with decimal points between digits ({@code 315.25}, {@code 5G},
 * {@code iPhone15}), is one token tagged {@code m} when it holds a digit and {@code nx} otherwise;
 * a surrogate pair (an emoji) is one token; any other character is a unit of its own. A dictionary
 * word may still cover whole units ({@code A股}). A run of Chinese numerals ({@code 一千}, {@code
 * 三百五十万}) may also be one word, tagged {@code m}. Characters no dictionary knows come out alone,
 * tagged {@code m} for numerals, {@code w} for punctuation, symbols or spaces and {@code x}
 * otherwise.
 *
 * <p>Not thread-safe: the scratch arrays belong to the instance; the dictionary is shared.
 */
final class FastSegmenter implements WordSegmenter {

  private final FastDictionary dict = FastDictionary.shared();
  private char[] chars = new char[0];
  /** End of the unit starting at i, or -1 when i lies inside a unit. */
  private int[] unitEnd = new int[0];
  private short[] unitNature = new short[0];
  /** End of the run of Chinese numerals (一千, 三百五十) starting at i, or i when there is none. */
  private int[] numeralEnd = new int[0];
  /** Best log-probability of the text from i to its end, and the first word of that route. */
  private double[] route = new double[0];
  private int[] wordEnd = new int[0];
  private short[] wordNature = new short[0];

  @Override
  public List<Word> segment(String text) {
    int n = split(text);
    List<Word> words = new ArrayList<>(n / 2 + 1);
    for (int i = 0; i < n; i = wordEnd[i]) {
      words.add(new Word(text.substring(i, wordEnd[i]), i, dict.natureNames[wordNature[i]]));
    }
    return words;
  }

  /**
   * Segments {@code text} into the scratch arrays and returns its length: the words are {@code i
   * .. wordEnd[i]} for {@code i = 0, wordEnd[0], …} up to the length.
   */
  private int split(String text) {
    int n = text.length();
    ensureCapacity(n);
    text.getChars(0, n, chars, 0);
    markUnits(n);
    route[n] = 0;
    for (int i = n - 1; i >= 0; i--) {
      if (unitEnd[i] >= 0) {
        bestRoute(i, n);
      }
    }
    return n;
  }

  /** The best route from {@code i}: its own unit, or a dictionary word covering whole units. */
  private void bestRoute(int i, int n) {
    final int[] base = dict.base;
    final int[] check = dict.check;
    int unit = unitEnd[i];
    double best = dict.unknownLogProb + route[unit];
    int bestEnd = unit;
    short bestNature = unitNature[i];
    boolean singleChar =
        unit == i + 1
            && bestNature != FastDictionary.NUMBER
            && bestNature != FastDictionary.LATIN;
    if (numeralEnd[i] > i + 1) {
      // 一千 in 一千家 is a figure, not 一 + 千家. The core dictionary files numerals under a
      // placeholder, so a run of them competes as one word as rare as an unknown character.
      double score = dict.unknownLogProb + route[numeralEnd[i]];
      if (score >= best) {
        best = score;
        bestEnd = numeralEnd[i];
        bestNature = FastDictionary.NUMBER;
      }
    }
    int b = base[0];
    for (int j = i; j < n; j++) {
      int p = b + chars[j] + 1;
      if (check[p] != b) {
        break;
      }
      b = base[p];
      int leaf = base[b];
      int end = j + 1;
      if (check[b] != b || leaf >= 0 || end < unit || (end < n && unitEnd[end] < 0)) {
        continue; // not a word, or a word that would split a unit
      }
      int id = -leaf - 1;
      double score = dict.logProb[id] + route[end];
      if (end == unit) {
        if (singleChar) { // a known character: its own probability and nature
          best = score;
          bestNature = dict.nature[id];
        }
      } else if (score >= best) { // ties go to the longer word, as in jieba
        best = score;
        bestEnd = end;
        bestNature = dict.nature[id];
      }
    }
    route[i] = best;
    wordEnd[i] = bestEnd;
    wordNature[i] = bestNature;
  }

  /** Fills {@link #unitEnd} and {@link #unitNature} for {@code chars[0..n)}. */
  private void markUnits(int n) {
    int i = 0;
    while (i < n) {
      char c = chars[i];
      int end = i + 1;
      short nature;
      if (Units.isAlnum(c)) {
        boolean digit = Units.isDigit(c);
        while (end < n) {
          char d = chars[end];
          if (Units.isAlnum(d)) {
            digit |= Units.isDigit(d);
          } else if (!(Units.isPoint(d) && end + 1 < n
              && Units.isDigit(chars[end - 1]) && Units.isDigit(chars[end + 1]))) {
            break;
          }
          end++;
        }
        nature = digit ? FastDictionary.NUMBER : FastDictionary.LATIN;
      } else if (Character.isHighSurrogate(c) && end < n && Character.isLowSurrogate(chars[end])) {
        end++;
        nature = Units.natureOf(Character.toCodePoint(c, chars[i + 1]));
      } else {
        nature = Units.natureOf(c);
      }
      unitEnd[i] = end;
      unitNature[i] = nature;
      for (int k = i + 1; k < end; k++) {
        unitEnd[k] = -1;
      }
      i = end;
    }
    int run = n;
    for (int k = n - 1; k >= 0; k--) {
      run = Units.isHanNumeral(chars[k]) ? run : k;
      numeralEnd[k] = run > k ? run : k;
    }
  }

  private void ensureCapacity(int n) {
    if (chars.length < n + 1) {
      int size = Math.max(n + 1, chars.length * 2);
      chars = new char[size];
      unitEnd = new int[size];
      unitNature = new short[size];
      numeralEnd = new int[size];
      route = new double[size];
      wordEnd = new int[size];
      wordNature = new short[size];
    }
  }
}
