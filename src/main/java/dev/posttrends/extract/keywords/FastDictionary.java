package dev.posttrends.extract.keywords;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The word list behind {@link FastSegmenter}: HanLP's core dictionary (the portable jar's mini one,
 * 85k words), its custom dictionary (71k words) and the project's {@code domain-words.txt}, merged
 * into one double-array trie over primitive arrays, with a log-probability and a part of speech per
 * word. Built once per JVM ({@link #shared()}, ≈ 0.5 s) and read-only afterwards, so all threads
 * share it.
 *
 * <p>Each dictionary is normalised by its own total frequency (jieba's unigram model: {@code
 * ln(freq / total)}), because the two count on different scales. A word in both keeps the higher
 * probability and the core dictionary's nature. HanLP's placeholder entries ({@code 未##数}, {@code
 * 始##始}, …) stand for classes of words, not text: they are left out of the totals and the trie.
 * Domain words already in the custom dictionary keep its entry, as {@code CustomDictionary.add}
 * does for the accurate segmenter.
 */
final class FastDictionary {

  /** Nature ids of tokens the dictionary does not decide. */
  static final short OTHER = 0;

  static final short PUNCTUATION = 1;
  static final short NUMBER = 2;
  static final short LATIN = 3;

  /** Slack after the arrays so that {@code base + char + 1} never runs past their end. */
  private static final int PAD = Character.MAX_VALUE + 2;

  final int[] base;
  final int[] check;
  final float[] logProb;
  final short[] nature;
  final String[] natureNames;

  /** Log-probability of a character no dictionary knows: frequency 1 in the core dictionary. */
  final float unknownLogProb;

  /**
   * The lowest log-probability of all: that of the rarest dictionary word, or {@link
   * #unknownLogProb} if lower. The custom dictionary's words are normalised by its own, smaller
   * total, so its rarest words fall below a core word of frequency 1.
   */
  private final float rarestLogProb;

  private FastDictionary(TreeMap<String, Entry> words, List<String> natures, double coreTotal) {
    DoubleArrayTrie<Integer> dat = new DoubleArrayTrie<>();
    List<String> keys = new ArrayList<>(words.keySet());
    List<Integer> ids = new ArrayList<>(keys.size());
    logProb = new float[keys.size()];
    nature = new short[keys.size()];
    int id = 0;
    for (Entry entry : words.values()) {
      ids.add(id);
      logProb[id] = (float) entry.logProb;
      nature[id++] = entry.nature;
    }
    int error = dat.build(keys, ids); // value index = position in the sorted key list = id
    if (error != 0) {
      throw new IllegalStateException("Cannot build the segmenter's word trie: error " + error);
    }
    base = Arrays.copyOf(dat.getBase(), dat.getBase().length + PAD);
    check = Arrays.copyOf(dat.getCheck(), dat.getCheck().length + PAD);
    natureNames = natures.toArray(new String[0]);
    unknownLogProb = (float) Math.log(1 / coreTotal);
    float rarest = unknownLogProb;
    for (float p : logProb) {
      rarest = Math.min(rarest, p);
    }
    rarestLogProb = rarest;
  }

  /** The dictionary of this JVM, loaded on first use. */
  static FastDictionary shared() {
    return Holder.SHARED;
  }

  /** Number of words in the trie. */
  int size() {
    return logProb.length;
  }

  /**
   * The log-probability of {@code word} as one dictionary word, or the rarest word's ({@link
   * #rarestLogProb}) when no dictionary lists it (names, compounds, Latin words): what keyword
   * ranking uses as a background document frequency for small batches.
   */
  float logProbOf(String word) {
    int b = base[0];
    for (int j = 0; j < word.length(); j++) {
      int p = b + word.charAt(j) + 1;
      if (check[p] != b) {
        return rarestLogProb;
      }
      b = base[p];
    }
    int leaf = base[b];
    return check[b] == b && leaf < 0 ? logProb[-leaf - 1] : rarestLogProb;
  }

  /** Lazy holder: the JVM runs its initializer once, on one thread, and publishes it safely. */
  private static final class Holder {
    static final FastDictionary SHARED = load();
  }

  /** One merged word before it gets its id. */
  private record Entry(double logProb, short nature) {}

  private static FastDictionary load() {
    Map<String, Short> natureIds = new HashMap<>();
    List<String> natures = new ArrayList<>(List.of("x", "w", "m", "nx"));
    for (int i = 0; i < natures.size(); i++) {
      natureIds.put(natures.get(i), (short) i);
    }
    Map<String, CoreDictionary.Attribute> core = entries(CoreDictionary.trie);
    Map<String, CoreDictionary.Attribute> custom = entries(CustomDictionary.DEFAULT.dat);
    for (String line : WordList.domainWords()) {
      String[] parts = line.split("\\s+", 2);
      CoreDictionary.Attribute attribute =
          parts.length == 2 ? CoreDictionary.Attribute.create(parts[1]) : null;
      if (attribute == null) {
        throw new IllegalStateException("Cannot read domain word line (word nature freq): " + line);
      }
      custom.putIfAbsent(parts[0], attribute);
    }
    double coreTotal = total(core);
    double customTotal = total(custom);
    TreeMap<String, Entry> words = new TreeMap<>();
    custom.forEach((word, a) -> words.put(word, entry(a, customTotal, natureIds, natures)));
    core.forEach(
        (word, a) -> {
          Entry fromCore = entry(a, coreTotal, natureIds, natures);
          Entry fromCustom = words.get(word);
          double p = fromCore.logProb;
          if (fromCustom != null) {
            p = Math.max(p, fromCustom.logProb);
          }
          words.put(word, new Entry(p, fromCore.nature));
        });
    return new FastDictionary(words, natures, coreTotal);
  }

  /** The real words of a HanLP trie, placeholders left out. */
  private static Map<String, CoreDictionary.Attribute> entries(
      DoubleArrayTrie<CoreDictionary.Attribute> dat) {
    Map<String, CoreDictionary.Attribute> out = new HashMap<>();
    DatEntries.forEach(
        dat,
        (word, attribute) -> {
          if (attribute != null && !word.isEmpty() && !word.contains("##")) {
            out.put(word, attribute);
          }
        });
    return out;
  }

  private static double total(Map<String, CoreDictionary.Attribute> words) {
    double total = 0;
    for (CoreDictionary.Attribute a : words.values()) {
      total += Math.max(1, a.totalFrequency);
    }
    return total;
  }

  /** Log-probability within its dictionary and the most frequent nature of one word. */
  private static Entry entry(
      CoreDictionary.Attribute a, double total, Map<String, Short> ids, List<String> names) {
    int best = 0;
    for (int i = 1; i < a.frequency.length; i++) {
      if (a.frequency[i] > a.frequency[best]) {
        best = i;
      }
    }
    String name = a.nature.length == 0 ? "x" : a.nature[best].toString();
    Short id = ids.get(name);
    if (id == null) {
      id = (short) names.size();
      names.add(name);
      ids.put(name, id);
    }
    return new Entry(Math.log(Math.max(1, a.totalFrequency) / total), id);
  }
}
