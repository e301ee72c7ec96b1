package dev.posttrends.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores top-10 keyword lists against two people's index terms, as {@code gold/README.md} rules:
 * strict (equal after lower-casing and removing spaces) and soft (one contains the other, both at
 * least two characters) precision@10 against the union of both people's terms, and recall@10 of the
 * terms both chose. Micro-averaged: sums over posts, then one division.
 */
public final class KeywordScores {

  static final int TOP = 10;

  private int predicted;
  private int strictHits;
  private int softHits;
  private int both;
  private int strictFound;
  private int softFound;
  private int posts;

  /** Adds one post: its ranked keywords (best first) and the two people's terms. */
  public void add(List<String> ranked, List<String> personA, List<String> personB) {
    List<String> top = new ArrayList<>();
    for (String term : ranked.subList(0, Math.min(TOP, ranked.size()))) {
      top.add(normalize(term));
    }
    Set<String> a = normalized(personA);
    Set<String> b = normalized(personB);
    Set<String> either = new LinkedHashSet<>(a);
    either.addAll(b);
    Set<String> chosenByBoth = new LinkedHashSet<>(a);
    chosenByBoth.retainAll(b);
    posts++;
    predicted += top.size();
    for (String term : top) {
      strictHits += either.contains(term) ? 1 : 0;
      softHits += either.stream().anyMatch(g -> soft(term, g)) ? 1 : 0;
    }
    both += chosenByBoth.size();
    for (String g : chosenByBoth) {
      strictFound += top.contains(g) ? 1 : 0;
      softFound += top.stream().anyMatch(t -> soft(t, g)) ? 1 : 0;
    }
  }

  public double strictPrecision() {
    return ratio(strictHits, predicted);
  }

  public double softPrecision() {
    return ratio(softHits, predicted);
  }

  public double strictRecall() {
    return ratio(strictFound, both);
  }

  public double softRecall() {
    return ratio(softFound, both);
  }

  /** The one-line summary {@code jobs/evaluate keywords} prints. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "keywords: strict P@10=%.3f R@10=%.3f soft P@10=%.3f R@10=%.3f"
            + " (posts %d, keywords %d, terms both chose %d)",
        strictPrecision(),
        strictRecall(),
        softPrecision(),
        softRecall(),
        posts,
        predicted,
        both);
  }

  /** Lower case (root locale) without any white space, full-width space included. */
  static String normalize(String term) {
    StringBuilder sb = new StringBuilder(term.length());
    term.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** One contains the other, both of at least two characters (code points). */
  static boolean soft(String x, String y) {
    return x.codePointCount(0, x.length()) >= 2
        && y.codePointCount(0, y.length()) >= 2
        && (x.contains(y) || y.contains(x));
  }

  private static Set<String> normalized(List<String> terms) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : terms) {
      String n = normalize(t);
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }

  private static double ratio(int hits, int total) {
    return total == 0 ? 0 : (double) hits / total;
  }
}
