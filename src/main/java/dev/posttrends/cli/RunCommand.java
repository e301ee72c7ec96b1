package dev.posttrends.cli;

import dev.posttrends.config.JobSpec;
import dev.posttrends.config.JobSpecException;
import dev.posttrends.config.TimeZones;
import dev.posttrends.config.JobSpecLoader;
import dev.posttrends.extract.Printable;
import dev.posttrends.pipeline.Accounting;
import dev.posttrends.pipeline.IngestJob;
import dev.posttrends.pipeline.TrendsRerun;
import dev.posttrends.report.ReportJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run}: options over the job spec over defaults, then the ingest job. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Read posts and write posts/, rejects/ (Parquet) and manifest.json.")
final class RunCommand implements Callable<Integer> {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunCommand.class);

  @Spec CommandSpec commandSpec;

  @Option(names = "--job", paramLabel = "FILE", description = "Job spec (jobs/*.yaml).")
  Path job;

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description =
          "Input folder or file, any Hadoop file system; repeatable. Replaces the spec's.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--output", paramLabel = "DIR", description = "Output folder (replaced).")
  String output;

  @Option(
      names = "--timezone",
      paramLabel = "ZONE",
      description = "IANA zone of offset-less dates and of published_date, e.g. Asia/Shanghai.")
  String timezone;

  @Option(names = "--include", paramLabel = "GLOB", description = "Files to read; repeatable.")
  List<String> include = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB", description = "Files to skip; repeatable.")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--stages",
      paramLabel = "STAGE[,STAGE]",
      split = ",",
      description =
          "Stages to run: ingest, trends (default both); trends alone recomputes the trends of"
              + " the existing --output.")
  List<String> stages = new ArrayList<>();

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master (spark://host:7077, yarn, local[4]); default: spark-submit's, else"
              + " local[*].")
  String master;

  @Option(
      names = "--max-reject-fraction",
      paramLabel = "F",
      description =
          "Fail the run (keeping the previous output; the rejects are kept beside it for"
              + " inspection) when more than this fraction of inputs is rejected; default 0.9.")
  Double maxRejectFraction;

  @Option(
      names = "--force",
      description =
          "Write the output even into a non-empty folder that is not a previous posttrends"
              + " output (its contents are replaced).")
  boolean force;

  @Option(
      names = "--since",
      paramLabel = "YYYY-MM-DD",
      description =
          "Keep only posts published on or after this date (in the job's time zone) in the"
              + " tables; the others are counted as outside the range.")
  java.time.LocalDate since;

  @Option(
      names = "--until",
      paramLabel = "YYYY-MM-DD",
      description = "Keep only posts published on or before this date (inclusive).")
  java.time.LocalDate until;

  @Option(
      names = "--full",
      description =
          "Read every file again; by default a rerun into the same --output reads only new or"
              + " changed files and reuses the rest from the previous output's raw table.")
  boolean full;

  @Option(
      names = "--no-report",
      description =
          "Do not write OUT/report/index.html (the HTML trend report) after the run; spec"
              + " 'report: false'.")
  boolean noReport;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Spark setting; repeatable.")
  Map<String, String> conf = new LinkedHashMap<>();

  @Override
  public Integer call() {
    JobSpec spec = resolve();
    if (spec.runs(JobSpec.INGEST)) {
      Sessions.preloadExtractorsIfLocal(spec);
    }
    SparkSession spark = Sessions.build(spec);
    try {
      if (!spec.runs(JobSpec.INGEST)) {
        TrendsRerun.run(spark, spec);
        commandSpec
            .commandLine()
            .getOut()
            .printf("posttrends: trends recomputed in %s%n", Printable.line(spec.output()));
        report(spark, spec);
        return 0;
      }
      Accounting result = IngestJob.run(spark, spec);
      commandSpec
          .commandLine()
          .getOut()
          .printf(
              "posttrends: %d inputs -> %d posts, %d rejects %s%nOutput: %s%n",
              result.inputs(),
              result.posts(),
              result.rejects(),
              result.rejectsByReason(),
              Printable.line(spec.output()));
      report(spark, spec);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** The report of the committed output, unless turned off; prints its path. */
  private void report(SparkSession spark, JobSpec spec) {
    if (spec.report()) {
      try {
        commandSpec
            .commandLine()
            .getOut()
            .printf(
                "Report: %s%n", Printable.line(ReportJob.write(spark, spec.output()).toString()));
      } catch (RuntimeException e) {
        // the tables are committed: say the report is missing and why, without failing the run
        LOG.error("The report could not be built: {}", Printable.line(e.toString()), e);
        commandSpec
            .commandLine()
            .getErr()
            .printf(
                "posttrends: no report (%s); rebuild it with: posttrends report --output %s%n",
                Printable.line(String.valueOf(e.getMessage()), 300), Printable.line(spec.output()));
      }
    }
    commandSpec.commandLine().getOut().flush();
  }

  /** Precedence: these options, then the job spec, then defaults. */
  JobSpec resolve() {
    JobSpec spec = JobSpec.defaults();
    if (job != null) {
      if (!Files.isRegularFile(job)) {
        throw new JobSpecException("Job spec does not exist: " + job);
      }
      spec = JobSpecLoader.load(job);
    }
    if (!inputs.isEmpty()) {
      spec = spec.withInputs(inputs);
    }
    if (output != null) {
      spec = spec.withOutput(output);
    }
    if (timezone != null) {
      spec = spec.withTimezone(TimeZones.checked("--timezone", timezone));
    }
    if (!include.isEmpty()) {
      spec = spec.withInclude(include);
    }
    if (!exclude.isEmpty()) {
      spec = spec.withExclude(exclude);
    }
    if (!stages.isEmpty()) {
      spec = spec.withStages(stages);
    }
    if (maxRejectFraction != null) {
      if (!(maxRejectFraction > 0)) {
        throw new JobSpecException(
            "--max-reject-fraction must be a positive number, not " + maxRejectFraction);
      }
      spec = spec.withLimits(spec.maxFileBytes(), maxRejectFraction, spec.filesPerTask());
    }
    if (force) {
      spec = spec.withForce(true);
    }
    if (since != null || until != null) {
      spec =
          spec.withRange(
              since != null ? since : spec.since(), until != null ? until : spec.until());
    }
    if (full) {
      spec = spec.withFull(true);
    }
    if (noReport) {
      spec = spec.withReport(false);
    }
    if (master != null) {
      spec = spec.withSpark(java.util.Map.of("spark.master", master));
    }
    for (String key : conf.keySet()) {
      if (!key.startsWith("spark.")) {
        throw new JobSpecException("--conf " + key + " is not a Spark setting (spark.…)");
      }
    }
    return spec.withSpark(conf);
  }
}
