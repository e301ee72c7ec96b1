package dev.posttrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metric roll-up in plain Java: periods, distinct posts and decimal percentiles. */
class MetricRollupTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void percentilesInterpolateInDecimalsRoundedHalfUp() {
    List<BigDecimal> sorted = List.of(d("1.000000"), d("2.000000"), d("2.000001"), d("10.000000"));
    // median at 1.5: 2 + 0.5 × 0.000001 = 2.0000005, half up to 2.000001
    assertEquals(d("2.000001"), MetricRollup.percentile(sorted, 4, 1, 2));
    // p90 at 2.7: 2.000001 + 0.7 × 7.999999 = 7.6000003, to 7.600000
    assertEquals(d("7.600000"), MetricRollup.percentile(sorted, 4, 9, 10));
    assertEquals(d("1.000000"), MetricRollup.percentile(List.of(d("1.000000")), 1, 9, 10));
  }

  @Test
  void keysAndPeriodsRollUpWithDistinctPosts() {
    List<MetricRollup.Point> points = new ArrayList<>();
    MetricRollup rollup = new MetricRollup(points::add);
    LocalDate monday = LocalDate.parse("2024-01-01");
    rollup.add("c", "money", "CNY", monday, "p1", d("1.000000"));
    rollup.add("c", "money", "CNY", monday, "p1", d("3.000000"));
    rollup.add("c", "money", "CNY", monday.plusDays(2), "p2", d("5.000000"));
    rollup.add("c", "percent", "%", monday.plusDays(2), "p2", d("7.000000"));
    rollup.finishKey();
    List<String> weeks =
        points.stream()
            .filter(p -> p.period() == PeriodType.WEEK)
            .map(
                p ->
                    String.join(
                        " ",
                        p.kind(),
                        p.periodStart().toString(),
                        "" + p.mentionCount(),
                        "" + p.postCount(),
                        p.sum().toPlainString(),
                        p.median().toPlainString(),
                        p.p90().toPlainString()))
            .toList();
    assertEquals(
        List.of(
            "money 2024-01-01 3 2 9.000000 3.000000 4.600000",
            "percent 2024-01-01 1 1 7.000000 7.000000 7.000000"),
        weeks);
    assertEquals(
        2,
        points.stream()
            .filter(p -> p.period() == PeriodType.DAY && p.kind().equals("money"))
            .count());
  }
}
