package dev.posttrends.aggregate;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Dense period series of keys, in plain Java, from posts fed key by key in date order: for every
 * period type, one {@link SeriesPoint} per period from the key's first period to the later of its
 * last and the horizon's period (silent periods as zero rows), with:
 *
 * <ul>
 *   <li>{@code post_count}; {@code story_count} and {@code source_count}: distinct non-null content
 *       hashes and source names; {@code avg_chars} and {@code median_chars} (exact, the two middle
 *       values averaged: Spark's {@code percentile(x, 0.5)});
 *   <li>{@code prev_post_count} (null in the key's first period) and {@code pop_growth}: (count −
 *       previous) / previous, null when the previous count is 0 or null;
 *   <li>{@code rolling_avg}: mean count of the last 4 periods, current included;
 *   <li>{@code zscore}: robust z-score against the previous {@value #ZSCORE_HISTORY} periods, (x −
 *       median) / (1.4826 × MAD), null with fewer than {@value #ZSCORE_MIN_HISTORY} of them or a
 *       MAD of 0; {@code is_spike}: z-score ≥ 3 on at least 5 posts;
 *   <li>{@code top_tags} when asked for: the tags most posts of the period hold, ties by tag in
 *       code point order (Spark's string order).
 * </ul>
 *
 * Memory holds one key's current period of each type, never the whole series.
 */
public final class SeriesBuilder {

  public static final int ZSCORE_HISTORY = 12;
  public static final int ZSCORE_MIN_HISTORY = 3;
  public static final double MAD_SCALE = 1.4826;
  static final int ROLLING_PERIODS = 4;

  private final LocalDate horizon;
  private final int topTags;
  private final Consumer<SeriesPoint> out;
  private final Track[] tracks = new Track[PeriodType.values().length];
  private String key;

  /**
   * @param horizon the latest date of the batch: every series runs up to its periods
   * @param topTags how many tags {@code top_tags} holds (0: none collected)
   */
  public SeriesBuilder(LocalDate horizon, int topTags, Consumer<SeriesPoint> out) {
    this.horizon = horizon;
    this.topTags = topTags;
    this.out = out;
  }

  /**
   * Adds a post of {@code key}; posts of a key come together, in date order. {@code tags} are
   * already normalized and distinct; null values are allowed anywhere but in key and date.
   */
  public void add(
      String key, LocalDate date, String hash, String source, Integer chars, List<String> tags) {
    if (!key.equals(this.key)) {
      finishKey();
      this.key = key;
      for (PeriodType type : PeriodType.values()) {
        tracks[type.ordinal()] = new Track(type);
      }
    }
    for (Track track : tracks) {
      track.add(date, hash, source, chars, tags);
    }
  }

  /** The key whose posts are being added; null before the first post and after finishing it. */
  String key() {
    return key;
  }

  /** Ends the current key: its open periods and the silent ones up to the horizon. */
  public void finishKey() {
    if (key == null) {
      return;
    }
    for (Track track : tracks) {
      track.close();
      LocalDate last = track.type.start(horizon);
      for (LocalDate s = track.type.next(track.start); !s.isAfter(last); s = track.type.next(s)) {
        track.emitSilent(s);
      }
    }
    key = null;
  }

  /** One period type of the current key: the open period's accumulators and the count history. */
  private final class Track {
    private final PeriodType type;
    private final ArrayDeque<Long> history = new ArrayDeque<>();
    private LocalDate start;
    private long posts;
    private final Set<String> hashes = new HashSet<>();
    private final Set<String> sources = new HashSet<>();
    private final Map<String, Long> tagPosts = new HashMap<>();
    private int[] chars = new int[16];
    private int charCount;
    private double charSum;

    Track(PeriodType type) {
      this.type = type;
    }

    void add(LocalDate date, String hash, String source, Integer postChars, List<String> tags) {
      LocalDate periodStart = type.start(date);
      if (start != null && !periodStart.equals(start)) {
        close();
        for (LocalDate s = type.next(start); s.isBefore(periodStart); s = type.next(s)) {
          emitSilent(s);
        }
      }
      start = periodStart;
      posts++;
      if (hash != null) {
        hashes.add(hash);
      }
      if (source != null) {
        sources.add(source);
      }
      if (postChars != null) {
        if (charCount == chars.length) {
          chars = Arrays.copyOf(chars, charCount * 2);
        }
        chars[charCount++] = postChars;
        charSum += postChars;
      }
      if (topTags > 0 && tags != null) {
        for (String tag : tags) {
          if (tag != null) {
            tagPosts.merge(tag, 1L, Long::sum);
          }
        }
      }
    }

    /** Emits the open period, if any, and resets the accumulators (the start stays). */
    void close() {
      if (posts == 0) {
        return;
      }
      Double avg = charCount == 0 ? null : charSum / charCount;
      Double median = charCount == 0 ? null : medianOf(chars, charCount);
      emit(start, posts, hashes.size(), sources.size(), avg, median, topTags());
      posts = 0;
      hashes.clear();
      sources.clear();
      tagPosts.clear();
      charCount = 0;
      charSum = 0;
    }

    void emitSilent(LocalDate s) {
      emit(s, 0, 0, 0, null, null, List.of());
    }

    private void emit(
        LocalDate s,
        long count,
        long stories,
        long sourceCount,
        Double avg,
        Double median,
        List<String> tags) {
      Long prev = history.peekLast();
      Double growth = prev != null && prev > 0 ? (count - prev) / prev.doubleValue() : null;
      Double zscore = SeriesStatistics.robustZscore(count, history);
      boolean spike = zscore != null && zscore >= 3.0 && count >= 5;
      out.accept(
          new SeriesPoint(
              key,
              type,
              s,
              count,
              stories,
              sourceCount,
              avg,
              median,
              tags,
              prev,
              growth,
              SeriesStatistics.rollingAverage(count, history, ROLLING_PERIODS),
              zscore,
              spike));
      history.addLast(count);
      if (history.size() > ZSCORE_HISTORY) {
        history.removeFirst();
      }
    }

    private List<String> topTags() {
      if (tagPosts.isEmpty()) {
        return List.of();
      }
      List<Map.Entry<String, Long>> ranked = new ArrayList<>(tagPosts.entrySet());
      ranked.sort(
          (a, b) -> {
            int byPosts = Long.compare(b.getValue(), a.getValue());
            return byPosts != 0
                ? byPosts
                : SeriesStatistics.compareCodePoints(a.getKey(), b.getKey());
          });
      List<String> top = new ArrayList<>(Math.min(topTags, ranked.size()));
      for (int i = 0; i < ranked.size() && i < topTags; i++) {
        top.add(ranked.get(i).getKey());
      }
      return top;
    }
  }

  /**
   * Spark's exact {@code percentile(x, 0.5)}: the middle value, or the two middle ones averaged.
   */
  static double medianOf(int[] values, int n) {
    int[] sorted = Arrays.copyOf(values, n);
    Arrays.sort(sorted);
    double position = (n - 1) * 0.5;
    long lower = (long) Math.floor(position);
    long higher = (long) Math.ceil(position);
    double low = sorted[(int) lower];
    double high = sorted[(int) higher];
    if (higher == lower || low == high) {
      return low;
    }
    return (higher - position) * low + (position - lower) * high;
  }
}
