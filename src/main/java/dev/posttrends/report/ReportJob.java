package dev.posttrends.report;

import static dev.posttrends.report.JsonRows.NODES;
import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.posttrends.io.RunManifest;
import dev.posttrends.io.Schemas;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code OUT/report/index.html} from a committed output: its {@code manifest.json} and tables,
 * never the posts' files. Written after every run and by {@code posttrends report --output OUT}.
 */
public final class ReportJob {

  private static final Logger LOG = LoggerFactory.getLogger(ReportJob.class);

  public static final String FOLDER = "report";
  public static final String FILE = "index.html";

  private ReportJob() {}

  /** Builds and writes the report; returns its path. */
  public static Path write(SparkSession spark, String output) {
    long start = System.nanoTime();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    String page = ReportPage.render(data(spark, output));
    Path path = new Path(new Path(output, FOLDER), FILE);
    try {
      FileSystem fs = path.getFileSystem(conf);
      Path staged = new Path(path.getParent(), "." + FILE + ".tmp");
      try (OutputStream out = fs.create(staged, true)) {
        out.write(page.getBytes(StandardCharsets.UTF_8));
      }
      fs.delete(path, false);
      if (!fs.rename(staged, path)) {
        throw new IOException("Cannot rename " + staged + " to " + path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report " + path, e);
    }
    LOG.info(
        "Wrote the report {} ({} KB) in {} s",
        path,
        page.getBytes(StandardCharsets.UTF_8).length / 1024,
        String.format("%.1f", (System.nanoTime() - start) / 1e9));
    return path;
  }

  /** The report's data (the JSON embedded in the page; documented in docs/REPORT.md). */
  public static ObjectNode data(SparkSession spark, String output) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    ObjectNode manifest =
        RunManifest.read(new Path(output, RunManifest.FILE_NAME).toString(), conf);
    Dataset<Row> posts = read(spark, output, "posts", Schemas.POSTS);
    Dataset<Row> categoryPeriod =
        read(spark, output, "trends/category_period", Schemas.CATEGORY_PERIOD);
    Dataset<Row> metricPeriod = read(spark, output, "trends/metric_period", Schemas.METRIC_PERIOD);
    Dataset<Row> metrics = read(spark, output, "metrics", Schemas.METRICS);

    // a dozen small independent queries: submitted together, they overlap their planning and
    // scheduling instead of queueing one after another (about half the wall clock on the sample)
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Integer.getInteger("posttrends.reportThreads", 4), ReportJob::daemon);
    try {
      Future<List<String>> topFuture =
          submit(pool, "top_categories", () -> ReportData.topCategories(categoryPeriod));
      Future<ObjectNode> facts = submit(pool, "post_facts", () -> ReportData.postFacts(posts));
      Future<ArrayNode> spikes =
          submit(pool, "spikes", () -> ReportData.spikes(categoryPeriod, posts));
      Future<ArrayNode> rising =
          submit(
              pool,
              "rising",
              () ->
                  ReportFigures.rising(
                      read(spark, output, "trends/keyword_period", Schemas.KEYWORD_PERIOD)));
      Future<ArrayNode> names =
          submit(
              pool,
              "names",
              () ->
                  ReportFigures.namedEntities(
                      read(spark, output, "trends/entity_period", Schemas.ENTITY_PERIOD)));
      Future<ArrayNode> others =
          submit(pool, "other_currencies", () -> ReportFigures.otherCurrencies(metricPeriod));
      Future<ArrayNode> largest =
          submit(pool, "largest", () -> ReportFigures.largest(metrics, posts));
      Future<ArrayNode> examples =
          submit(
              pool,
              "reject_examples",
              () -> ReportFigures.rejectExamples(read(spark, output, "rejects", Schemas.REJECTS)));
      List<String> top = topFuture.get();
      Future<ObjectNode> volumeSeries =
          submit(
              pool,
              "volume",
              () -> ReportData.series(categoryPeriod, "category", top, col("post_count"), true));
      Future<ObjectNode> moneySeries =
          submit(
              pool,
              "money",
              () ->
                  ReportData.series(
                      metricPeriod.where(
                          col("kind").equalTo("money").and(col("unit").equalTo("CNY"))),
                      "category",
                      top,
                      ReportFigures.cnyYi(),
                      false));
      Future<ObjectNode> percentSeries =
          submit(
              pool,
              "percent",
              () ->
                  ReportData.series(
                      metricPeriod.where(
                          col("kind").equalTo("percent").and(col("avg_change_pct").isNotNull())),
                      "category",
                      top,
                      col("avg_change_pct"),
                      false));
      Future<ArrayNode> keywords =
          submit(
              pool,
              "category_keywords",
              () ->
                  ReportFigures.categoryKeywords(
                      read(spark, output, "keywords", Schemas.KEYWORDS), posts, top));
      Future<ArrayNode> tags =
          submit(pool, "category_tags", () -> ReportFigures.categoryTags(posts, top));

      ObjectNode data = NODES.objectNode();
      ObjectNode run = data.putObject("run");
      run.put("output", manifest.path("output").asText(output));
      run.put("run_id", manifest.path("run_id").asText(null));
      run.put("status", manifest.path("status").asText(null));
      run.put("started_at", manifest.path("started_at").asText(null));
      run.put("finished_at", manifest.path("finished_at").asText(null));
      run.set("duration_seconds", seconds(manifest));
      run.set("versions", manifest.path("versions"));
      run.put("timezone", manifest.path("job").path("timezone").asText(null));
      run.put("inputs", manifest.path("inputs").path("total").asLong());
      run.put("files_read", manifest.path("inputs").path("files_read").asLong());
      run.put("posts", manifest.path("posts").asLong());
      run.put("rejects", manifest.path("rejects").path("total").asLong());
      run.set("rejects_by_reason", manifest.path("rejects").path("by_reason"));
      run.setAll(facts.get());

      ObjectNode caps = data.putObject("caps");
      caps.put("categories", ReportData.TOP_CATEGORIES)
          .put("points_per_period", ReportData.MAX_POINTS)
          .put("spikes", ReportData.SPIKES)
          .put("titles_per_spike", ReportData.TITLES_PER_SPIKE)
          .put("rising_per_period", ReportFigures.RISING_PER_PERIOD)
          .put("names_per_period", ReportFigures.NAMES_PER_PERIOD)
          .put("terms_per_category", ReportFigures.TERMS_PER_CATEGORY)
          .put("largest_figures", ReportFigures.LARGEST)
          .put("reject_examples", ReportFigures.REJECT_EXAMPLES);

      ObjectNode volume = data.putObject("volume");
      top.forEach(volume.putArray("categories")::add);
      volume.set("periods", volumeSeries.get());
      volume.put("default_period", ReportData.defaultPeriod(volumeSeries.get()));
      data.set("spikes", spikes.get());
      data.set("rising", rising.get());
      data.set("names", names.get());
      data.set("category_keywords", keywords.get());
      data.set("category_tags", tags.get());

      ObjectNode money = data.putObject("money");
      money.put("unit", "亿元 (CNY 10^8)");
      money.set("periods", moneySeries.get());
      money.set("other_currencies", others.get());
      data.putObject("percent_change").set("periods", percentSeries.get());
      data.set("largest", largest.get());

      ObjectNode quality = data.putObject("quality");
      quality.set("rejects_by_reason", run.path("rejects_by_reason"));
      quality.set("examples", examples.get());
      return data;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while building the report", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("Cannot build the report: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Submits the query, logging its seconds at debug level. */
  private static <T> Future<T> submit(
      ExecutorService pool, String name, java.util.concurrent.Callable<T> query) {
    return pool.submit(
        () -> {
          long start = System.nanoTime();
          T result = query.call();
          LOG.debug(
              "Report query {}: {} s",
              name,
              String.format("%.1f", (System.nanoTime() - start) / 1e9));
          return result;
        });
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "posttrends-report");
    t.setDaemon(true);
    return t;
  }

  /** A table with its declared schema; a table the run did not write (no rows) reads empty. */
  private static Dataset<Row> read(
      SparkSession spark, String output, String table, StructType schema) {
    Path path = new Path(output, table);
    try {
      if (!path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
        return spark.createDataFrame(java.util.List.of(), schema);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
    return spark.read().schema(schema).parquet(path.toString());
  }

  private static JsonNode seconds(ObjectNode manifest) {
    try {
      Instant start = Instant.parse(manifest.path("started_at").asText());
      Instant end = Instant.parse(manifest.path("finished_at").asText());
      return NODES.numberNode(Duration.between(start, end).toMillis() / 1000.0);
    } catch (RuntimeException e) {
      return NODES.nullNode();
    }
  }
}
