package dev.posttrends.extract.keywords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Ranks one post's terms: {@code tfidf = (1 + ln tf + TITLE_WEIGHT if in the title) × idf}, the
 * best {@code topN} by {@code tfidf} descending then term ascending, without those under {@value
 * #MIN_SHARE_OF_BEST} of the post's best. The idf is the caller's: the batch's ({@link #batchIdf})
 * or a background weight ({@link TermExtractor#backgroundIdf}). Logarithms are {@link
 * StrictMath}'s, as Spark SQL's {@code log}, so a score is the same whichever side computes it.
 */
public final class TermRanking {

  /**
   * What a title occurrence adds to a term's weight, on top of its sublinear count: editors title a
   * post by what it is about.
   */
  public static final double TITLE_WEIGHT = 1.0;

  /**
   * Terms scoring under this share of their post's best are left out: a short post has only a few
   * terms worth filing it under, and ten would pad it with generic words.
   */
  public static final double MIN_SHARE_OF_BEST = 0.25;

  /** A ranked term: its count in the post, its score and its rank from 1. */
  public record Ranked(String term, int tf, double tfidf, int rank) {}

  /** Ties on the score by term, in code point order (the order of Spark's UTF-8 strings). */
  private static final Comparator<String> BY_CODE_POINTS = TermRanking::compareCodePoints;

  private TermRanking() {}

  /**
   * The smooth inverse document frequency {@code ln((1 + N) / (1 + df)) + 1} of scikit-learn's
   * default: the ones inside the logarithm act as one extra post holding every term, and the outer
   * {@code + 1} keeps a term of every post at weight 1.
   */
  public static double batchIdf(long documentFrequency, long postCount) {
    return StrictMath.log((double) (1 + postCount) / (documentFrequency + 1)) + 1;
  }

  /** {@code 1 + ln tf}, plus {@link #TITLE_WEIGHT} when the title holds the term. */
  public static double weight(int tf, boolean inTitle) {
    return StrictMath.log(tf) + 1 + (inTitle ? TITLE_WEIGHT : 0.0);
  }

  /**
   * {@code a} against {@code b} in code point order without decoding them: UTF-16 units compare as
   * code points except that surrogates (U+D800–U+DFFF, the halves of code points above U+FFFF) must
   * sort after U+E000–U+FFFF, so the differing units are shifted before they are compared.
   */
  static int compareCodePoints(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return inCodePointOrder(x) - inCodePointOrder(y);
      }
    }
    return a.length() - b.length();
  }

  private static int inCodePointOrder(char c) {
    if (c < 0xD800) {
      return c;
    }
    return c >= 0xE000 ? c - 0x800 : c + 0x2000;
  }

  /**
   * The post's {@code topN} terms, best first.
   *
   * @param terms the post's distinct terms
   * @param tf each term's count in the post (at least 1)
   * @param inTitle whether the title holds it
   * @param idf each term's inverse document frequency
   */
  public static List<Ranked> top(
      List<String> terms, int[] tf, boolean[] inTitle, ToDoubleFunction<String> idf, int topN) {
    if (topN < 1) {
      throw new IllegalArgumentException("Cannot keep fewer than 1 term per post: topN=" + topN);
    }
    int n = terms.size();
    Integer[] order = new Integer[n];
    double[] score = new double[n];
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      order[i] = i;
      score[i] = weight(tf[i], inTitle[i]) * idf.applyAsDouble(terms.get(i));
      best = Math.max(best, score[i]);
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingDouble(i -> -score[i])
            .thenComparing(terms::get, BY_CODE_POINTS));
    List<Ranked> top = new ArrayList<>(Math.min(n, topN));
    for (int r = 0; r < Math.min(n, topN); r++) {
      int i = order[r];
      if (score[i] >= best * MIN_SHARE_OF_BEST) {
        top.add(new Ranked(terms.get(i), tf[i], score[i], r + 1));
      }
    }
    return top;
  }
}
