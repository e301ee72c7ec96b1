package dev.posttrends.config;

import dev.posttrends.extract.keywords.Segmenter;
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
 * @param stages which stages run: {@code ingest} (posts, facts, rejects) and {@code trends}; {@code
 *     trends} alone recomputes the trends of an existing output
 * @param force write the output even into a non-empty folder that is not a previous output
 * @param since first {@code published_date} the tables keep (inclusive); null = no lower bound
 * @param until last {@code published_date} the tables keep (inclusive); null = no upper bound
 * @param full read every file again instead of reusing the previous output's {@code raw} table
 * @param segmenter the Chinese segmenter of keyword terms, {@code fast} (default) or {@code
 *     accurate} (HanLP's Viterbi; docs/KEYWORDS.md)
 * @param report write {@code OUT/report/index.html} after a successful run (docs/REPORT.md)
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
    int filesPerTask,
    List<String> stages,
    boolean force,
    java.time.LocalDate since,
    java.time.LocalDate until,
    boolean full,
    String segmenter,
    boolean report) {

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
  public static final double DEFAULT_MAX_REJECT_FRACTION = 0.9;
  public static final int DEFAULT_FILES_PER_TASK = 5000;
  public static final String INGEST = "ingest";
  public static final String TRENDS = "trends";
  public static final List<String> STAGES = List.of(INGEST, TRENDS);
  public static final String DEFAULT_SEGMENTER = Segmenter.DEFAULT.specName();

  public JobSpec {
    inputs = List.copyOf(inputs);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    spark = Map.copyOf(spark);
    stages = List.copyOf(stages);
    for (String stage : stages) {
      if (!STAGES.contains(stage)) {
        throw new JobSpecException(
            "Unknown stage '" + stage + "'; stages are " + String.join(", ", STAGES));
      }
    }
    if (stages.isEmpty()) {
      throw new JobSpecException("No stage to run; stages are " + String.join(", ", STAGES));
    }
    try {
      segmenter = Segmenter.parse(segmenter).specName();
    } catch (IllegalArgumentException e) {
      throw new JobSpecException(e.getMessage());
    }
    if (since != null && until != null && since.isAfter(until)) {
      throw new JobSpecException("since " + since + " is after until " + until);
    }
  }

  public boolean runs(String stage) {
    return stages.contains(stage);
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
        DEFAULT_MAX_REJECT_FRACTION,
        DEFAULT_FILES_PER_TASK,
        STAGES,
        false,
        null,
        null,
        false,
        DEFAULT_SEGMENTER,
        true);
  }

  /** The segmenter of keyword terms. */
  public Segmenter keywordSegmenter() {
    return Segmenter.parse(segmenter);
  }

  public JobSpec withSegmenter(String value) {
    return edit(b -> b.segmenter = value);
  }

  public JobSpec withInputs(List<String> value) {
    return edit(b -> b.inputs = value);
  }

  public JobSpec withInclude(List<String> value) {
    return edit(b -> b.include = value);
  }

  public JobSpec withExclude(List<String> value) {
    return edit(b -> b.exclude = value);
  }

  public JobSpec withTimezone(String value) {
    return edit(b -> b.timezone = value);
  }

  public JobSpec withOutput(String value) {
    return edit(b -> b.output = value);
  }

  /** These Spark settings on top of (and replacing) the spec's. */
  public JobSpec withSpark(Map<String, String> more) {
    Map<String, String> merged = new LinkedHashMap<>(spark);
    merged.putAll(more);
    return edit(b -> b.spark = merged);
  }

  public JobSpec withLimits(long maxBytes, double rejectFraction, int perTask) {
    return edit(
        b -> {
          b.maxFileBytes = maxBytes;
          b.maxRejectFraction = rejectFraction;
          b.filesPerTask = perTask;
        });
  }

  public JobSpec withStages(List<String> value) {
    return edit(b -> b.stages = value);
  }

  public JobSpec withForce(boolean value) {
    return edit(b -> b.force = value);
  }

  /** Keep only posts published in {@code [from, to]} (either may be null: unbounded). */
  public JobSpec withRange(java.time.LocalDate from, java.time.LocalDate to) {
    return edit(
        b -> {
          b.since = from;
          b.until = to;
        });
  }

  public JobSpec withFull(boolean value) {
    return edit(b -> b.full = value);
  }

  public JobSpec withReport(boolean value) {
    return edit(b -> b.report = value);
  }

  /** A copy of this spec with some fields changed. */
  private JobSpec edit(java.util.function.Consumer<Fields> change) {
    Fields f = new Fields(this);
    change.accept(f);
    return new JobSpec(
        f.inputs,
        f.include,
        f.exclude,
        f.timezone,
        f.output,
        f.spark,
        f.maxFileBytes,
        f.maxRejectFraction,
        f.filesPerTask,
        f.stages,
        f.force,
        f.since,
        f.until,
        f.full,
        f.segmenter,
        f.report);
  }

  /** The fields of a spec being edited. */
  private static final class Fields {
    List<String> inputs;
    List<String> include;
    List<String> exclude;
    String timezone;
    String output;
    Map<String, String> spark;
    long maxFileBytes;
    double maxRejectFraction;
    int filesPerTask;
    List<String> stages;
    boolean force;
    java.time.LocalDate since;
    java.time.LocalDate until;
    boolean full;
    String segmenter;
    boolean report;

    Fields(JobSpec s) {
      inputs = s.inputs;
      include = s.include;
      exclude = s.exclude;
      timezone = s.timezone;
      output = s.output;
      spark = s.spark;
      maxFileBytes = s.maxFileBytes;
      maxRejectFraction = s.maxRejectFraction;
      filesPerTask = s.filesPerTask;
      stages = s.stages;
      force = s.force;
      since = s.since;
      until = s.until;
      full = s.full;
      segmenter = s.segmenter;
      report = s.report;
    }
  }
}
