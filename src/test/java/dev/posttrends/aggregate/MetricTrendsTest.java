package dev.posttrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.posttrends.io.Schemas;
import dev.posttrends.testing.SparkTestBase;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** Metric counts, exact decimal sums and percentiles, and the signed percent change. */
class MetricTrendsTest extends SparkTestBase {

  private final List<Row> posts = new ArrayList<>();
  private final List<Row> metrics = new ArrayList<>();

  /** Mentions in the week of Monday 2024-01-01 (day rows differ; week, month, etc. agree). */
  private Dataset<Row> result() {
    post("e1", "2024-01-03", true);
    post("e2", "2024-01-04", true);
    post("e3", "2024-01-05", true);
    post("e4", "2024-01-05", false);
    post("f1", "2024-01-03", true);
    // money, CNY: 5 mentions in 3 posts; a change on money does not give avg_change_pct
    metric("e1", "energy", "money", "CNY", "1.000000", "up");
    metric("e1", "energy", "money", "CNY", "31525000000.000000", null);
    metric("e2", "energy", "money", "CNY", "2.000000", null);
    metric("e2", "energy", "money", "CNY", "123456789012345.123456", null);
    metric("e3", "energy", "money", "CNY", "999999999999999.999999", null);
    // unpublished post and mention without category: left out
    metric("e4", "energy", "money", "CNY", "5.000000", null);
    metric("e3", null, "money", "CNY", "7.000000", null);
    // percent: 7.79 up, 2.5 down, 4 up, 10 without change
    metric("e1", "energy", "percent", "%", "7.790000", "up");
    metric("e2", "energy", "percent", "%", "2.500000", "down");
    metric("e2", "energy", "percent", "%", "10.000000", null);
    metric("e3", "energy", "percent", "%", "4.000000", "up");
    // percent without any change; two values a double cannot tell apart
    metric("f1", "tech", "percent", "%", "3.000000", null);
    metric("f1", "tech", "money", "USD", "123456789012345.123456", null);
    metric("f1", "tech", "money", "USD", "123456789012345.123458", null);
    return MetricTrends.metricPeriod(metricFrame(), postFrame());
  }

  @Test
  void weeklyCountsSumsPercentilesAndChange() {
    assertEquals(
        sorted(
            List.of(
                // median rank 3; p90 at 3.6: 123456789012345.123456 + 0.6 × 876543210987654.876543
                "energy 2024-01-01 money CNY 5 3 1123488314012348.123455 31525000000.000000"
                    + " 649382715604938.049382 null",
                // median at 1.5: 4 + 0.5 × 3.79; p90 at 2.7: 7.79 + 0.7 × 2.21;
                // change (7.79 - 2.5 + 4) / 3, averaged in DECIMAL (ten decimals)
                "energy 2024-01-01 percent % 4 3 24.290000 5.895000 9.337000 3.0966666667",
                "tech 2024-01-01 percent % 1 1 3.000000 3.000000 3.000000 null",
                "tech 2024-01-01 money USD 2 1 246913578024690.246914 123456789012345.123457"
                    + " 123456789012345.123458 null")),
        lines(result(), "week"));
  }

  @Test
  void everyPeriodTypeAndDaysApart() {
    Dataset<Row> result = result();
    assertEquals(lines(result, "week"), lines(result, "month"));
    assertEquals(
        List.of("2024-01-01"),
        result
            .where("period = 'year'")
            .select(result.col("period_start").cast("string"))
            .distinct()
            .collectAsList()
            .stream()
            .map(r -> r.get(0).toString())
            .collect(Collectors.toList()));
    assertEquals(
        sorted(
            List.of(
                "energy 2024-01-03 money CNY 2 1 31525000001.000000 15762500000.500000"
                    + " 28372500000.100000 null",
                "energy 2024-01-04 money CNY 2 1 123456789012347.123456 61728394506173.561728"
                    + " 111111110111110.811110 null",
                "energy 2024-01-05 money CNY 1 1 999999999999999.999999 999999999999999.999999"
                    + " 999999999999999.999999 null")),
        lines(result.where("kind = 'money' and category = 'energy'"), "day"));
  }

  @Test
  void outputHasTheColumnsOfMetricPeriod() {
    KeywordTrendsTest.assertConforms(Schemas.METRIC_PERIOD, result());
  }

  private void post(String id, String date, boolean published) {
    posts.add(KeywordTrendsTest.postRow(id, Date.valueOf(date), published));
  }

  /** A {@code metrics} row of post {@code id}, dated like its post. */
  private void metric(
      String id, String category, String kind, String unit, String value, String change) {
    Date date = posts.stream().filter(p -> p.getString(0).equals(id)).findFirst().get().getDate(10);
    metrics.add(
        RowFactory.create(
            id,
            "",
            metrics.size(),
            value,
            new BigDecimal(value),
            null,
            unit,
            kind,
            change,
            false,
            null,
            "",
            0,
            false,
            null,
            null,
            category,
            date,
            date.toString().substring(0, 7)));
  }

  private Dataset<Row> postFrame() {
    return spark.createDataFrame(posts, Schemas.POSTS);
  }

  private Dataset<Row> metricFrame() {
    return spark.createDataFrame(metrics, Schemas.METRICS);
  }

  /** The rows of one period type as space-separated values, decimals in plain notation. */
  private static List<String> lines(Dataset<Row> result, String period) {
    return sorted(
        result
            .where(result.col("period").equalTo(period))
            .withColumn("period_start", result.col("period_start").cast("string"))
            .collectAsList()
            .stream()
            .map(
                r -> {
                  List<String> cells = new ArrayList<>();
                  for (int i = 0; i < r.length() - 1; i++) {
                    Object v = r.get(i);
                    cells.add(v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v));
                  }
                  return String.join(" ", cells);
                })
            .collect(Collectors.toList()));
  }

  private static List<String> sorted(List<String> lines) {
    return lines.stream().sorted().collect(Collectors.toList());
  }
}
