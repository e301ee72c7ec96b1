package dev.posttrends.pipeline;

import dev.posttrends.config.JobSpec;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small inputs run Spark's plans interpreted instead of compiled, unless the job spec, {@code
 * --conf} or spark-submit set either key. Each new query plan of a run is compiled to Java source
 * and then by Janino, and on a cold JVM that costs more CPU than evaluating a few hundred rows
 * would: the README's sample run issues some 50 Spark jobs of a few rows each. Spark's interpreted
 * evaluation gives the same results (its own test suite runs both modes); from a few thousand posts
 * on, compiled code wins and stays on. Figures in docs/PERFORMANCE.md.
 */
final class Codegen {

  static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";
  static final String FACTORY_MODE = "spark.sql.codegen.factoryMode";

  /** At most this many files and bytes run interpreted. */
  static final long SMALL_FILES = 1_000;

  static final long SMALL_BYTES = 8L << 20;

  private static final Logger LOG = LoggerFactory.getLogger(Codegen.class);

  private Codegen() {}

  /** Whether {@code files} files of {@code bytes} bytes in all run interpreted. */
  static boolean interpreted(long files, long bytes) {
    return files <= SMALL_FILES && bytes <= SMALL_BYTES;
  }

  /**
   * Switches compiled plans off for a small input and back to Spark's defaults for a larger one (a
   * session may run several jobs); a user's setting of either key stands.
   */
  static void sizeToInput(SparkSession spark, JobSpec spec, long files, long bytes) {
    for (String key : new String[] {WHOLE_STAGE, FACTORY_MODE}) {
      if (spec.spark().containsKey(key) || spark.sparkContext().getConf().contains(key)) {
        return;
      }
    }
    if (interpreted(files, bytes)) {
      spark.conf().set(WHOLE_STAGE, "false");
      spark.conf().set(FACTORY_MODE, "NO_CODEGEN");
      LOG.info("Interpreted Spark plans for {} files of {} KB", files, bytes >> 10);
    } else {
      spark.conf().unset(WHOLE_STAGE);
      spark.conf().unset(FACTORY_MODE);
    }
  }
}
