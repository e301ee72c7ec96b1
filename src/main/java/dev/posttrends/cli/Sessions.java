package dev.posttrends.cli;

import dev.posttrends.config.JobSpec;
import dev.posttrends.io.NioLocalFileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The only place a SparkSession is built. Under spark-submit the master and settings come from it;
 * without a master (the local launcher, tests) the job runs embedded in {@code local[*]}.
 */
public final class Sessions {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Sessions.class);

  private Sessions() {}

  public static SparkSession build(JobSpec spec) {
    SparkSession.Builder builder = SparkSession.builder().appName("posttrends");
    String master = master(spec);
    builder.master(master);
    if (master.startsWith("local")) {
      // a chmod process per written file otherwise; see NioLocalFileSystem
      builder.config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
      // a table with more than 32 partition folders (one per month) is otherwise listed by a
      // Spark job of one task per folder: ≈ 1 s per table read in a local run, for nothing
      builder.config("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000");
    }
    // TIMESTAMP as INT64 microseconds, adjusted to UTC: what DuckDB, Trino and Power BI expect
    builder.config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    builder.config("spark.sql.debug.maxToStringFields", "200"); // the posts struct is wide
    spec.spark().forEach(builder::config);
    return builder.getOrCreate();
  }

  /** The spec's master, else spark-submit's or {@code -Dspark.master}, else {@code local[*]}. */
  static String master(JobSpec spec) {
    SparkConf conf = new SparkConf(); // picks up spark-submit's and -Dspark.* settings
    return spec.spark().getOrDefault("spark.master", conf.get("spark.master", "local[*]"));
  }

  /**
   * In a local run the tasks extract in this JVM: load the keyword dictionaries (≈ 1.5 s on a cold
   * JVM) on a background thread while the session starts (3–6 s), instead of on the first task's
   * critical path. On a cluster the executors load their own; nothing to do here.
   */
  static void preloadExtractorsIfLocal(JobSpec spec) {
    if (master(spec).startsWith("local")) {
      Thread preload =
          new Thread(() -> spec.keywordSegmenter().newSegmenter(), "posttrends-preload");
      preload.setDaemon(true); // never holds the JVM up
      // a failed class initializer surfaces in the tasks only as "Could not initialize class":
      // say here what went wrong
      preload.setUncaughtExceptionHandler(
          (t, e) -> LOG.error("Cannot load the keyword dictionaries: {}", e.toString(), e));
      preload.start();
    }
  }
}
