package dev.posttrends.extract.entities;

import java.util.Arrays;

/**
 * Which characters of a text already belong to an entity, plus scratch arrays the automata reuse.
 * Sources run from the surest to the least sure; a later source only gets characters no earlier one
 * took, so the entities of a text never overlap. Not thread-safe; reused text after text.
 */
final class Spans {

  private boolean[] taken = new boolean[0];
  private int[] ints = new int[0];
  private Object[] objects = new Object[0];
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

  /** A zeroed int array of at least {@code n} entries, valid until the next call. */
  int[] scratchInts(int n) {
    if (ints.length < n) {
      ints = new int[Math.max(n, ints.length * 2)];
    } else {
      Arrays.fill(ints, 0, n, 0);
    }
    return ints;
  }

  /** An array of at least {@code n} entries, valid until the next call; stale entries remain. */
  Object[] scratchObjects(int n) {
    if (objects.length < n) {
      objects = new Object[Math.max(n, objects.length * 2)];
    }
    return objects;
  }
}
