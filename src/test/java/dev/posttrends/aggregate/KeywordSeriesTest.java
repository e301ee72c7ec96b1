package dev.posttrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keyword shares in plain Java: a repeated (keyword, post) counts once; the calendar is checked.
 */
class KeywordSeriesTest {

  private static final LocalDate DAY = LocalDate.parse("2024-01-03");

  private static PeriodCalendar calendarOf(LocalDate date, long posts) {
    Map<PeriodType, int[]> starts = new java.util.EnumMap<>(PeriodType.class);
    Map<PeriodType, long[]> counts = new java.util.EnumMap<>(PeriodType.class);
    for (PeriodType type : PeriodType.values()) {
      starts.put(type, new int[] {(int) type.start(date).toEpochDay()});
      counts.put(type, new long[] {posts});
    }
    return new PeriodCalendar(starts, counts);
  }

  @Test
  void repeatedPostCountsOnceAndFirstPeriodIsFirstSeen() {
    List<KeywordSeries.Point> points = new ArrayList<>();
    KeywordSeries series = new KeywordSeries(calendarOf(DAY, 8), points::add);
    for (String post : List.of("a", "a", "b", "c", "c")) {
      series.add("solar", DAY, post);
    }
    series.add("wind", DAY, "a"); // 1 post: below the 3-post minimum, not emitted
    series.finishKeyword();
    assertEquals(5, points.size()); // solar, one row per period type
    KeywordSeries.Point day = points.get(0);
    assertEquals(3, day.postCount());
    assertEquals(8, day.periodPostCount());
    assertEquals(3 / 8.0, day.share());
    assertEquals(null, day.baselineShare());
    assertEquals(true, day.isFirstSeen());
    assertEquals(true, day.isEmerging());
  }

  @Test
  void aPeriodMissingFromTheCalendarIsAnError() {
    KeywordSeries series = new KeywordSeries(calendarOf(DAY, 8), p -> {});
    series.add("solar", DAY.plusYears(1), "a");
    assertThrows(IllegalStateException.class, series::finishKeyword);
  }
}
