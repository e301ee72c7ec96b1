package dev.posttrends.extract.entities;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.TreeMap;

/**
 * Many names found in one pass: an Aho-Corasick automaton (HanLP's double-array implementation)
 * over spellings, each mapped to a value. Matches are chosen leftmost-longest and never overlap
 * each other or spans the caller has taken. A match whose first or last character is a Latin letter
 * or digit must not continue a Latin word ({@code AMD} is not found in {@code AMDX}).
 *
 * <p>Immutable after construction and safe to share between threads: a search keeps its state in
 * the caller's {@link Spans}.
 */
final class NameTrie<V> {

  /** Receives each candidate match; returns whether it keeps it. */
  interface Sink<V> {
    boolean accept(int begin, int end, V value);
  }

  private final AhoCorasickDoubleArrayTrie<V> trie = new AhoCorasickDoubleArrayTrie<>();
  private final boolean empty;

  NameTrie(TreeMap<String, V> spellings) {
    empty = spellings.isEmpty();
    if (!empty) {
      trie.build(spellings);
    }
  }

  /**
   * Offers {@code sink} the leftmost-longest matches in {@code text} that lie on free characters of
   * {@code spans}, in text order; after a kept match the search goes on at its end, after a refused
   * one at the next character. Does not mark matches taken.
   */
  @SuppressWarnings("unchecked")
  void find(String text, Spans spans, Sink<V> sink) {
    if (empty || text.isEmpty()) {
      return;
    }
    int n = text.length();
    int[] longestEnd = spans.scratchInts(n);
    Object[] values = spans.scratchObjects(n);
    trie.parseText(
        text.toCharArray(),
        (int begin, int end, V value) -> {
          if (end > longestEnd[begin]) {
            longestEnd[begin] = end;
            values[begin] = value;
          }
        });
    int i = 0;
    while (i < n) {
      int end = longestEnd[i];
      if (end > i
          && spans.isFree(i, end)
          && fitsLatin(text, i, end)
          && sink.accept(i, end, (V) values[i])) {
        i = end;
      } else {
        i++;
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
