package dev.posttrends.cli;

import dev.posttrends.config.JobSpec;
import dev.posttrends.config.JobSpecException;
import dev.posttrends.extract.Printable;
import dev.posttrends.io.RunManifest;
import dev.posttrends.report.ReportJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: (re)builds {@code OUT/report/index.html} from an existing output's tables. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write OUT/report/index.html, the HTML trend report, from the tables and manifest.json of"
            + " an existing output (no post is read again).")
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec commandSpec;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      required = true,
      description = "Output folder of an earlier run.")
  String output;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master; default: spark-submit's, else local[*].")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Spark setting; repeatable.")
  Map<String, String> conf = new LinkedHashMap<>();

  @Override
  public Integer call() {
    // the report's queries are aggregates and short lists: a few shuffle partitions suffice
    JobSpec spec =
        JobSpec.defaults()
            .withOutput(output)
            .withSpark(Map.of("spark.sql.shuffle.partitions", "4"))
            .withSpark(conf);
    if (master != null) {
      spec = spec.withSpark(Map.of("spark.master", master));
    }
    SparkSession spark = Sessions.build(spec);
    try {
      Path manifest = new Path(output, RunManifest.FILE_NAME);
      try {
        if (!manifest.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(manifest)) {
          throw new JobSpecException(
              "No manifest.json under " + output + ": not the output of a posttrends run");
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + manifest, e);
      }
      Path report = ReportJob.write(spark, output);
      commandSpec.commandLine().getOut().printf("Report: %s%n", Printable.line(report.toString()));
      commandSpec.commandLine().getOut().flush();
      return 0;
    } finally {
      spark.stop();
    }
  }
}
