package dev.posttrends.testing;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One local[2] session per test class, built by the project's own session builder. */
public abstract class SparkTestBase {

  protected static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = TestSessions.local();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
    spark = null;
  }
}
