package dev.posttrends.extract.keywords;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import java.util.function.BiConsumer;

/**
 * Lists the entries of one of HanLP's {@link DoubleArrayTrie}s. HanLP keeps no key list beside its
 * double arrays (the dictionaries ship as compiled {@code .bin} files), so the keys are read back
 * from the arrays themselves.
 *
 * <p>In HanLP's layout a node is known by its {@code base} value {@code b}: the child on character
 * {@code c} sits at {@code p = b + c + 1} with {@code check[p] == b}, and a key ends at node {@code
 * b} when {@code check[b] == b} and {@code base[b] < 0}, its value index being {@code
 * -base[b] - 1}.
 * One pass over {@code check} groups every position under its parent (a counting sort), then a
 * depth-first walk from the root spells out the keys in sorted order.
 */
final class DatEntries {

  private DatEntries() {}

  /** Calls {@code action} with each key and its value; throws if the walk misses any key. */
  static <V> void forEach(DoubleArrayTrie<V> dat, BiConsumer<String, V> action) {
    int[] base = dat.getBase();
    int[] check = dat.getCheck();
    int n = Math.min(base.length, check.length);
    int maxParent = 0;
    for (int p = 0; p < n; p++) {
      maxParent = Math.max(maxParent, check[p]);
    }
    // children of parent b are kids[first[b] .. first[b + 1]), in ascending position = char order
    int[] first = new int[maxParent + 2];
    for (int p = 0; p < n; p++) {
      if (check[p] > 0) {
        first[check[p] + 1]++;
      }
    }
    for (int b = 1; b < first.length; b++) {
      first[b] += first[b - 1];
    }
    int[] fill = first.clone();
    int[] kids = new int[first[first.length - 1]];
    for (int p = 0; p < n; p++) {
      if (check[p] > 0) {
        kids[fill[check[p]]++] = p;
      }
    }
    Walk<V> walk = new Walk<>(dat, base, first, kids, action);
    walk.visit(base[0], new StringBuilder());
    if (walk.count != dat.size()) {
      throw new IllegalStateException(
          "Cannot list HanLP dictionary: read back " + walk.count + " of " + dat.size() + " keys");
    }
  }

  /** The depth-first walk; its depth is the longest key's length. */
  private static final class Walk<V> {
    final DoubleArrayTrie<V> dat;
    final int[] base;
    final int[] first;
    final int[] kids;
    final BiConsumer<String, V> action;
    int count;

    Walk(DoubleArrayTrie<V> dat, int[] base, int[] first, int[] kids, BiConsumer<String, V> a) {
      this.dat = dat;
      this.base = base;
      this.first = first;
      this.kids = kids;
      this.action = a;
    }

    void visit(int b, StringBuilder prefix) {
      if (b <= 0 || b + 1 >= first.length) {
        return; // a leaf: no position names it as parent
      }
      for (int k = first[b]; k < first[b + 1]; k++) {
        int p = kids[k];
        if (p == b) {
          count++;
          action.accept(prefix.toString(), dat.get(-base[p] - 1));
          continue;
        }
        prefix.append((char) (p - b - 1));
        visit(base[p], prefix);
        prefix.setLength(prefix.length() - 1);
      }
    }
  }
}
