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

  private Sessions() {}

  public static SparkSession build(JobSpec spec) {
    SparkConf conf = new SparkConf(); // picks up spark-submit's and -Dspark.* settings
    SparkSession.Builder builder = SparkSession.builder().appName("posttrends");
    String master = spec.spark().getOrDefault("spark.master", conf.get("spark.master", "local[*]"));
    builder.master(master);
    if (master.startsWith("local")) {
      // a chmod process per written file otherwise; see NioLocalFileSystem
      builder.config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
    }
    // TIMESTAMP as INT64 microseconds, adjusted to UTC: what DuckDB, Trino and Power BI expect
    builder.config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    builder.config("spark.sql.debug.maxToStringFields", "200"); // the posts struct is wide
    spec.spark().forEach(builder::config);
    return builder.getOrCreate();
  }
}
