package dev.posttrends.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run does, immutable. Precedence: command-line options, then the job spec file, then the
 * defaults below; the time zone falls back further to a {@code _config.yml} at an input root, then
 * UTC (resolved when the inputs are opened).
 *
 * @param inputs input roots (folders or files) on any Hadoop file system
 * @param include globs of files to read, relative to a root
 * @param exclude globs of files and folders to skip
 * @param timezone IANA zone of offset-less dates and of {@code published_date}; null = not set
 * @param output output folder; replaced as a whole by a successful run
 * @param spark Spark settings applied when the session is built
 * @param maxFileBytes files larger than this are rejected unread
 * @param maxRejectFraction the run fails (keeping the previous output) when more inputs are
 *     rejected than this fraction
 * @param filesPerTask target number of files a read task handles
 */
public record JobSpec(
    List<String> inputs,
    List<String> include,
    List<String> exclude,
    String timezone,
    String output,
    Map<String, String> spark,
    long maxFileBytes,
    double maxRejectFraction,
    int filesPerTask) {

  public static final List<String> DEFAULT_INCLUDE =
      List.of("*.md", "*.markdown", "*.html", "*.jsonl");
  public static final List<String> DEFAULT_EXCLUDE =
      List.of(
          "**/_site/**",
          "**/_layouts/**",
          "**/_includes/**",
          "**/_sass/**",
          "**/_data/**",
          "**/.*/**",
          "**/node_modules/**",
          "**/vendor/**",
          "**/.*");
  public static final long DEFAULT_MAX_FILE_BYTES = 32L << 20;
  public static final int DEFAULT_FILES_PER_TASK = 5000;

  public JobSpec {
    inputs = List.copyOf(inputs);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    spark = Map.copyOf(spark);
  }

  public static JobSpec defaults() {
    return new JobSpec(
        List.of(),
        DEFAULT_INCLUDE,
        DEFAULT_EXCLUDE,
        null,
        null,
        Map.of(),
        DEFAULT_MAX_FILE_BYTES,
        1.0,
        DEFAULT_FILES_PER_TASK);
  }

  public JobSpec withInputs(List<String> value) {
    return new JobSpec(
        value,
        include,
        exclude,
        timezone,
        output,
        spark,
        maxFileBytes,
        maxRejectFraction,
        filesPerTask);
  }

  public JobSpec withInclude(List<String> value) {
    return new JobSpec(
        inputs,
        value,
        exclude,
        timezone,
        output,
        spark,
        maxFileBytes,
        maxRejectFraction,
        filesPerTask);
  }

  public JobSpec withExclude(List<String> value) {
    return new JobSpec(
        inputs,
        include,
        value,
        timezone,
        output,
        spark,
        maxFileBytes,
        maxRejectFraction,
        filesPerTask);
  }

  public JobSpec withTimezone(String value) {
    return new JobSpec(
        inputs,
        include,
        exclude,
        value,
        output,
        spark,
        maxFileBytes,
        maxRejectFraction,
        filesPerTask);
  }

  public JobSpec withOutput(String value) {
    return new JobSpec(
        inputs,
        include,
        exclude,
        timezone,
        value,
        spark,
        maxFileBytes,
        maxRejectFraction,
        filesPerTask);
  }

  /** These Spark settings on top of (and replacing) the spec's. */
  public JobSpec withSpark(Map<String, String> more) {
    Map<String, String> merged = new LinkedHashMap<>(spark);
    merged.putAll(more);
    return new JobSpec(
        inputs,
        include,
        exclude,
        timezone,
        output,
        merged,
        maxFileBytes,
        maxRejectFraction,
        filesPerTask);
  }

  public JobSpec withLimits(long maxBytes, double rejectFraction, int perTask) {
    return new JobSpec(
        inputs, include, exclude, timezone, output, spark, maxBytes, rejectFraction, perTask);
  }
}
