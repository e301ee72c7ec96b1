package dev.posttrends.aggregate;

import static org.apache.spark.sql.functions.col;

import dev.posttrends.io.ConcurrentWrites;
import dev.posttrends.io.Schemas;
import dev.posttrends.io.TableWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The trends stage: reads the {@code posts}, {@code metrics}, {@code keywords} and {@code entities}
 * Parquet of a run (only the columns it needs) and writes the five tables under {@code trends/},
 * each partitioned by {@code period}. The same code serves a full run (reading the tables it just
 * staged) and a trends-only run over an existing output.
 */
public final class TrendsJob {

  /** Where the trend tables sit in a run's output. */
  public static final String FOLDER = "trends/";

  public static final String CATEGORY_PERIOD = "category_period";
  public static final String TAG_PERIOD = "tag_period";
  public static final String KEYWORD_PERIOD = "keyword_period";
  public static final String METRIC_PERIOD = "metric_period";
  public static final String ENTITY_PERIOD = "entity_period";
  public static final java.util.List<String> TABLES =
      java.util.List.of(CATEGORY_PERIOD, TAG_PERIOD, KEYWORD_PERIOD, METRIC_PERIOD, ENTITY_PERIOD);

  private TrendsJob() {}

  /**
   * Writes the trend tables from the tables at {@code postsPath}, {@code metricsPath}, {@code
   * keywordsPath} and {@code entitiesPath}, each as {@code prefix + name}; {@code postCount} sizes
   * the output files. No folder at {@code entitiesPath} (an output of a version without entities)
   * reads as no entities: {@code entity_period} is then written empty.
   */
  public static void writeTrends(
      SparkSession spark,
      String postsPath,
      String metricsPath,
      String keywordsPath,
      String entitiesPath,
      long postCount,
      String prefix,
      TableWriter tables) {
    Dataset<Row> posts = filterTrendableDates(read(spark, postsPath, Schemas.POSTS));
    Dataset<Row> metrics = read(spark, metricsPath, Schemas.METRICS);
    Dataset<Row> keywords = read(spark, keywordsPath, Schemas.KEYWORDS);
    Dataset<Row> entities = readIfPresent(spark, entitiesPath, Schemas.ENTITIES);
    long rows = Math.max(1, postCount) * Periods.TYPES.size();
    // the horizon query runs once, timed with the first of the series tables to ask for it
    Supplier<LocalDate> horizon =
        ConcurrentWrites.once(() -> SeriesMeasures.horizon(SeriesMeasures.filterPublished(posts)));
    long start = System.nanoTime();
    ConcurrentWrites writes = new ConcurrentWrites();
    writes.submit(
        write(
            tables,
            prefix + CATEGORY_PERIOD,
            "category",
            rows,
            () -> CategoryTrends.categoryPeriod(posts, horizon.get())));
    writes.submit(
        write(
            tables,
            prefix + METRIC_PERIOD,
            "category",
            rows,
            () -> MetricTrends.metricPeriod(metrics, posts)));
    writes.submit(
        write(
            tables,
            prefix + KEYWORD_PERIOD,
            "keyword",
            rows,
            () -> KeywordTrends.keywordPeriod(keywords, posts)));
    writes.submit(
        write(
            tables,
            prefix + TAG_PERIOD,
            "tag",
            rows,
            () -> TagTrends.tagPeriod(posts, horizon.get())));
    writes.submit(
        write(
            tables,
            prefix + ENTITY_PERIOD,
            "entity",
            rows,
            () -> EntityTrends.entityPeriod(entities, posts, horizon.get())));
    writes.awaitAll();
    tables.stage("trends", start);
  }

  /** Writes one trend table, partitioned by period and ordered by {@code key}. */
  private static Runnable write(
      TableWriter tables, String name, String key, long rows, Supplier<Dataset<Row>> plan) {
    return () -> tables.write(plan, name, "period", key, rows);
  }

  /** First and last publication dates trends consider. */
  public static final String FIRST_DATE = "1970-01-01";

  public static final String LAST_DATE = "2099-12-31";

  /**
   * Posts dated within {@link #FIRST_DATE}..{@link #LAST_DATE}. A post dated 9999-12-31 is kept in
   * {@code posts} but is a data error for trends: the dense daily series up to it would have
   * millions of rows per key. Metrics and keywords of the other posts drop out with them (they are
   * joined to these posts).
   */
  static Dataset<Row> filterTrendableDates(Dataset<Row> posts) {
    // on the partition column, as strings: a DATE literal pushed down to Parquet makes Spark build
    // a java.sql.Date, which needs --add-opens java.base/sun.util.calendar on Java 17
    return posts.where(
        col("published_month").between(FIRST_DATE.substring(0, 7), LAST_DATE.substring(0, 7)));
  }

  /** The schema of trend table {@code name}. */
  public static StructType schema(String name) {
    return switch (name) {
      case CATEGORY_PERIOD -> Schemas.CATEGORY_PERIOD;
      case TAG_PERIOD -> Schemas.TAG_PERIOD;
      case KEYWORD_PERIOD -> Schemas.KEYWORD_PERIOD;
      case METRIC_PERIOD -> Schemas.METRIC_PERIOD;
      case ENTITY_PERIOD -> Schemas.ENTITY_PERIOD;
      default -> throw new IllegalArgumentException("Unknown trend table " + name);
    };
  }

  /** A table with its declared schema: an empty table (no files) reads as no rows. */
  static Dataset<Row> read(SparkSession spark, String path, StructType schema) {
    return spark.read().schema(schema).parquet(path);
  }

  /**
   * As {@link #read}, but no folder at {@code path} reads as no rows: Spark fails on a missing path
   * even with a schema given, and a table added in a later version is missing from older outputs.
   */
  static Dataset<Row> readIfPresent(SparkSession spark, String path, StructType schema) {
    Path folder = new Path(path);
    try {
      if (!folder.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(folder)) {
        return spark.createDataFrame(java.util.List.of(), schema);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check " + path, e);
    }
    return read(spark, path, schema);
  }
}
