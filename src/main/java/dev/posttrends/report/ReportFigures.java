package dev.posttrends.report;

import static dev.posttrends.report.JsonRows.NODES;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.posttrends.aggregate.TagTrends;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/** Rising terms, top keywords and tags, money and percentages, and rejects for the report. */
final class ReportFigures {

  static final int RISING_PER_PERIOD = 15;
  static final int NAMES_PER_PERIOD = 15;
  static final int TERMS_PER_CATEGORY = 10;
  static final int LARGEST = 10;
  static final int REJECT_EXAMPLES = 3;

  /** 亿 = 10^8: CNY sums are shown in 亿元. */
  static final BigDecimal YI = new BigDecimal("100000000");

  private ReportFigures() {}

  /** Emerging keywords of the latest period of each type, most posts first. */
  static ArrayNode rising(Dataset<Row> keywordPeriod) {
    return latestTop(
        keywordPeriod,
        keywordPeriod.where(col("is_emerging")),
        RISING_PER_PERIOD,
        new Column[] {col("post_count").desc(), col("lift").desc_nulls_first(), col("keyword")},
        col("keyword"),
        col("post_count"),
        col("share"),
        col("lift"),
        col("is_first_seen"));
  }

  /**
   * The companies, people, organizations, places and indices most posts of the latest period of
   * each type name ({@code trends/entity_period}), with their code and growth.
   */
  static ArrayNode namedEntities(Dataset<Row> entityPeriod) {
    Dataset<Row> named = entityPeriod.where(col("post_count").gt(0));
    return latestTop(
        named,
        named,
        NAMES_PER_PERIOD,
        new Column[] {col("post_count").desc(), col("entity")},
        col("entity"),
        col("type"),
        col("code"),
        col("post_count"),
        col("pop_growth"),
        col("is_spike"));
  }

  /**
   * The first {@code n} rows by {@code order} of {@code candidates} in the latest period of each
   * type of {@code periods}: {@code period}, {@code period_start} as a string and {@code columns},
   * ordered by type and rank. At most {@code n} rows per period type reach the driver.
   */
  private static ArrayNode latestTop(
      Dataset<Row> periods, Dataset<Row> candidates, int n, Column[] order, Column... columns) {
    Dataset<Row> latest = periods.groupBy("period").agg(max("period_start").as("latest_start"));
    List<Column> selected = new java.util.ArrayList<>();
    selected.add(col("period"));
    selected.add(col("period_start").cast("string").as("period_start"));
    selected.addAll(List.of(columns));
    Dataset<Row> rows =
        candidates
            .join(latest, "period")
            .where(col("period_start").equalTo(col("latest_start")))
            .withColumn("n", row_number().over(Window.partitionBy("period").orderBy(order)))
            .where(col("n").leq(n))
            .orderBy("period", "n")
            .select(selected.toArray(Column[]::new));
    return JsonRows.array(rows.collectAsList());
  }

  /** Per top category, its most frequent top-10 keywords (posts holding them). */
  static ArrayNode categoryKeywords(
      Dataset<Row> keywords, Dataset<Row> posts, List<String> categories) {
    Dataset<Row> counted =
        keywords
            .select("post_id", "term")
            .join(
                posts
                    .where(col("is_published").and(col("category").isin(categories.toArray())))
                    .select("post_id", "category"),
                "post_id")
            .groupBy("category", "term")
            .agg(count(lit(1)).as("posts"));
    return perCategory(top(counted, "term"), categories, "term");
  }

  /** Per top category, its most frequent normalized tags (posts holding them). */
  static ArrayNode categoryTags(Dataset<Row> posts, List<String> categories) {
    Dataset<Row> counted =
        posts
            .where(col("is_published").and(col("category").isin(categories.toArray())))
            .select(col("category"), explode(TagTrends.normalizedTags(col("tags"))).as("tag"))
            .groupBy("category", "tag")
            .agg(count(lit(1)).as("posts"));
    return perCategory(top(counted, "tag"), categories, "tag");
  }

  private static Dataset<Row> top(Dataset<Row> counted, String name) {
    return counted
        .withColumn(
            "n",
            row_number()
                .over(Window.partitionBy("category").orderBy(col("posts").desc(), col(name))))
        .where(col("n").leq(TERMS_PER_CATEGORY))
        .orderBy("category", "n");
  }

  private static ArrayNode perCategory(Dataset<Row> top, List<String> categories, String name) {
    Map<String, ArrayNode> byCategory = new TreeMap<>();
    for (Row r : top.collectAsList()) {
      byCategory
          .computeIfAbsent(r.getString(0), c -> NODES.arrayNode())
          .addObject()
          .put(name, r.getString(1))
          .put("posts", r.getLong(2));
    }
    ArrayNode out = NODES.arrayNode();
    for (String category : categories) {
      ObjectNode c = out.addObject().put("category", category);
      c.set("items", byCategory.getOrDefault(category, NODES.arrayNode()));
    }
    return out;
  }

  /** CNY reported per top category and period, in 亿元 (6 decimals, exact from the sums). */
  static Column cnyYi() {
    return col("sum_value").divide(lit(YI)).cast("decimal(38,6)");
  }

  /** Money in other currencies, whole batch: sum and mentions per currency. */
  static ArrayNode otherCurrencies(Dataset<Row> metricPeriod) {
    return JsonRows.array(
        metricPeriod
            .where(
                col("period")
                    .equalTo("year")
                    .and(col("kind").equalTo("money"))
                    .and(col("unit").notEqual("CNY")))
            .groupBy("unit")
            .agg(sum("sum_value").as("sum_value"), sum("mention_count").as("mentions"))
            .orderBy(col("mentions").desc(), col("unit"))
            .collectAsList());
  }

  /** The largest single CNY figures with their sentence and post. */
  static ArrayNode largest(Dataset<Row> metrics, Dataset<Row> posts) {
    // first the ten keys from narrow columns, then their sentences and posts from only their
    // months' partitions: the wide sentence column of every mention is never read
    // ordering millions of DECIMAL(38,6) values compares BigDecimals: find the tenth largest as a
    // double first, then order exactly only the few mentions at or above it (ties included)
    Dataset<Row> cny =
        metrics
            .where(col("kind").equalTo("money").and(col("unit").equalTo("CNY")))
            .withColumn("approx", col("value").cast("double"));
    List<Row> approx =
        cny.select("approx").orderBy(col("approx").desc()).limit(LARGEST).collectAsList();
    if (approx.isEmpty()) {
      return NODES.arrayNode();
    }
    double threshold = approx.get(approx.size() - 1).getDouble(0);
    List<Row> keys =
        cny.where(col("approx").geq(threshold))
            .orderBy(col("value").desc(), col("post_id"), col("ordinal"))
            .limit(LARGEST)
            .select("published_month", "post_id", "ordinal")
            .collectAsList();
    Object[] months = keys.stream().map(r -> r.getString(0)).distinct().toArray();
    Object[] ids = keys.stream().map(r -> r.getString(1)).distinct().toArray();
    List<Row> rows =
        metrics
            .where(
                col("published_month")
                    .isin(months)
                    .and(col("post_id").isin(ids))
                    .and(col("kind").equalTo("money"))
                    .and(col("unit").equalTo("CNY")))
            .select(
                col("post_id"),
                col("ordinal"),
                col("value").divide(lit(YI)).cast("decimal(38,6)").as("value_yi"),
                col("surface"),
                substring(col("sentence"), 1, 300).as("sentence"),
                col("category"),
                col("published_date").cast("string").as("published_date"))
            .join(
                posts
                    .where(col("published_month").isin(months).and(col("post_id").isin(ids)))
                    .select("post_id", "title", "source_url"),
                "post_id")
            .orderBy(col("value_yi").desc(), col("post_id"), col("ordinal"))
            .limit(LARGEST)
            .collectAsList();
    ArrayNode out = JsonRows.array(rows);
    out.forEach(
        n -> ((ObjectNode) n).put("source_url", Html.safeLink(n.path("source_url").asText(null))));
    return out;
  }

  /** A few rejects of each reason, path and message (cut to 300 characters). */
  static ArrayNode rejectExamples(Dataset<Row> rejects) {
    return JsonRows.array(
        rejects
            .withColumn("n", row_number().over(Window.partitionBy("reason").orderBy("source_path")))
            .where(col("n").leq(REJECT_EXAMPLES))
            .select(
                col("reason"), col("source_path"), substring(col("message"), 1, 300).as("message"))
            .orderBy("reason", "source_path")
            .collectAsList());
  }
}
