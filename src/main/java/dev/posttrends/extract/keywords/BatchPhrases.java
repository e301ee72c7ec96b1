package dev.posttrends.extract.keywords;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Phrases a batch keeps together, found again as single terms in the posts that write them without
 * the evidence: a compound several posts repeat ({@code 北向资金} joined by {@link PostTerms} in posts
 * that write it twice) is one term in a post that writes it once, and a name another post anchors
 * ({@code 信江新材(603218)}) is one term in a post that writes it bare. Each occurrence counts for the
 * phrase and no longer for the words inside it.
 *
 * <p>Only phrases of Chinese characters are kept (three or more): they are matched in the text as
 * written, where a Latin term's case may differ. The words inside a phrase are those the extractor
 * makes of the phrase alone; in a post the segmenter may cut a phrase's neighbourhood differently,
 * so the count taken from a word is at most what the word has.
 *
 * <p>Serializable so that Spark can broadcast it: only the phrases and their words travel; the
 * automaton (HanLP's Aho-Corasick, not serializable) is rebuilt lazily once per JVM. Safe to share
 * between threads.
 */
public final class BatchPhrases implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Shorter phrases are too ambiguous to search everywhere without word boundaries. */
  static final int MIN_CHARS = 3;

  private final TreeMap<String, ArrayList<String>> wordsOf;
  private transient volatile AhoCorasickDoubleArrayTrie<String> trie;

  private BatchPhrases(TreeMap<String, ArrayList<String>> wordsOf) {
    this.wordsOf = wordsOf;
  }

  /**
   * The phrases of {@code phrases} worth searching, each with the words {@code extractor} makes of
   * it.
   */
  public static BatchPhrases of(Collection<String> phrases, TermExtractor extractor) {
    TreeMap<String, ArrayList<String>> wordsOf = new TreeMap<>();
    for (String phrase : phrases) {
      if (phrase != null && phrase.length() >= MIN_CHARS && isChinese(phrase)) {
        wordsOf.computeIfAbsent(phrase, p -> new ArrayList<>(extractor.termCounts(p).keySet()));
      }
    }
    return new BatchPhrases(wordsOf);
  }

  public int size() {
    return wordsOf.size();
  }

  /**
   * The terms of a post with the batch's phrases joined: each phrase found in {@code title} or
   * {@code text} (leftmost-longest, not overlapping each other or the {@code taken} spans of that
   * part, the post's own names) that the post does not already have as a term becomes one, with its
   * occurrences; its words lose as many. {@code taken} holds {begin, end, 1 if in the title}.
   * Returns {@code terms} itself when nothing changes.
   */
  public Map<String, PostTerms.Term> join(
      Map<String, PostTerms.Term> terms, String title, String text, List<int[]> taken) {
    if (wordsOf.isEmpty()) {
      return terms;
    }
    Map<String, int[]> found = new LinkedHashMap<>(); // phrase -> {count, in title}
    find(title, true, taken, terms, found);
    find(text, false, taken, terms, found);
    if (found.isEmpty()) {
      return terms;
    }
    Map<String, PostTerms.Term> out = new LinkedHashMap<>(terms);
    found.forEach(
        (phrase, seen) -> {
          out.put(phrase, new PostTerms.Term(seen[0], seen[1] == 1, false));
          for (String word : wordsOf.get(phrase)) {
            PostTerms.Term t = out.get(word);
            if (t != null && !word.equals(phrase)) {
              int left = t.count() - seen[0];
              if (left > 0) {
                out.put(word, new PostTerms.Term(left, t.inTitle(), t.compound()));
              } else {
                out.remove(word);
              }
            }
          }
        });
    return out;
  }

  private void find(
      String part,
      boolean inTitle,
      List<int[]> taken,
      Map<String, PostTerms.Term> terms,
      Map<String, int[]> found) {
    if (part == null || part.isEmpty()) {
      return;
    }
    String text = TermExtractor.fold(part);
    int n = text.length();
    int[] longestEnd = new int[n];
    String[] phraseAt = new String[n];
    trie()
        .parseText(
            text,
            (begin, end, phrase) -> {
              if (end > longestEnd[begin]) {
                longestEnd[begin] = end;
                phraseAt[begin] = phrase;
              }
            });
    for (int i = 0; i < n; ) {
      int end = longestEnd[i];
      if (end > i && isFree(taken, inTitle, i, end)) {
        if (!terms.containsKey(phraseAt[i])) { // else the post's own evidence counted it already
          int[] seen = found.computeIfAbsent(phraseAt[i], p -> new int[2]);
          seen[0]++;
          seen[1] |= inTitle ? 1 : 0;
        }
        i = end;
      } else {
        i++;
      }
    }
  }

  private static boolean isFree(List<int[]> taken, boolean inTitle, int begin, int end) {
    for (int[] span : taken) {
      if ((span[2] == 1) == inTitle && begin < span[1] && span[0] < end) {
        return false;
      }
    }
    return true;
  }

  private AhoCorasickDoubleArrayTrie<String> trie() {
    AhoCorasickDoubleArrayTrie<String> t = trie;
    if (t == null) {
      synchronized (this) {
        t = trie;
        if (t == null) {
          TreeMap<String, String> map = new TreeMap<>();
          wordsOf.keySet().forEach(p -> map.put(p, p));
          t = new AhoCorasickDoubleArrayTrie<>();
          t.build(map);
          trie = t;
        }
      }
    }
    return t;
  }

  private static boolean isChinese(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isIdeographic(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The phrases, sorted (for logs and tests). */
  public List<String> phrases() {
    return new ArrayList<>(wordsOf.keySet());
  }
}
