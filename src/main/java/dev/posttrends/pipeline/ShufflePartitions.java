package dev.posttrends.pipeline;

import dev.posttrends.config.JobSpec;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sizes {@code spark.sql.shuffle.partitions} to the input, unless the job spec, {@code --conf} or
 * spark-submit set it. Spark's default of 200 suits neither end: 85 sample posts become 200 tiny
 * shuffle blocks per map task in every aggregation (and a task each to launch before adaptive
 * execution coalesces them), while a large batch wants its partitions near {@value
 * #BYTES_PER_PARTITION} bytes of input each. See docs/PERFORMANCE.md.
 */
final class ShufflePartitions {

  /** Input bytes per shuffle partition: the files of about 10,000 posts of ~3 KB. */
  static final long BYTES_PER_PARTITION = 32L << 20;

  static final String KEY = "spark.sql.shuffle.partitions";
  private static final int MAX = 200;
  private static final Logger LOG = LoggerFactory.getLogger(ShufflePartitions.class);

  private ShufflePartitions() {}

  /** Sets the shuffle partitions for {@code files} files of {@code bytes} bytes in all. */
  static void sizeToInput(SparkSession spark, JobSpec spec, long files, long bytes) {
    if (spec.spark().containsKey(KEY) || spark.sparkContext().getConf().contains(KEY)) {
      return; // the user's setting stands
    }
    int partitions = forInput(bytes, spark.sparkContext().defaultParallelism());
    spark.conf().set(KEY, Integer.toString(partitions));
    LOG.info("{} = {} for {} files of {} MB", KEY, partitions, files, bytes >> 20);
  }

  /** One partition per {@value #BYTES_PER_PARTITION} bytes, at least one per core, at most 200. */
  static int forInput(long bytes, int parallelism) {
    long bySize = (bytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
    return (int) Math.max(Math.max(1, parallelism), Math.min(MAX, bySize));
  }
}
