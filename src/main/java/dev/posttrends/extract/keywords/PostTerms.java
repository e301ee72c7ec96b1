package dev.posttrends.extract.keywords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of one post, gathered over its title and text ({@link TermExtractor#addTerms}), with
 * the post's own compounds joined: a run of adjacent content words that the post writes together at
 * least twice, from a noun-like word to a noun-like word ({@code 边际利率}, {@code 煤炭应急储备}: the head of
 * a Chinese compound is its last word), is one term, and its words do not count on their own where
 * they stand in it. Not thread-safe; one per post.
 */
public final class PostTerms {

  /**
   * A term of the post: its occurrences, whether the title names it, and whether it is a compound
   * the post joined from several words ({@link BatchPhrases} learns those several posts join).
   */
  public record Term(int count, boolean inTitle, boolean compound) {}

  /** Words a compound may join, and the longest compound in characters. */
  static final int MAX_WORDS = 4;

  static final int MAX_CHARS = 8;

  private final List<List<Token>> parts = new ArrayList<>();
  private final List<Boolean> titles = new ArrayList<>();
  private final List<Boolean> counted = new ArrayList<>();

  /**
   * Adds a part's tokens; {@code countsForCompounds} false for a title the text repeats word for
   * word (news bodies often open with it), whose word pairs would otherwise all look repeated.
   */
  void add(List<Token> tokens, boolean inTitle, boolean countsForCompounds) {
    parts.add(tokens);
    titles.add(inTitle);
    counted.add(countsForCompounds);
  }

  /** Term → occurrences and title flag, in first-seen order. */
  public Map<String, Term> terms() {
    long[][] grams = recurringGrams();
    Map<String, Term> out = new LinkedHashMap<>();
    for (int p = 0; p < parts.size(); p++) {
      List<Token> tokens = parts.get(p);
      boolean inTitle = titles.get(p);
      for (int i = 0; i < tokens.size(); ) {
        int n = compoundAt(tokens, i, grams);
        if (n > 1) {
          count(out, join(tokens, i, n), inTitle, true);
          i += n;
        } else {
          if (tokens.get(i).kept()) {
            count(out, tokens.get(i).term(), inTitle, false);
          }
          i++;
        }
      }
    }
    return out;
  }

  private static void count(Map<String, Term> out, String term, boolean inTitle, boolean compound) {
    out.merge(
        term,
        new Term(1, inTitle, compound),
        (a, b) ->
            new Term(
                a.count() + b.count(), a.inTitle() || b.inTitle(), a.compound() || b.compound()));
  }

  /**
   * The compound candidates of the post written at least twice, keyed by {@link #key}: for each
   * length {@code n} (index {@code n}), the sorted distinct keys; no string is built for
   * candidates, and no map: keys are gathered in a {@code long[]}, sorted and read off in runs.
   * Longer candidates are counted only where their first {@code n - 1} words recur (a run of words
   * cannot repeat unless its start does): most word pairs of a post occur once, and this runs for
   * every post.
   */
  private long[][] recurringGrams() {
    long[][] grams = new long[MAX_WORDS + 1][];
    long[] keys = new long[64];
    for (int n = 2; n <= MAX_WORDS; n++) {
      int size = 0;
      for (int p = 0; p < parts.size(); p++) {
        if (!counted.get(p)) {
          continue;
        }
        List<Token> tokens = parts.get(p);
        for (int i = 0; i + n <= tokens.size(); i++) {
          if (isCandidate(tokens, i, n)
              && (n == 2 || recurs(grams[n - 1], key(tokens, i, n - 1)))) {
            if (size == keys.length) {
              keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = key(tokens, i, n);
          }
        }
      }
      grams[n] = repeated(keys, size);
      if (grams[n].length == 0) {
        break;
      }
    }
    return grams;
  }

  /** The distinct values that occur at least twice among the first {@code size}, sorted. */
  private static long[] repeated(long[] keys, int size) {
    Arrays.sort(keys, 0, size);
    int out = 0;
    for (int i = 0; i < size; ) {
      int j = i + 1;
      while (j < size && keys[j] == keys[i]) {
        j++;
      }
      if (j - i >= 2) {
        keys[out++] = keys[i];
      }
      i = j;
    }
    return Arrays.copyOf(keys, out);
  }

  private static boolean recurs(long[] sortedKeys, long key) {
    return sortedKeys != null && Arrays.binarySearch(sortedKeys, key) >= 0;
  }

  /**
   * Words in the longest compound starting at {@code i} the post repeats, or 1 for none. A run the
   * post repeats that goes on to a noun-like word past {@link #MAX_CHARS} would be cut before its
   * head (the head of a Chinese compound is its last word: {@code 居民人均可支配} of {@code 居民人均可支配收入}):
   * no compound starts here, and the next word may start a shorter one that keeps the head ({@code
   * 人均可支配收入}).
   */
  private static int compoundAt(List<Token> tokens, int i, long[][] grams) {
    int longest = 1;
    if (grams[2] == null || grams[2].length == 0 || !tokens.get(i).kept()) {
      return longest;
    }
    int chars = tokens.get(i).term().length();
    for (int n = 2; n <= MAX_WORDS && isCandidate(tokens, i, n); n++) {
      if (!recurs(grams[n], key(tokens, i, n))) {
        break; // no longer run from i recurs either
      }
      Token last = tokens.get(i + n - 1);
      chars += last.term().length();
      if (last.kept()) {
        if (chars > MAX_CHARS) {
          return 1; // the longest would lose its head
        }
        longest = n;
      }
    }
    return longest;
  }

  /**
   * Whether {@code n} tokens from {@code i} touch one another, may all join, hold a noun-like word
   * and, but for their last, fit {@link #MAX_CHARS}: runs one word too long are counted too, so
   * that {@link #compoundAt} sees where a run of the post goes on.
   */
  private static boolean isCandidate(List<Token> tokens, int i, int n) {
    if (i + n > tokens.size()) {
      return false;
    }
    int chars = 0;
    boolean noun = false;
    for (int k = i; k < i + n; k++) {
      Token t = tokens.get(k);
      if (!t.joinable() || (k > i && tokens.get(k - 1).end() != t.offset())) {
        return false;
      }
      if (k < i + n - 1) {
        chars += t.term().length();
      }
      noun |= t.kept();
    }
    return noun && chars <= MAX_CHARS;
  }

  /**
   * A 64-bit key of {@code n} terms from {@code i}: their string hashes mixed in order. Two
   * different candidates of one post share a key with odds of about one in 10^15.
   */
  private static long key(List<Token> tokens, int i, int n) {
    long h = 1125899906842597L;
    for (int k = i; k < i + n; k++) {
      h = 31 * h + tokens.get(k).term().hashCode();
      h ^= h >>> 29;
      h *= 0xBF58476D1CE4E5B9L;
    }
    return h;
  }

  private static String join(List<Token> tokens, int i, int n) {
    StringBuilder out = new StringBuilder();
    for (int k = i; k < i + n; k++) {
      out.append(tokens.get(k).term());
    }
    return out.toString();
  }
}
