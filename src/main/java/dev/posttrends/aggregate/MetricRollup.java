package dev.posttrends.aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Metric mentions rolled up per key (category, kind, unit), period type and period start, in plain
 * Java, from mentions fed key by key in date order: mention count, distinct posts, exact sum, and
 * the exact median and 90th percentile in decimal arithmetic, as {@link MetricTrends} defines them.
 * Memory holds one key's current period of each type.
 */
public final class MetricRollup {

  /** One output row: the measures of one key and period. */
  public record Point(
      String category,
      String kind,
      String unit,
      PeriodType period,
      LocalDate periodStart,
      long mentionCount,
      long postCount,
      BigDecimal sum,
      BigDecimal median,
      BigDecimal p90) {}

  private final Consumer<Point> out;
  private final Track[] tracks = new Track[PeriodType.values().length];
  private String category;
  private String kind;
  private String unit;

  public MetricRollup(Consumer<Point> out) {
    this.out = out;
  }

  /** Adds a mention; mentions of a key come together, in date order. */
  public void add(
      String category, String kind, String unit, LocalDate date, String postId, BigDecimal value) {
    if (!(category.equals(this.category) && kind.equals(this.kind) && unit.equals(this.unit))) {
      finishKey();
      this.category = category;
      this.kind = kind;
      this.unit = unit;
      for (PeriodType type : PeriodType.values()) {
        tracks[type.ordinal()] = new Track(type);
      }
    }
    for (Track track : tracks) {
      track.add(date, postId, value);
    }
  }

  /** Ends the current key: emits its open periods. */
  public void finishKey() {
    if (category != null) {
      for (Track track : tracks) {
        track.close();
      }
    }
    category = null;
  }

  /**
   * The {@code numerator / denominator} percentile of {@code sorted} (of {@code n} mentions): the
   * values at 0-based positions {@code floor(pos)} and {@code ceil(pos)}, {@code pos = p × (n −
   * 1)}, interpolated as Spark's DECIMAL(38,6) arithmetic does it: the product of the difference
   * and the fraction rounded half up to six decimals.
   */
  static BigDecimal percentile(List<BigDecimal> sorted, long n, int numerator, int denominator) {
    long scaled = (n - 1) * numerator;
    long remainder = scaled % denominator;
    int low = (int) ((scaled - remainder) / denominator);
    int high = remainder == 0 ? low : low + 1;
    if (high >= sorted.size()) {
      return null;
    }
    // as Spark's cast of remainder / denominator to DECIMAL(10,9): exact for halves and tenths
    BigDecimal fraction =
        BigDecimal.valueOf(remainder)
            .divide(BigDecimal.valueOf(denominator), 9, RoundingMode.HALF_UP);
    BigDecimal lowValue = sorted.get(low);
    BigDecimal step =
        sorted.get(high).subtract(lowValue).multiply(fraction).setScale(6, RoundingMode.HALF_UP);
    return lowValue.add(step).setScale(6, RoundingMode.HALF_UP);
  }

  private final class Track {
    private final PeriodType type;
    private LocalDate start;
    private long mentions;
    private final Set<String> posts = new HashSet<>();
    private final List<BigDecimal> values = new ArrayList<>();
    private BigDecimal sum;

    Track(PeriodType type) {
      this.type = type;
    }

    void add(LocalDate date, String postId, BigDecimal value) {
      LocalDate periodStart = type.start(date);
      if (start != null && !periodStart.equals(start)) {
        close();
      }
      start = periodStart;
      mentions++;
      posts.add(postId);
      if (value != null) {
        values.add(value);
        sum = sum == null ? value : sum.add(value);
      }
    }

    void close() {
      if (mentions == 0) {
        return;
      }
      values.sort(null);
      out.accept(
          new Point(
              category,
              kind,
              unit,
              type,
              start,
              mentions,
              posts.size(),
              sum == null ? null : sum.setScale(6, RoundingMode.HALF_UP),
              percentile(values, mentions, 1, 2),
              percentile(values, mentions, 9, 10)));
      mentions = 0;
      posts.clear();
      values.clear();
      sum = null;
    }
  }
}
