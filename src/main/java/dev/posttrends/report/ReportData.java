package dev.posttrends.report;

import static dev.posttrends.report.JsonRows.NODES;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The report's data from an output's tables: what the run read, posts per period of the top
 * categories, the latest spikes with their top titles. Every query ends in an aggregate or a capped
 * list; nothing proportional to the posts reaches the driver. Terms and figures: {@link
 * ReportFigures}.
 */
final class ReportData {

  /** Categories drawn in the volume and money charts, by posts over the whole batch. */
  static final int TOP_CATEGORIES = 8;

  /** Latest periods kept per period type in each time chart. */
  static final int MAX_POINTS = 120;

  static final int SPIKES = 20;
  static final int TITLES_PER_SPIKE = 3;
  static final List<String> PERIODS = List.of("day", "week", "month", "quarter", "year");

  private ReportData() {}

  /** Run facts beyond the manifest: the posts' date range, media and date-reading counts. */
  static ObjectNode postFacts(Dataset<Row> posts) {
    Row r =
        posts
            .agg(
                min("published_date").cast("string").as("first_date"),
                max("published_date").cast("string").as("last_date"),
                org.apache.spark.sql.functions.count_distinct(col("category")).as("media"),
                sum(when(col("is_front_matter_lenient"), 1).otherwise(0)).as("lenient"),
                sum(when(col("is_offset_assumed"), 1).otherwise(0)).as("offset_assumed"),
                sum(when(col("date_source").equalTo("filename"), 1).otherwise(0))
                    .as("filename_dates"),
                sum(when(col("is_published"), 0).otherwise(1)).as("unpublished"))
            .first();
    return JsonRows.object(r);
  }

  /** The top categories by posts (ties by name), from the yearly series. */
  static List<String> topCategories(Dataset<Row> categoryPeriod) {
    return categoryPeriod
        .where(col("period").equalTo("year"))
        .groupBy("category")
        .agg(sum("post_count").as("posts"))
        .orderBy(desc("posts"), col("category"))
        .limit(TOP_CATEGORIES)
        .collectAsList()
        .stream()
        .map(r -> r.getString(0))
        .toList();
  }

  /**
   * Per period type, the latest {@value #MAX_POINTS} periods of {@code valueColumn} for each of
   * {@code keys}: {@code {type: {starts: [...], series: [{key, values, rolling, spikes}]}}}.
   * Periods missing for a key (before its first post) are null.
   */
  static ObjectNode series(
      Dataset<Row> table, String keyColumn, List<String> keys, Column value, boolean spikes) {
    Dataset<Row> rows =
        table
            .where(col(keyColumn).isin(keys.toArray()))
            .withColumn(
                "rank",
                dense_rank().over(Window.partitionBy("period").orderBy(col("period_start").desc())))
            .where(col("rank").leq(MAX_POINTS))
            .select(
                col("period"),
                col(keyColumn).as("key"),
                col("period_start").cast("string").as("start"),
                value.as("value"),
                spikes ? col("rolling_avg") : lit(null).cast("double").as("rolling_avg"),
                spikes ? col("is_spike") : lit(false).as("is_spike"));
    Map<String, TreeMap<String, Map<String, Row>>> byType = new TreeMap<>();
    for (Row r : rows.collectAsList()) {
      byType
          .computeIfAbsent(r.getString(0), t -> new TreeMap<>())
          .computeIfAbsent(r.getString(2), s -> new TreeMap<>())
          .put(r.getString(1), r);
    }
    ObjectNode out = NODES.objectNode();
    for (String type : PERIODS) {
      TreeMap<String, Map<String, Row>> starts = byType.getOrDefault(type, new TreeMap<>());
      ObjectNode t = out.putObject(type);
      ArrayNode startList = t.putArray("starts");
      starts.keySet().forEach(startList::add);
      ArrayNode series = t.putArray("series");
      for (String key : keys) {
        ObjectNode s = series.addObject().put("key", key);
        ArrayNode values = s.putArray("values");
        ArrayNode rolling = s.putArray("rolling");
        ArrayNode spikeFlags = s.putArray("spikes");
        for (Map<String, Row> atStart : starts.values()) {
          Row r = atStart.get(key);
          values.add(r == null ? NODES.nullNode() : JsonRows.value(r.get(3)));
          rolling.add(r == null ? NODES.nullNode() : JsonRows.value(r.get(4)));
          spikeFlags.add(r != null && r.getBoolean(5));
        }
      }
    }
    return out;
  }

  /** The finest period type whose chart has at least 12 points, else the one with most. */
  static String defaultPeriod(ObjectNode volume) {
    String best = "day";
    int most = -1;
    for (String type : PERIODS) {
      int points = volume.path(type).path("starts").size();
      if (points >= 12) {
        return type;
      }
      if (points > most) {
        most = points;
        best = type;
      }
    }
    return best;
  }

  /**
   * The {@value #SPIKES} latest spikes (any period type; latest start first, then higher z-score)
   * with the {@value #TITLES_PER_SPIKE} longest titled posts of each.
   */
  static ArrayNode spikes(Dataset<Row> categoryPeriod, Dataset<Row> posts) {
    List<Row> spikes =
        categoryPeriod
            .where(col("is_spike"))
            .orderBy(col("period_start").desc(), col("zscore").desc(), col("category"))
            .limit(SPIKES)
            .select(
                col("period"),
                col("period_start").cast("string").as("period_start"),
                col("category"),
                col("post_count"),
                col("rolling_avg"),
                col("zscore"))
            .collectAsList();
    ArrayNode out = JsonRows.array(spikes);
    if (spikes.isEmpty()) {
      return out;
    }
    Dataset<Row> windows =
        categoryPeriod
            .sparkSession()
            .createDataFrame(spikes, spikes.get(0).schema())
            .withColumn("period_start", col("period_start").cast("date"))
            .withColumn("period_end", periodEnd(col("period"), col("period_start")));
    // only the months the spikes cover: partition pruning keeps this to a few folders of posts
    String firstMonth = spikes.get(spikes.size() - 1).getString(1).substring(0, 7);
    Dataset<Row> titled =
        posts
            .where(col("published_month").geq(firstMonth))
            .where(col("is_published").and(col("title").isNotNull()))
            .select("category", "published_date", "title", "source_url", "char_count")
            .join(
                broadcast(windows.select("period", "period_start", "period_end", "category")),
                "category")
            .where(
                col("published_date")
                    .geq(col("period_start"))
                    .and(col("published_date").lt(col("period_end"))))
            .withColumn(
                "n",
                row_number()
                    .over(
                        Window.partitionBy("period", "period_start", "category")
                            .orderBy(col("char_count").desc(), col("title"))))
            .where(col("n").leq(TITLES_PER_SPIKE))
            .select(
                col("period"),
                col("period_start").cast("string"),
                col("category"),
                col("n"),
                col("title"),
                col("source_url"));
    Map<String, ArrayNode> titles = new TreeMap<>();
    for (Row r : titled.orderBy("n").collectAsList()) {
      ObjectNode t = NODES.objectNode().put("title", r.getString(4));
      String link = Html.safeLink(r.getString(5));
      t.put("url", link);
      titles
          .computeIfAbsent(r.get(0) + "|" + r.get(1) + "|" + r.get(2), k -> NODES.arrayNode())
          .add(t);
    }
    for (int i = 0; i < out.size(); i++) {
      ObjectNode s = (ObjectNode) out.get(i);
      String key =
          s.get("period").asText()
              + "|"
              + s.get("period_start").asText()
              + "|"
              + s.get("category").asText();
      s.set("titles", titles.getOrDefault(key, NODES.arrayNode()));
    }
    return out;
  }

  /** The day after a period's last day. */
  static Column periodEnd(Column period, Column start) {
    return when(period.equalTo("day"), org.apache.spark.sql.functions.date_add(start, 1))
        .when(period.equalTo("week"), org.apache.spark.sql.functions.date_add(start, 7))
        .when(period.equalTo("month"), org.apache.spark.sql.functions.add_months(start, 1))
        .when(period.equalTo("quarter"), org.apache.spark.sql.functions.add_months(start, 3))
        .otherwise(org.apache.spark.sql.functions.add_months(start, 12));
  }
}
