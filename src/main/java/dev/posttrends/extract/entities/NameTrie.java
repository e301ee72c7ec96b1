package dev.posttrends.extract.entities;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.Arrays;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Many names found in one pass: an Aho-Corasick automaton (HanLP's double-array implementation)
 * over spellings, each mapped to a value. Matches are chosen leftmost-longest and never overlap
 * each other or spans the caller has taken. A match whose first or last character is a Latin letter
 * or digit must not continue a Latin word ({@code AMD} is not found in {@code AMDX}).
 *
 * <p>The values may fall in two groups that the caller offers at different times (the entity finder
 * tries institutions before the suffix rule and large companies after it): one {@link #scan} of the
 * text finds the candidates of both, {@link Candidates#offer} hands out one group's.
 *
 * <p>Immutable after construction and safe to share between threads: a search keeps its state in
 * the caller's {@link Candidates}.
 */
final class NameTrie<V> {

  /** Receives each candidate match; returns whether it keeps it. */
  interface Sink<V> {
    boolean accept(int begin, int end, V value);
  }

  private final AhoCorasickDoubleArrayTrie<V> trie = new AhoCorasickDoubleArrayTrie<>();
  private final boolean empty;
  private final Predicate<V> inSecondGroup;

  /** A trie of one group. */
  NameTrie(TreeMap<String, V> spellings) {
    this(spellings, v -> false);
  }

  /** A trie whose values for which {@code inSecondGroup} holds form group 1, the others group 0. */
  NameTrie(TreeMap<String, V> spellings, Predicate<V> inSecondGroup) {
    this.empty = spellings.isEmpty();
    this.inSecondGroup = inSecondGroup;
    if (!empty) {
      trie.build(spellings);
    }
  }

  /**
   * Offers {@code sink} the leftmost-longest matches in {@code text} that lie on free characters of
   * {@code spans}, in text order (a trie of one group). Does not mark matches taken.
   */
  void find(String text, Spans spans, Candidates<V> scratch, Sink<V> sink) {
    scan(text, scratch);
    scratch.offer(0, text, spans, sink);
  }

  /** Finds every group's longest match at each start of {@code text}, into {@code into}. */
  void scan(String text, Candidates<V> into) {
    into.reset(text.length());
    if (empty || text.isEmpty()) {
      return;
    }
    int[][] ends = into.ends;
    Object[][] values = into.values;
    trie.parseText(
        text,
        (int begin, int end, V value) -> {
          int g = inSecondGroup.test(value) ? 1 : 0;
          if (end > ends[g][begin]) {
            ends[g][begin] = end;
            values[g][begin] = value;
          }
        });
  }

  /**
   * The candidates of one scanned text: per group and start, the longest match. Not thread-safe;
   * reused text after text.
   */
  static final class Candidates<V> {
    private final int[][] ends = {new int[0], new int[0]};
    private final Object[][] values = {new Object[0], new Object[0]};
    private int length;

    private void reset(int n) {
      length = n;
      for (int g = 0; g < 2; g++) {
        if (ends[g].length < n) {
          ends[g] = new int[Math.max(n, ends[g].length * 2)];
          values[g] = new Object[ends[g].length];
        } else {
          Arrays.fill(ends[g], 0, n, 0);
        }
      }
    }

    /**
     * Offers {@code sink} group {@code g}'s leftmost-longest matches on free characters of {@code
     * spans}, in text order; after a kept match the search goes on at its end, after a refused one
     * at the next character. Does not mark matches taken.
     */
    @SuppressWarnings("unchecked")
    void offer(int g, String text, Spans spans, Sink<V> sink) {
      int[] end = ends[g];
      int i = 0;
      while (i < length) {
        if (end[i] > i
            && spans.isFree(i, end[i])
            && fitsLatin(text, i, end[i])
            && sink.accept(i, end[i], (V) values[g][i])) {
          i = end[i];
        } else {
          i++;
        }
      }
    }
  }

  private static boolean fitsLatin(String text, int begin, int end) {
    return !(isAsciiAlnum(text.charAt(begin)) && begin > 0 && isAsciiAlnum(text.charAt(begin - 1)))
        && !(isAsciiAlnum(text.charAt(end - 1))
            && end < text.length()
            && isAsciiAlnum(text.charAt(end)));
  }

  static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
