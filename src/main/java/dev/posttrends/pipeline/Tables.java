package dev.posttrends.pipeline;

import static dev.posttrends.pipeline.KeywordSteps.topTermsPerPost;
import static dev.posttrends.pipeline.KeywordSteps.withTfIdf;
import static dev.posttrends.pipeline.PostSteps.selectDateMentions;
import static dev.posttrends.pipeline.PostSteps.selectMetrics;
import static dev.posttrends.pipeline.PostSteps.selectPosts;
import static dev.posttrends.pipeline.PostSteps.selectRejects;
import static dev.posttrends.pipeline.PostSteps.selectTerms;

import dev.posttrends.aggregate.TrendsJob;
import dev.posttrends.io.Schemas;
import dev.posttrends.io.TableWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the tables of a run from its {@code raw} rows: posts, facts, keywords, rejects, trends.
 */
final class Tables {

  /** Keywords kept per post. */
  static final int TOP_TERMS = 10;

  private Tables() {}

  /** Writes every table; returns the number of keyword rows (known only once written). */
  static Map<String, Long> write(
      SparkSession spark,
      Dataset<Row> extracted,
      Accounting accounting,
      boolean trends,
      TableWriter tables) {
    String month = "published_month";
    tables.write(selectPosts(extracted), IngestJob.POSTS, month, "post_id", accounting.posts());
    tables.write(
        selectMetrics(extracted), IngestJob.METRICS, month, "post_id", accounting.metrics());
    tables.write(
        selectDateMentions(extracted),
        IngestJob.DATE_MENTIONS,
        month,
        "post_id",
        accounting.dateMentions());
    Dataset<Row> scored = withTfIdf(selectTerms(extracted), accounting.posts());
    // the terms carry their post's published_month: no join back to the posts
    Dataset<Row> keywords = topTermsPerPost(scored, TOP_TERMS);
    tables.write(keywords, IngestJob.KEYWORDS, month, "post_id", accounting.posts() * TOP_TERMS);
    tables.write(
        selectRejects(extracted), IngestJob.REJECTS, "reason", "source_path", accounting.rejects());
    if (trends) {
      TrendsJob.writeTrends(
          spark,
          tables.path(IngestJob.POSTS),
          tables.path(IngestJob.METRICS),
          tables.path(IngestJob.KEYWORDS),
          accounting.posts(),
          TrendsJob.FOLDER,
          tables);
    }
    // tables sized only once written: counted from their files' footers, not from the data
    Map<String, Long> counted = new LinkedHashMap<>();
    counted.put(
        IngestJob.KEYWORDS, countRows(spark, tables.path(IngestJob.KEYWORDS), Schemas.KEYWORDS));
    if (trends) {
      for (String name : TrendsJob.TABLES) {
        String path = tables.path(TrendsJob.FOLDER + name);
        counted.put(TrendsJob.FOLDER + name, countRows(spark, path, TrendsJob.schema(name)));
      }
    }
    return counted;
  }

  private static long countRows(SparkSession spark, String path, StructType schema) {
    return spark.read().schema(schema).parquet(path).count();
  }
}
