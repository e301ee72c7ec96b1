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
   * part, the post's own names, nor the post's own compounds: {@code 光伏玻璃} inside {@code 光伏玻璃价格} is
   * counted once, as the longer) that the post does not already have as a term becomes one, with
   * its occurrences; its words lose as many. {@code taken} holds {begin, end, 1 if in the title}.
   * Returns {@code terms} itself when nothing changes.
   */
  public Map<String, PostTerms.Term> join(
      Map<String, PostTerms.Term> terms, String title, String text, List<int[]> taken) {
    if (wordsOf.isEmpty()) {
      return terms;
    }
    Map<String, int[]> found = new LinkedHashMap<>(); // phrase -> {count, in title}
    String[] parts = {fold(title), fold(text)}; // the title, then the text
    taken = withOwnCompounds(terms, parts, taken);
    find(parts[0], true, taken, terms, found);
    find(parts[1], false, taken, terms, found);
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
    if (part.isEmpty()) {
      return;
    }
    String text = part;
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

  /** {@code taken} and where the post's own compounds stand in its title and text. */
  private static List<int[]> withOwnCompounds(
      Map<String, PostTerms.Term> terms, String[] parts, List<int[]> taken) {
    List<int[]> out = null;
    for (Map.Entry<String, PostTerms.Term> e : terms.entrySet()) {
      if (!e.getValue().compound()) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(taken);
      }
      String compound = e.getKey();
      for (int part = 0; part < 2; part++) {
        String folded = parts[part];
        for (int at = folded.indexOf(compound); at >= 0; at = folded.indexOf(compound, at + 1)) {
          out.add(new int[] {at, at + compound.length(), part == 0 ? 1 : 0});
        }
      }
    }
    return out == null ? taken : out;
  }

  private static String fold(String part) {
    return part == null ? "" : TermExtractor.fold(part);
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
