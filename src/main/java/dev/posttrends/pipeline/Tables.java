package dev.posttrends.pipeline;

import static dev.posttrends.pipeline.KeywordSteps.topTermsPerPost;
import static dev.posttrends.pipeline.PostSteps.selectDateMentions;
import static dev.posttrends.pipeline.PostSteps.selectEntities;
import static dev.posttrends.pipeline.PostSteps.selectMetrics;
import static dev.posttrends.pipeline.PostSteps.selectPosts;
import static dev.posttrends.pipeline.PostSteps.selectRejects;
import static dev.posttrends.pipeline.PostSteps.selectTerms;

import dev.posttrends.aggregate.TrendsJob;
import dev.posttrends.extract.entities.KnownNames;
import dev.posttrends.extract.keywords.BatchPhrases;
import dev.posttrends.io.ConcurrentWrites;
import dev.posttrends.io.Schemas;
import dev.posttrends.io.TableWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
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

  /** Entity mentions per post, to size the table's files before it is written. */
  static final int ENTITIES_PER_POST = 10;

  private Tables() {}

  /** Writes every table; returns the number of keyword rows (known only once written). */
  static Map<String, Long> write(
      SparkSession spark,
      Dataset<Row> extracted,
      Accounting accounting,
      boolean trends,
      TableWriter tables) {
    String month = "published_month";
    long start = System.nanoTime();
    ConcurrentWrites writes = new ConcurrentWrites();
    // names anchored anywhere in the batch: the entities and the keywords both need them, once
    Supplier<KnownNames> known =
        ConcurrentWrites.once(
            () -> EntitySteps.learnNames(selectEntities(extracted), EntitySteps.MAX_NAMES));
    writes.submit(
        () ->
            tables.write(
                selectPosts(extracted), IngestJob.POSTS, month, "post_id", accounting.posts()));
    writes.submit(
        () ->
            tables.write(
                selectMetrics(extracted),
                IngestJob.METRICS,
                month,
                "post_id",
                accounting.metrics()));
    writes.submit(
        () -> {
          // compounds several posts join and names anchored anywhere: one term in every post
          List<String> compounds =
              PhraseSteps.learnCompounds(
                  selectTerms(extracted), PhraseSteps.MIN_POSTS, PhraseSteps.MAX_PHRASES);
          BatchPhrases phrases = PhraseSteps.phrases(compounds, known.get().names());
          Dataset<Row> terms = PhraseSteps.withBatchPhrases(extracted, phrases);
          // each post's terms ranked together, with its published_month: no shuffle of the
          // (post, term) pairs, no join back to the posts
          Dataset<Row> keywords = topTermsPerPost(terms, accounting.posts(), TOP_TERMS);
          tables.write(
              keywords, IngestJob.KEYWORDS, month, "post_id", accounting.posts() * TOP_TERMS);
        });
    writes.submit(
        () ->
            tables.write(
                selectDateMentions(extracted),
                IngestJob.DATE_MENTIONS,
                month,
                "post_id",
                accounting.dateMentions()));
    writes.submit(
        () -> {
          // names anchored anywhere in the batch, found again where posts write them bare
          Dataset<Row> entities = EntitySteps.withKnownNames(extracted, known.get());
          tables.write(
              entities,
              IngestJob.ENTITIES,
              month,
              "post_id",
              accounting.posts() * ENTITIES_PER_POST);
        });
    writes.submit(
        () ->
            tables.write(
                selectRejects(extracted),
                IngestJob.REJECTS,
                "reason",
                "source_path",
                accounting.rejects()));
    writes.awaitAll();
    tables.stage("tables", start);
    if (trends) {
      TrendsJob.writeTrends(
          spark,
          tables.path(IngestJob.POSTS),
          tables.path(IngestJob.METRICS),
          tables.path(IngestJob.KEYWORDS),
          // written by the entities extraction (issue 14); until then absent, entity_period empty
          tables.path("entities"),
          accounting.posts(),
          TrendsJob.FOLDER,
          tables);
    }
    // tables sized only once written: counted from their files' footers, not from the data
    List<String> names = new ArrayList<>(List.of(IngestJob.KEYWORDS, IngestJob.ENTITIES));
    if (trends) {
      TrendsJob.TABLES.forEach(name -> names.add(TrendsJob.FOLDER + name));
    }
    Map<String, Long> sizes = new ConcurrentHashMap<>();
    ConcurrentWrites counts = new ConcurrentWrites();
    for (String name : names) {
      StructType schema =
          switch (name) {
            case IngestJob.KEYWORDS -> Schemas.KEYWORDS;
            case IngestJob.ENTITIES -> Schemas.ENTITIES;
            default -> TrendsJob.schema(name.substring(TrendsJob.FOLDER.length()));
          };
      counts.submit(() -> sizes.put(name, countRows(spark, tables.path(name), schema)));
    }
    counts.awaitAll();
    Map<String, Long> counted = new LinkedHashMap<>();
    names.forEach(name -> counted.put(name, sizes.get(name)));
    return counted;
  }

  private static long countRows(SparkSession spark, String path, StructType schema) {
    return spark.read().schema(schema).parquet(path).count();
  }
}
