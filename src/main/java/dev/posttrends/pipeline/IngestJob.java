package dev.posttrends.pipeline;

import static dev.posttrends.extract.spark.ExtractPosts.extractPosts;
import static dev.posttrends.ingest.ListInputs.listInputs;
import static dev.posttrends.pipeline.KeywordSteps.topTermsPerPost;
import static dev.posttrends.pipeline.KeywordSteps.withTfIdf;
import static dev.posttrends.pipeline.PostSteps.filterIncluded;
import static dev.posttrends.pipeline.PostSteps.repartitionForRead;
import static dev.posttrends.pipeline.PostSteps.repartitionForWrite;
import static dev.posttrends.pipeline.PostSteps.selectDateMentions;
import static dev.posttrends.pipeline.PostSteps.selectMetrics;
import static dev.posttrends.pipeline.PostSteps.selectPosts;
import static dev.posttrends.pipeline.PostSteps.selectRejects;
import static dev.posttrends.pipeline.PostSteps.selectTerms;
import static dev.posttrends.pipeline.PostSteps.withPostMonth;

import dev.posttrends.config.JobSpec;
import dev.posttrends.config.JobSpecException;
import dev.posttrends.extract.ParserOptions;
import dev.posttrends.extract.spark.ExtractPosts;
import dev.posttrends.ingest.Globs;
import dev.posttrends.ingest.InputRoot;
import dev.posttrends.ingest.InputRoots;
import dev.posttrends.io.OutputCommit;
import dev.posttrends.io.RunManifest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest run: list inputs → read and parse → account for every input → write {@code posts} and
 * {@code rejects} Parquet and {@code manifest.json} into a staging folder → swap it in.
 */
public final class IngestJob {

  private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

  public static final String POSTS = "posts";
  public static final String REJECTS = "rejects";
  public static final String METRICS = "metrics";
  public static final String DATE_MENTIONS = "date_mentions";
  public static final String KEYWORDS = "keywords";
  static final int ROWS_PER_FILE = 200_000;

  /** Keywords kept per post. */
  static final int TOP_TERMS = 10;

  private IngestJob() {}

  public static Accounting run(SparkSession spark, JobSpec spec) {
    if (spec.output() == null) {
      throw new JobSpecException("No output: give --output DIR or 'output:' in the job spec");
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<InputRoot> roots = InputRoots.open(spec.inputs(), spec.timezone() == null, conf);
    ParserOptions options = parserOptions(spec, roots);
    spark.conf().set("spark.sql.session.timeZone", options.jobZoneId());
    String runId = UUID.randomUUID().toString();
    RunManifest manifest = new RunManifest();
    Manifests.describeJob(manifest, spark, spec, roots, options, runId);
    OutputCommit commit = OutputCommit.begin(spec.output(), runId, conf);
    Dataset<Row> listing = null;
    Dataset<Row> extracted = null;
    try {
      long start = System.nanoTime();
      listing =
          listInputs(spark, roots, new Globs(spec.include()), new Globs(spec.exclude()))
              .persist(StorageLevel.MEMORY_AND_DISK());
      long toRead = filterIncluded(listing).count();
      manifest.stage("list", start);
      LOG.info("Listed {} input files to read under {} root(s)", toRead, roots.size());

      start = System.nanoTime();
      Dataset<Row> files =
          repartitionForRead(
              filterIncluded(listing),
              toRead,
              spec.filesPerTask(),
              spark.sparkContext().defaultParallelism());
      ExtractPosts extract =
          new ExtractPosts(new SerializableConfiguration(conf), options, spec.maxFileBytes());
      extracted = extractPosts(files, extract).persist(StorageLevel.MEMORY_AND_DISK());
      Accounting accounting = Accounting.of(listing, extracted);
      accounting.check();
      manifest.stage("read_and_parse", start);
      LOG.info(
          "Read {} files: {} inputs -> {} posts, {} rejects {}",
          accounting.filesRead(),
          accounting.inputs(),
          accounting.posts(),
          accounting.rejects(),
          accounting.rejectsByReason());
      if (accounting.rejectFraction() > spec.maxRejectFraction()) {
        throw new JobFailedException(
            String.format(
                "%d of %d inputs rejected (%.1f%%), more than limits.max_reject_fraction = %s: %s",
                accounting.rejects(),
                accounting.inputs(),
                100 * accounting.rejectFraction(),
                spec.maxRejectFraction(),
                accounting.rejectsByReason()));
      }

      writeTable(
          selectPosts(extracted),
          POSTS,
          "published_month",
          "post_id",
          accounting.posts(),
          commit,
          manifest);
      writeTable(
          selectMetrics(extracted),
          METRICS,
          "published_month",
          "post_id",
          accounting.metrics(),
          commit,
          manifest);
      writeTable(
          selectDateMentions(extracted),
          DATE_MENTIONS,
          "published_month",
          "post_id",
          accounting.dateMentions(),
          commit,
          manifest);
      Dataset<Row> keywords =
          withPostMonth(
              topTermsPerPost(withTfIdf(selectTerms(extracted), accounting.posts()), TOP_TERMS),
              extracted);
      writeTable(
          keywords,
          KEYWORDS,
          "published_month",
          "post_id",
          accounting.posts() * TOP_TERMS,
          commit,
          manifest);
      writeTable(
          selectRejects(extracted),
          REJECTS,
          "reason",
          "source_path",
          accounting.rejects(),
          commit,
          manifest);

      Manifests.describeResult(manifest, accounting, commit.output());
      manifest.write(commit.staged(RunManifest.FILE_NAME), conf);
      commit.commit();
      LOG.info("Committed output {}", commit.output());
      return accounting;
    } catch (RuntimeException | Error e) {
      commit.abort();
      throw e;
    } finally {
      if (extracted != null) {
        extracted.unpersist();
      }
      if (listing != null) {
        listing.unpersist();
      }
    }
  }

  /**
   * Writes one table into the staging folder: Hive-partitioned Parquet, few large files, rows
   * ordered within each file; its seconds go to the manifest as {@code write_<name>}.
   */
  static void writeTable(
      Dataset<Row> rows,
      String name,
      String partitionColumn,
      String orderColumn,
      long rowCount,
      OutputCommit commit,
      RunManifest manifest) {
    long start = System.nanoTime();
    repartitionForWrite(rows, partitionColumn, orderColumn, rowCount, ROWS_PER_FILE)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .partitionBy(partitionColumn)
        .parquet(commit.staged(name));
    manifest.stage("write_" + name, start);
    LOG.info("Wrote table {} ({} rows)", name, rowCount);
  }

  /**
   * The job zone is the option or spec's, else the first {@code _config.yml} zone, else UTC;
   * offset-less dates of a root without an explicit zone are read in its own config's zone.
   */
  static ParserOptions parserOptions(JobSpec spec, List<InputRoot> roots) {
    if (spec.timezone() != null) {
      return ParserOptions.inZone(spec.timezone());
    }
    Map<String, String> rootZones = new LinkedHashMap<>();
    for (InputRoot root : roots) {
      if (root.configZone() != null) {
        rootZones.put(root.given(), root.configZone());
      }
    }
    String jobZone =
        roots.stream()
            .map(InputRoot::configZone)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse("UTC");
    return new ParserOptions(jobZone, rootZones);
  }
}
