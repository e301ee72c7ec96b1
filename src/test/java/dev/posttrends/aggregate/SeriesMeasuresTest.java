package dev.posttrends.aggregate;

import static org.apache.spark.sql.functions.col;

import dev.posttrends.testing.SparkTestBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared series steps on hand-made weekly series; expected values computed by hand. */
class SeriesMeasuresTest extends SparkTestBase {

  private static final StructType SERIES =
      new StructType()
          .add("key", DataTypes.StringType, false)
          .add("period", DataTypes.StringType, false)
          .add("period_start", DataTypes.DateType, false)
          .add("post_count", DataTypes.LongType, false)
          .add("avg_chars", DataTypes.DoubleType, true);

  private static final StructType HORIZON =
      new StructType()
          .add("period", DataTypes.StringType, false)
          .add("last_start", DataTypes.DateType, false);

  private static final LocalDate MONDAY = LocalDate.parse("2024-09-02");

  @BeforeAll
  static void javaTime() {
    TestPosts.useJavaTimeValues(spark);
  }

  /** Week {@code i} (0-based) after {@link #MONDAY}. */
  private static LocalDate week(int i) {
    return MONDAY.plusWeeks(i);
  }

  /** One weekly series for key {@code k}: counts[i] posts in week i. */
  private Dataset<Row> weekly(String key, long... counts) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      rows.add(RowFactory.create(key, "week", week(i), counts[i], 1.0));
    }
    return spark.createDataFrame(rows, SERIES);
  }

  @Test
  void denseSeriesFillsSilentPeriodsUpToTheHorizonWithZeros() {
    List<Row> rows =
        List.of(
            RowFactory.create("a", "week", week(0), 2L, 10.0),
            RowFactory.create("a", "week", week(2), 1L, 20.0),
            RowFactory.create("b", "week", week(1), 3L, 30.0),
            RowFactory.create("c", "week", week(4), 1L, 40.0), // after the horizon: kept
            RowFactory.create("a", "month", LocalDate.parse("2024-09-01"), 3L, 15.0));
    Dataset<Row> horizon =
        spark.createDataFrame(
            List.of(
                RowFactory.create("week", week(3)),
                RowFactory.create("month", LocalDate.parse("2024-11-01"))),
            HORIZON);

    Dataset<Row> dense =
        SeriesMeasures.withDenseSeries(spark.createDataFrame(rows, SERIES), "key", horizon);

    TestPosts.assertRows(
        List.of(
            Arrays.asList("a", "month", LocalDate.parse("2024-09-01"), 3L, 15.0),
            Arrays.asList("a", "month", LocalDate.parse("2024-10-01"), 0L, null),
            Arrays.asList("a", "month", LocalDate.parse("2024-11-01"), 0L, null),
            Arrays.asList("a", "week", week(0), 2L, 10.0),
            Arrays.asList("a", "week", week(1), 0L, null),
            Arrays.asList("a", "week", week(2), 1L, 20.0),
            Arrays.asList("a", "week", week(3), 0L, null),
            Arrays.asList("b", "week", week(1), 3L, 30.0),
            Arrays.asList("b", "week", week(2), 0L, null),
            Arrays.asList("b", "week", week(3), 0L, null),
            Arrays.asList("c", "week", week(4), 1L, 40.0)),
        dense.select("key", "period", "period_start", "post_count", "avg_chars"));
  }

  @Test
  void growthIsNullForTheFirstPeriodAndAfterAZero() {
    Dataset<Row> grown = SeriesMeasures.withGrowth(weekly("k", 2, 0, 3, 6), "key");
    TestPosts.assertRows(
        List.of(
            Arrays.asList(week(0), 2L, null, null),
            Arrays.asList(week(1), 0L, 2L, -1.0),
            Arrays.asList(week(2), 3L, 0L, null),
            Arrays.asList(week(3), 6L, 3L, 1.0)),
        grown.select("period_start", "post_count", "prev_post_count", "pop_growth"));
  }

  @Test
  void rollingAverageTakesTheLastFourPeriodsAndFewerAtTheStart() {
    Dataset<Row> rolled = SeriesMeasures.withRollingAverage(weekly("k", 4, 0, 2, 6, 8), "key");
    TestPosts.assertRows(
        List.of(
            Arrays.asList(week(0), 4.0),
            Arrays.asList(week(1), 2.0),
            Arrays.asList(week(2), 2.0),
            Arrays.asList(week(3), 3.0),
            Arrays.asList(week(4), 4.0)), // (0 + 2 + 6 + 8) / 4
        rolled.select("period_start", "rolling_avg"));
  }

  /**
   * Weeks 0–11 alternate 1, 2; week 12 has 8 posts, week 13 has 5. Week 12 against weeks 0–11:
   * median 1.5, deviations all 0.5 so MAD 0.5. Week 13 against weeks 1–12 (five 1s, six 2s, one 8):
   * median 2; deviations five 1s, six 0s, one 6, so MAD (0 + 1) / 2 = 0.5. With 2 previous weeks
   * there is no score; weeks 0–2 before week 3 are 1, 2, 1: median 1, deviations 0, 1, 0, so MAD 0
   * and no score; weeks 0–3 before week 4 give median 1.5, MAD 0.5.
   */
  @Test
  void robustZscoreComparesAgainstTheTwelvePreviousPeriods() {
    Dataset<Row> scored =
        SeriesMeasures.withSpikes(
            SeriesMeasures.withRobustZscore(
                weekly("k", 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 8, 5), "key"));
    double scale = 1.4826 * 0.5;
    List<List<Object>> expected = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      Double z = null;
      if (i == 4) {
        z = (1 - 1.5) / scale;
      } else if (i == 12) {
        z = (8 - 1.5) / scale; // 8.768...
      } else if (i == 13) {
        z = (5 - 2) / scale; // 4.046...
      }
      expected.add(Arrays.asList(week(i), z, i >= 12));
    }
    TestPosts.assertRows(
        expected.subList(0, 5),
        scored.where(col("period_start").lt(week(5))).select("period_start", "zscore", "is_spike"));
    TestPosts.assertRows(
        expected.subList(12, 14),
        scored.where("post_count >= 5").select("period_start", "zscore", "is_spike"));
  }

  @Test
  void spikeNeedsFivePosts() {
    // Against 1, 2, 1, 2 (median 1.5, MAD 0.5): 4 posts score 3.372... but are no spike.
    Dataset<Row> scored =
        SeriesMeasures.withSpikes(
            SeriesMeasures.withRobustZscore(weekly("k", 1, 2, 1, 2, 4), "key"));
    TestPosts.assertRows(
        List.of(Arrays.asList(week(4), (4 - 1.5) / (1.4826 * 0.5), false)),
        scored.where("post_count = 4").select("period_start", "zscore", "is_spike"));
  }
}
