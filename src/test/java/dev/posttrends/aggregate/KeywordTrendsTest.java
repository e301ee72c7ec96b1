package dev.posttrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.posttrends.io.Schemas;
import dev.posttrends.testing.SparkTestBase;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Keyword shares, baselines, lift and the emerging rules on posts published on Mondays of six weeks
 * of 2024 (so day rows equal week rows), one week without any published post.
 */
class KeywordTrendsTest extends SparkTestBase {

  private final List<Row> posts = new ArrayList<>();
  private final List<Row> keywords = new ArrayList<>();

  /**
   * W1 01-01: 4 posts, solar ×3, chip ×1. W2 01-08: 4 posts, no keyword. W3 01-15: 10 posts, solar
   * ×1. W4 01-22: one unpublished post (solar, chip), so no calendar period. W5 01-29: 10 posts,
   * solar ×3, wind ×1, plus an unpublished solar post. W6 02-05: 10 posts, chip ×6, wind ×4.
   */
  private Dataset<Row> weeklyResult() {
    week("p", "2024-01-01", 4, Map.of("solar", 3, "chip", 1));
    week("q", "2024-01-08", 4, Map.of());
    week("r", "2024-01-15", 10, Map.of("solar", 1));
    post("u1", "2024-01-22", false, "solar", "chip");
    week("s", "2024-01-29", 10, Map.of("solar", 3, "wind", 1));
    post("u2", "2024-01-29", false, "solar");
    week("t", "2024-02-05", 10, Map.of("chip", 6, "wind", 4));
    return KeywordTrends.keywordPeriod(keywordFrame(), postFrame());
  }

  @Test
  void weeklySharesBaselinesAndEmergingRules() {
    List<String> expected =
        List.of(
            // first seen: no previous period at all, so no baseline and no lift
            "solar 2024-01-01 3 4 0.750000000 null null true true",
            // baseline over W1, W2 (absent: 0), W3 (1 post, not output): (.75 + 0 + .1) / 3
            "solar 2024-01-29 3 10 0.300000000 0.283333333 1.058823529 false false",
            // baseline over W1..W3 and W5 (W4 skipped): .25 / 4; lift 9.6 on 6 posts
            "chip 2024-02-05 6 10 0.600000000 0.062500000 9.600000000 false true",
            // lift 16 but only 4 posts: not emerging
            "wind 2024-02-05 4 10 0.400000000 0.025000000 16.000000000 false false");
    Dataset<Row> result = weeklyResult();
    assertEquals(sorted(expected), lines(result, "week"));
    assertEquals(lines(result, "week"), lines(result, "day"));
  }

  @Test
  void monthlyAndLongerPeriods() {
    Dataset<Row> result = weeklyResult();
    assertEquals(
        sorted(
            List.of(
                "solar 2024-01-01 7 28 0.250000000 null null true true",
                "chip 2024-02-01 6 10 0.600000000 0.035714286 16.800000000 false true",
                "wind 2024-02-01 4 10 0.400000000 0.035714286 11.200000000 false false")),
        lines(result, "month"));
    assertEquals(
        sorted(
            List.of(
                "solar 2024-01-01 7 38 0.184210526 null null true true",
                "chip 2024-01-01 7 38 0.184210526 null null true true",
                "wind 2024-01-01 5 38 0.131578947 null null true true")),
        lines(result, "quarter"));
  }

  /**
   * Daily posts 03-01..03-10: x in all 3 posts of 03-01, the 1 post of 03-02 and all 3 of 03-10;
   * one post without x on each day between. The baseline of 03-10 covers 03-02..03-09 only.
   */
  @Test
  void baselineIsTheMeanOverTheEightPreviousPeriods() {
    week("a", "2024-03-01", 3, Map.of("x", 3));
    week("b", "2024-03-02", 1, Map.of("x", 1));
    for (int day = 3; day <= 9; day++) {
      week("c" + day, String.format(Locale.ROOT, "2024-03-%02d", day), 1, Map.of());
    }
    week("d", "2024-03-10", 3, Map.of("x", 3));
    Dataset<Row> result = KeywordTrends.keywordPeriod(keywordFrame(), postFrame());
    assertEquals(
        List.of(
            "x 2024-03-01 3 3 1.000000000 null null true true",
            "x 2024-03-10 3 3 1.000000000 0.125000000 8.000000000 false false"),
        lines(result, "day"));
  }

  @Test
  void liftIsNullWhenTheBaselineIsZero() {
    week("a", "2024-03-01", 1, Map.of());
    week("b", "2024-03-02", 5, Map.of("x", 5));
    week("c", "2024-03-03", 1, Map.of());
    week("d", "2024-03-04", 5, Map.of("x", 5));
    Dataset<Row> result = KeywordTrends.keywordPeriod(keywordFrame(), postFrame());
    assertEquals(
        List.of(
            "x 2024-03-02 5 5 1.000000000 0.000000000 null true true",
            "x 2024-03-04 5 5 1.000000000 0.333333333 3.000000000 false true"),
        lines(result, "day"));
  }

  @Test
  void outputHasTheColumnsOfKeywordPeriod() {
    assertConforms(Schemas.KEYWORD_PERIOD, weeklyResult());
  }

  /**
   * {@code result} has exactly the names, order and types of {@code schema}, and no null in a
   * column it declares not nullable. Spark cannot prove non-nullness through date_trunc, division
   * or aggregates (and Parquet writes every column nullable), so the flags are checked on data.
   */
  static void assertConforms(StructType schema, Dataset<Row> result) {
    assertEquals(columns(schema), columns(result.schema()));
    for (StructField field : schema.fields()) {
      if (!field.nullable()) {
        assertEquals(0, result.where(result.col(field.name()).isNull()).count(), field.name());
      }
    }
  }

  private static List<String> columns(StructType schema) {
    return Arrays.stream(schema.fields())
        .map(f -> f.name() + " " + f.dataType().simpleString())
        .collect(Collectors.toList());
  }

  /** {@code count} posts {@code prefix1..} on {@code date}; the first n of them have keyword k. */
  private void week(String prefix, String date, int count, Map<String, Integer> terms) {
    for (int i = 1; i <= count; i++) {
      List<String> own = new ArrayList<>();
      for (Map.Entry<String, Integer> term : terms.entrySet()) {
        if (i <= term.getValue()) {
          own.add(term.getKey());
        }
      }
      post(prefix + i, date, true, own.toArray(String[]::new));
    }
  }

  private void post(String id, String date, boolean published, String... terms) {
    posts.add(postRow(id, Date.valueOf(date), published));
    for (int rank = 1; rank <= terms.length; rank++) {
      keywords.add(RowFactory.create(id, terms[rank - 1], 1, 1.0, rank, date.substring(0, 7)));
    }
  }

  /** A {@code posts} row: the given id, date and flag, neutral values elsewhere. */
  static Row postRow(String id, Date date, boolean published) {
    List<Object> values = new ArrayList<>();
    for (StructField field : Schemas.POSTS.fields()) {
      values.add(
          switch (field.name()) {
            case "post_id" -> id;
            case "published_date" -> date;
            case "published_at" -> new Timestamp(date.getTime());
            case "is_published" -> published;
            case "category" -> "news";
            case "published_month" -> date.toString().substring(0, 7);
            default -> neutral(field);
          });
    }
    return RowFactory.create(values.toArray());
  }

  private static Object neutral(StructField field) {
    var type = field.dataType();
    if (type.equals(DataTypes.StringType)) {
      return "";
    } else if (type.equals(DataTypes.IntegerType)) {
      return 0;
    } else if (type.equals(DataTypes.LongType)) {
      return 0L;
    } else if (type.equals(DataTypes.DoubleType)) {
      return 0.0;
    } else if (type.equals(DataTypes.BooleanType)) {
      return false;
    } else if (type.equals(DataTypes.TimestampType)) {
      return new Timestamp(0);
    }
    return List.of();
  }

  private Dataset<Row> postFrame() {
    return spark.createDataFrame(posts, Schemas.POSTS);
  }

  private Dataset<Row> keywordFrame() {
    return spark.createDataFrame(keywords, Schemas.KEYWORDS);
  }

  /** The rows of one period type as "keyword start counts share baseline lift flags", sorted. */
  private static List<String> lines(Dataset<Row> result, String period) {
    return sorted(
        result
            .where(result.col("period").equalTo(period))
            .withColumn("period_start", result.col("period_start").cast("string"))
            .collectAsList()
            .stream()
            .map(
                r ->
                    String.join(
                        " ",
                        r.getString(0),
                        r.get(1).toString(),
                        r.get(2).toString(),
                        r.get(3).toString(),
                        fixed(r.get(4)),
                        fixed(r.get(5)),
                        fixed(r.get(6)),
                        r.get(7).toString(),
                        r.get(8).toString()))
            .collect(Collectors.toList()));
  }

  private static String fixed(Object value) {
    return value == null ? "null" : String.format(Locale.ROOT, "%.9f", (Double) value);
  }

  private static List<String> sorted(List<String> lines) {
    return lines.stream().sorted().collect(Collectors.toList());
  }
}
