package dev.posttrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The series core in plain Java on hand-made series; expected values computed by hand. */
class SeriesBuilderTest {

  private static final LocalDate MONDAY = LocalDate.parse("2024-09-02");
  private static final double SCALE = 1.4826 * 0.5;

  private static LocalDate week(int i) {
    return MONDAY.plusWeeks(i);
  }

  /** The weekly points of key {@code k} with counts[i] posts in week i (horizon: the last week). */
  private static List<SeriesPoint> weekly(long... counts) {
    List<SeriesPoint> points = new ArrayList<>();
    SeriesBuilder series = new SeriesBuilder(week(counts.length - 1), 0, points::add);
    for (int i = 0; i < counts.length; i++) {
      for (int p = 0; p < counts[i]; p++) {
        series.add("k", week(i).plusDays(p % 7), "h" + i + "-" + p, "s", 10, null);
      }
    }
    series.finishKey();
    return points.stream().filter(p -> p.period() == PeriodType.WEEK).toList();
  }

  @Test
  void denseSeriesFillsSilentPeriodsUpToTheHorizonWithZeros() {
    List<SeriesPoint> points = new ArrayList<>();
    SeriesBuilder series = new SeriesBuilder(LocalDate.parse("2024-11-20"), 0, points::add);
    series.add("a", week(0), "h1", "s", 10, null);
    series.add("a", week(0).plusDays(1), "h2", "s", 30, null);
    series.add("a", week(2), "h3", "s", 20, null);
    series.add("b", week(1), "h4", "s", 30, null);
    series.add("c", LocalDate.parse("2024-12-03"), "h5", "s", 40, null); // after the horizon: kept
    series.finishKey();
    assertEquals(
        List.of(
            "a 2024-09-01 3 20.0",
            "a 2024-10-01 0 null",
            "a 2024-11-01 0 null",
            "b 2024-09-01 1 30.0",
            "b 2024-10-01 0 null",
            "b 2024-11-01 0 null",
            "c 2024-12-01 1 40.0"),
        brief(points, PeriodType.MONTH));
    List<String> weeks = brief(points, PeriodType.WEEK);
    assertEquals("a 2024-09-02 2 20.0", weeks.get(0));
    assertEquals("a 2024-09-09 0 null", weeks.get(1));
    assertEquals("a 2024-09-16 1 20.0", weeks.get(2));
    assertEquals("a 2024-11-18 0 null", weeks.get(11)); // the horizon's week
    assertEquals(12, weeks.stream().filter(w -> w.startsWith("a ")).count());
    assertEquals(
        List.of("c 2024-12-02 1 40.0"), weeks.stream().filter(w -> w.startsWith("c ")).toList());
  }

  private static List<String> brief(List<SeriesPoint> points, PeriodType type) {
    return points.stream()
        .filter(p -> p.period() == type)
        .map(p -> p.key() + " " + p.periodStart() + " " + p.postCount() + " " + p.avgChars())
        .collect(Collectors.toList());
  }

  @Test
  void periodStartsAreTheFirstDays() {
    LocalDate date = LocalDate.parse("2025-01-01"); // a Wednesday
    assertEquals(LocalDate.parse("2024-12-30"), PeriodType.WEEK.start(date));
    assertEquals(LocalDate.parse("2025-01-01"), PeriodType.QUARTER.start(date));
    assertEquals(
        LocalDate.parse("2025-07-01"), PeriodType.QUARTER.start(LocalDate.parse("2025-09-30")));
    assertEquals(
        LocalDate.parse("2025-04-01"), PeriodType.QUARTER.next(LocalDate.parse("2025-01-01")));
  }

  @Test
  void growthIsNullForTheFirstPeriodAndAfterAZero() {
    List<SeriesPoint> weeks = weekly(2, 0, 3, 6);
    assertNull(weeks.get(0).prevPostCount());
    assertNull(weeks.get(0).popGrowth());
    assertEquals(2L, weeks.get(1).prevPostCount());
    assertEquals(-1.0, weeks.get(1).popGrowth());
    assertEquals(0L, weeks.get(2).prevPostCount());
    assertNull(weeks.get(2).popGrowth());
    assertEquals(1.0, weeks.get(3).popGrowth());
  }

  @Test
  void rollingAverageTakesTheLastFourPeriodsAndFewerAtTheStart() {
    List<Double> rolling = weekly(4, 0, 2, 6, 8).stream().map(SeriesPoint::rollingAvg).toList();
    assertEquals(List.of(4.0, 2.0, 2.0, 3.0, 4.0), rolling); // last: (0 + 2 + 6 + 8) / 4
  }

  /**
   * Weeks 0–11 alternate 1, 2; week 12 has 8 posts, week 13 has 5. Week 12 against weeks 0–11:
   * median 1.5, MAD 0.5. Week 13 against weeks 1–12 (five 1s, six 2s, one 8): median 2, MAD 0.5.
   * Weeks 0–2 before week 3 (1, 2, 1) give MAD 0, so no score; weeks 0–3 before week 4 give median
   * 1.5, MAD 0.5.
   */
  @Test
  void robustZscoreComparesAgainstTheTwelvePreviousPeriods() {
    List<SeriesPoint> weeks = weekly(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 8, 5);
    for (int i = 0; i < 4; i++) {
      assertNull(weeks.get(i).zscore(), "week " + i);
    }
    assertEquals((1 - 1.5) / SCALE, weeks.get(4).zscore());
    assertEquals((8 - 1.5) / SCALE, weeks.get(12).zscore());
    assertEquals((5 - 2) / SCALE, weeks.get(13).zscore());
    assertTrue(weeks.get(12).isSpike());
    assertTrue(weeks.get(13).isSpike());
    assertFalse(weeks.get(11).isSpike());
  }

  @Test
  void spikeNeedsFivePosts() {
    SeriesPoint four = weekly(1, 2, 1, 2, 4).get(4); // median 1.5, MAD 0.5: z 3.372…
    assertEquals((4 - 1.5) / SCALE, four.zscore());
    assertFalse(four.isSpike());
  }

  @Test
  void storiesSourcesAndMedianCountDistinctNonNullValues() {
    List<SeriesPoint> points = new ArrayList<>();
    SeriesBuilder series = new SeriesBuilder(MONDAY, 0, points::add);
    series.add("k", MONDAY, "h1", "A", 100, null);
    series.add("k", MONDAY, "h1", null, 300, null);
    series.add("k", MONDAY, null, "A", 400, null);
    series.add("k", MONDAY, "h2", "B", null, null);
    series.finishKey();
    SeriesPoint day = points.get(0);
    assertEquals(PeriodType.DAY, day.period());
    assertEquals(4, day.postCount());
    assertEquals(2, day.storyCount());
    assertEquals(2, day.sourceCount());
    assertEquals(800 / 3.0, day.avgChars());
    assertEquals(300.0, day.medianChars());
    assertEquals(250.0, SeriesBuilder.medianOf(new int[] {400, 100, 300, 200}, 4));
  }

  @Test
  void topTagsRankByPostsThenByCodePoint() {
    List<SeriesPoint> points = new ArrayList<>();
    SeriesBuilder series = new SeriesBuilder(MONDAY, 3, points::add);
    series.add("k", MONDAY, "h1", "A", 1, List.of("b", "\uD83D\uDE00", "\uFF21"));
    series.add("k", MONDAY, "h2", "A", 1, List.of("\uD83D\uDE00", "\uFF21", "a"));
    series.add("k", MONDAY, "h3", "A", 1, List.of("z"));
    series.finishKey();
    // U+FF21 sorts before U+1F600 by code point, after it by UTF-16 unit
    assertEquals(List.of("\uFF21", "\uD83D\uDE00", "a"), points.get(0).topTags());
  }
}
