package dev.posttrends.extract.entities;

import java.util.Arrays;

/**
 * Which characters of a text already belong to an entity. Sources run from the surest to the least
 * sure; a later source only gets characters no earlier one took, so the entities of a text never
 * overlap. Not thread-safe; reused text after text.
 */
final class Spans {

  private boolean[] taken = new boolean[0];
  private int length;

  /** Forgets the previous text; every character of a text of {@code n} chars is free. */
  void reset(int n) {
    length = n;
    if (taken.length < n) {
      taken = new boolean[Math.max(n, taken.length * 2)];
    } else {
      Arrays.fill(taken, 0, n, false);
    }
  }

  boolean isFree(int begin, int end) {
    if (begin < 0 || end > length || begin >= end) {
      return false;
    }
    for (int i = begin; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  void take(int begin, int end) {
    Arrays.fill(taken, begin, end, true);
  }
}
