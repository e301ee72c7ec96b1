package dev.posttrends.testing;

import dev.posttrends.cli.Sessions;
import dev.posttrends.config.JobSpec;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** A small local session for Spark tests, built by the project's own session builder. */
public final class TestSessions {

  public static final Map<String, String> LOCAL =
      Map.of(
          "spark.master", "local[2]",
          "spark.ui.enabled", "false",
          "spark.sql.shuffle.partitions", "2",
          "spark.driver.host", "127.0.0.1",
          "spark.driver.bindAddress", "127.0.0.1");

  private TestSessions() {}

  public static SparkSession local() {
    return Sessions.build(JobSpec.defaults().withSpark(LOCAL));
  }

  /** The same settings as {@code --conf k=v} arguments for {@code Main.execute}. */
  public static String[] confArgs() {
    return LOCAL.entrySet().stream()
        .flatMap(e -> java.util.stream.Stream.of("--conf", e.getKey() + "=" + e.getValue()))
        .toArray(String[]::new);
  }
}
