package dev.posttrends.aggregate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The periods of each type that hold at least one published post, in order, with their post counts:
 * the calendar that keyword shares are taken against. Small (one entry per period with posts: about
 * 2,600 days, 370 weeks, … for seven years), so it travels to every task.
 */
public final class PeriodCalendar implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<PeriodType, int[]> starts = new EnumMap<>(PeriodType.class);
  private final Map<PeriodType, long[]> postCounts = new EnumMap<>(PeriodType.class);

  /**
   * @param starts per type, the epoch days of the period starts, ascending
   * @param postCounts per type, the published posts of each period, in the same order
   */
  public PeriodCalendar(Map<PeriodType, int[]> starts, Map<PeriodType, long[]> postCounts) {
    for (PeriodType type : PeriodType.values()) {
      int[] s = starts.getOrDefault(type, new int[0]);
      long[] c = postCounts.getOrDefault(type, new long[0]);
      if (s.length != c.length) {
        throw new IllegalArgumentException("Calendar of " + type.label() + ": lengths differ");
      }
      this.starts.put(type, s.clone());
      this.postCounts.put(type, c.clone());
    }
  }

  /** The 0-based position of the period starting on {@code start}, or −1 when it has no posts. */
  public int position(PeriodType type, LocalDate start) {
    int found = Arrays.binarySearch(starts.get(type), (int) start.toEpochDay());
    return found < 0 ? -1 : found;
  }

  /** The published posts of the period at {@code position}. */
  public long postCount(PeriodType type, int position) {
    return postCounts.get(type)[position];
  }
}
