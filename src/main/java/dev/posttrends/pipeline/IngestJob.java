package dev.posttrends.pipeline;

import static dev.posttrends.ingest.ListInputs.listInputs;
import static dev.posttrends.pipeline.PostSteps.filterIncluded;
import static dev.posttrends.pipeline.PostSteps.repartitionForRead;
import static dev.posttrends.pipeline.PostSteps.selectRejects;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import dev.posttrends.config.JobSpec;
import dev.posttrends.config.JobSpecException;
import dev.posttrends.extract.ParserOptions;
import dev.posttrends.extract.Printable;
import dev.posttrends.ingest.Globs;
import dev.posttrends.ingest.InputRoot;
import dev.posttrends.ingest.InputRoots;
import dev.posttrends.io.OutputCommit;
import dev.posttrends.io.RunManifest;
import dev.posttrends.io.Schemas;
import dev.posttrends.io.TableWriter;
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
  public static final String ENTITIES = "entities";

  private IngestJob() {}

  public static Accounting run(SparkSession spark, JobSpec spec) {
    if (spec.output() == null) {
      throw new JobSpecException("No output: give --output DIR or 'output:' in the job spec");
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<InputRoot> roots = InputRoots.open(spec.inputs(), spec.timezone() == null, conf);
    OutputSafety.check(spec.output(), roots, spec.force(), conf);
    ParserOptions options = parserOptions(spec, roots);
    spark.conf().set("spark.sql.session.timeZone", options.jobZoneId());
    String runId = UUID.randomUUID().toString();
    RunManifest manifest = new RunManifest();
    Manifests.describeJob(manifest, spark, spec, roots, options, runId);
    String fingerprint = Increment.fingerprint(spec, options);
    Increment increment = Increment.plan(spark, spec.output(), fingerprint, spec.full(), conf);
    Increment.describe(manifest.root(), fingerprint, spec, increment);
    LOG.info("Raw table: {}", increment.reason());
    Dataset<Row> listing = null;
    OutputCommit commit = null;
    try {
      long start = System.nanoTime();
      listing =
          listInputs(spark, roots, new Globs(spec.include()), new Globs(spec.exclude()))
              .persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> included = filterIncluded(listing);
      Dataset<Row> toRead = increment.toRead(included);
      Row sized = included.agg(count(lit(1)), coalesce(sum("size"), lit(0L))).first();
      long readCount = increment.previousRaw() == null ? sized.getLong(0) : toRead.count();
      ShufflePartitions.sizeToInput(spark, spec, sized.getLong(0), sized.getLong(1));
      Codegen.sizeToInput(spark, spec, sized.getLong(0), sized.getLong(1));
      long goneOrChanged = increment.goneOrChanged(included);
      manifest.stage("list", start);
      LOG.info(
          "Listed under {} root(s) in {} s: {} file(s) to read, {} previous file(s) gone or"
              + " changed",
          roots.size(),
          seconds(start),
          readCount,
          goneOrChanged);
      if (increment.upToDate(spec, readCount, goneOrChanged)) {
        LOG.info(
            "Output {} is up to date: nothing new or changed, nothing written",
            Printable.line(spec.output()));
        return Accounting.fromManifest(increment.previousManifest());
      }
      commit = OutputCommit.begin(spec.output(), runId, conf);
      start = System.nanoTime();
      Dataset<Row> raw =
          writeRaw(spark, spec, options, toRead, readCount, increment.reusedRows(included), commit);
      manifest.stage("read_and_parse", start);
      start = System.nanoTime();
      Accounting accounting = Accounting.of(listing, raw);
      accounting.check();
      manifest.stage("account", start);
      Manifests.describeIncrement(manifest, readCount, goneOrChanged, accounting);
      LOG.info("Read {} in {} s", accounting, seconds(start));
      String tooManyRejects = rejectFractionError(accounting, spec);
      if (tooManyRejects != null) {
        throw failKeepingRejects(raw, accounting, manifest, commit, tooManyRejects, conf);
      }
      Dataset<Row> kept = PostSteps.inRange(raw, spec.since(), spec.until());
      Accounting tables = kept == raw ? accounting : Accounting.of(listing, kept);
      Map<String, Long> counted =
          Tables.write(
              spark, kept, tables, spec.runs(JobSpec.TRENDS), new TableWriter(commit, manifest));
      Manifests.describeResult(manifest, accounting, tables, counted, commit.output());
      manifest.write(commit.staged(RunManifest.FILE_NAME), conf);
      commit.commit();
      LOG.info("Committed output {}", Printable.line(commit.output()));
      return accounting;
    } catch (RuntimeException | Error e) {
      if (commit != null) {
        commit.abort();
      }
      throw e;
    } finally {
      if (listing != null) {
        listing.unpersist();
      }
    }
  }

  private static String seconds(long startNanos) {
    return String.format("%.1f", (System.nanoTime() - startNanos) / 1e9);
  }

  /**
   * Reads and parses the files to read, writes their raw rows (bytes, posts, rejects, facts) with
   * the previous output's rows of unchanged files into the staged {@code raw} table, and returns
   * that table, read back: every later step reads Parquet, nothing big is held in memory.
   */
  private static Dataset<Row> writeRaw(
      SparkSession spark,
      JobSpec spec,
      ParserOptions options,
      Dataset<Row> files,
      long count,
      Dataset<Row> reused,
      OutputCommit commit) {
    String path = commit.staged(Increment.RAW);
    int parallelism = spark.sparkContext().defaultParallelism();
    ExtractPosts extract =
        new ExtractPosts(
            new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()),
            options,
            spec.maxFileBytes(),
            spec.keywordSegmenter());
    ExtractPosts.extractPosts(
            repartitionForRead(files, count, spec.filesPerTask(), parallelism), extract)
        .write()
        .mode(SaveMode.Append)
        .parquet(path);
    if (reused != null) {
      // Parquet to Parquet, no parsing: Spark packs the previous files into ~128 MB read splits
      reused.write().mode(SaveMode.Append).parquet(path);
    }
    return spark.read().schema(Schemas.RAW).parquet(path);
  }

  /** Why the run must fail for its rejects; null when they are within the limit. */
  private static String rejectFractionError(Accounting accounting, JobSpec spec) {
    if (accounting.rejectFraction() > spec.maxRejectFraction()) {
      return String.format(
          "%d of %d inputs rejected (%.1f%%), more than limits.max_reject_fraction = %s: %s",
          accounting.rejects(),
          accounting.inputs(),
          100 * accounting.rejectFraction(),
          spec.maxRejectFraction(),
          accounting.rejectsByReason());
    }
    return null;
  }

  /**
   * Writes the rejects and a failed-run manifest, keeps them beside the output for inspection and
   * returns the failure to throw; the previous output is untouched.
   */
  private static JobFailedException failKeepingRejects(
      Dataset<Row> extracted,
      Accounting accounting,
      RunManifest manifest,
      OutputCommit commit,
      String error,
      Configuration conf) {
    new TableWriter(commit, manifest)
        .write(selectRejects(extracted), REJECTS, "reason", "source_path", accounting.rejects());
    Manifests.describeFailure(manifest, accounting, commit.output(), error);
    manifest.write(commit.staged(RunManifest.FILE_NAME), conf);
    String kept = commit.keepFailed();
    return new JobFailedException(
        error + "; the previous output is unchanged; the rejects are kept in " + kept);
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
