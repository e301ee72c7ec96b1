package dev.posttrends.aggregate;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * Keyword shares per period type and period in plain Java, from (keyword, date, post) rows fed
 * keyword by keyword in date order, against a {@link PeriodCalendar}, as {@link KeywordTrends}
 * defines them: {@code share} of the period's published posts, {@code baseline_share} (the mean
 * share over the previous {@value #BASELINE_PERIODS} calendar periods, absent ones counting 0),
 * {@code lift}, {@code is_first_seen}, {@code is_emerging}; periods with fewer than {@value
 * #MIN_POSTS} posts are computed but not emitted.
 */
public final class KeywordSeries {

  static final int BASELINE_PERIODS = 8;
  static final long MIN_POSTS = 3;
  static final long EMERGING_MIN_POSTS = 5;
  static final double EMERGING_LIFT = 3.0;

  /** One output row. */
  public record Point(
      String keyword,
      PeriodType period,
      LocalDate periodStart,
      long postCount,
      long periodPostCount,
      double share,
      Double baselineShare,
      Double lift,
      boolean isFirstSeen,
      boolean isEmerging) {}

  private final PeriodCalendar calendar;
  private final Consumer<Point> out;
  private final Track[] tracks = new Track[PeriodType.values().length];
  private String keyword;
  private LocalDate lastDate;
  private String lastPost;

  public KeywordSeries(PeriodCalendar calendar, Consumer<Point> out) {
    this.calendar = calendar;
    this.out = out;
  }

  /**
   * Adds a post holding {@code keyword}; rows come keyword by keyword, by date, then by post, so a
   * repeated (keyword, post) is adjacent and counts once.
   */
  public void add(String keyword, LocalDate date, String postId) {
    if (!keyword.equals(this.keyword)) {
      finishKeyword();
      this.keyword = keyword;
      for (PeriodType type : PeriodType.values()) {
        tracks[type.ordinal()] = new Track(type);
      }
    } else if (date.equals(lastDate) && postId.equals(lastPost)) {
      return;
    }
    lastDate = date;
    lastPost = postId;
    for (Track track : tracks) {
      track.add(date);
    }
  }

  /** Ends the current keyword: emits its open periods. */
  public void finishKeyword() {
    if (keyword != null) {
      for (Track track : tracks) {
        track.close();
      }
    }
    keyword = null;
    lastDate = null;
    lastPost = null;
  }

  private final class Track {
    private final PeriodType type;
    private final ArrayDeque<double[]> recent = new ArrayDeque<>(); // {position, share}
    private LocalDate start;
    private long posts;
    private boolean seen;

    Track(PeriodType type) {
      this.type = type;
    }

    void add(LocalDate date) {
      LocalDate periodStart = type.start(date);
      if (start != null && !periodStart.equals(start)) {
        close();
      }
      start = periodStart;
      posts++;
    }

    void close() {
      if (posts == 0) {
        return;
      }
      int position = calendar.position(type, start);
      if (position < 0) {
        throw new IllegalStateException(
            "Period " + type.label() + " " + start + " of a published post is not in the calendar");
      }
      long periodPosts = calendar.postCount(type, position);
      double share = posts / (double) periodPosts;
      Double baseline = null;
      int prior = Math.min(position, BASELINE_PERIODS);
      if (prior > 0) {
        double sum = 0.0;
        for (double[] r : recent) { // ascending, as the window frame adds them
          if (r[0] >= position - BASELINE_PERIODS) {
            sum += r[1];
          }
        }
        baseline = sum / prior;
      }
      Double lift = baseline != null && baseline > 0 ? share / baseline : null;
      boolean firstSeen = !seen;
      boolean emerging =
          (lift != null && lift >= EMERGING_LIFT && posts >= EMERGING_MIN_POSTS) || firstSeen;
      if (posts >= MIN_POSTS) {
        out.accept(
            new Point(
                keyword,
                type,
                start,
                posts,
                periodPosts,
                share,
                baseline,
                lift,
                firstSeen,
                emerging));
      }
      seen = true;
      recent.addLast(new double[] {position, share});
      if (recent.size() > BASELINE_PERIODS) {
        recent.removeFirst();
      }
      posts = 0;
    }
  }
}
