package dev.posttrends.aggregate;

import java.util.Arrays;
import java.util.Collection;

/**
 * The arithmetic of {@link SeriesBuilder}, in the order of operations Spark's Column expressions
 * used for the same measures, so that both give the same doubles.
 */
final class SeriesStatistics {

  private SeriesStatistics() {}

  /**
   * Robust z-score of {@code count} against {@code history} (previous counts, oldest first, at most
   * {@link SeriesBuilder#ZSCORE_HISTORY}): null with fewer than {@link
   * SeriesBuilder#ZSCORE_MIN_HISTORY} values or a MAD of 0.
   */
  static Double robustZscore(long count, Collection<Long> history) {
    int n = history.size();
    if (n < SeriesBuilder.ZSCORE_MIN_HISTORY) {
      return null;
    }
    long[] sorted = new long[n];
    int i = 0;
    for (long value : history) {
      sorted[i++] = value;
    }
    Arrays.sort(sorted);
    // 1-based elements (n + 1) >> 1 and (n >> 1) + 1, summed as integers, then halved
    double median = (double) (sorted[((n + 1) >> 1) - 1] + sorted[n >> 1]) / 2.0;
    double[] deviations = new double[n];
    for (int j = 0; j < n; j++) {
      deviations[j] = Math.abs(sorted[j] - median);
    }
    Arrays.sort(deviations);
    double mad = (deviations[((n + 1) >> 1) - 1] + deviations[n >> 1]) / 2.0;
    if (!(mad > 0)) {
      return null;
    }
    return (count - median) / (mad * SeriesBuilder.MAD_SCALE);
  }

  /** Mean of {@code count} and the last {@code periods − 1} values of {@code history}. */
  static double rollingAverage(long count, java.util.Deque<Long> history, int periods) {
    double sum = 0;
    int taken = 0;
    var newestFirst = history.descendingIterator();
    double[] previous = new double[periods - 1];
    while (taken < periods - 1 && newestFirst.hasNext()) {
      previous[taken++] = newestFirst.next();
    }
    for (int j = taken - 1; j >= 0; j--) { // oldest first, as a window frame adds them
      sum += previous[j];
    }
    sum += count;
    return sum / (taken + 1);
  }

  /** Compares strings by code point, as Spark compares UTF-8 strings byte by byte. */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
