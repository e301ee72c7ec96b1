package dev.posttrends.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.posttrends.aggregate.TrendsJob;
import dev.posttrends.config.JobSpec;
import dev.posttrends.config.JobSpecException;
import dev.posttrends.io.OutputCommit;
import dev.posttrends.io.RunManifest;
import dev.posttrends.io.TableWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * {@code --stages trends}: recomputes {@code OUT/trends/} from the {@code posts}, {@code metrics},
 * {@code keywords} and (where present) {@code entities} of an existing output, swapping in only the
 * trends folder, and records the rerun in {@code manifest.json} under {@code trends_rerun}.
 */
public final class TrendsRerun {

  private TrendsRerun() {}

  public static void run(SparkSession spark, JobSpec spec) {
    if (spec.output() == null) {
      throw new JobSpecException("No output: --stages trends needs the --output of an earlier run");
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    String out = spec.output();
    String manifestPath = new Path(out, RunManifest.FILE_NAME).toString();
    if (!exists(new Path(out, IngestJob.POSTS), conf) || !exists(new Path(manifestPath), conf)) {
      throw new JobSpecException(
          "No posts table and manifest.json under " + out + ": run the ingest stage first");
    }
    ObjectNode previous = RunManifest.read(manifestPath, conf);
    RunManifest rerun = new RunManifest();
    rerun.root().put("started_at", Instant.now().toString());
    OutputCommit commit =
        OutputCommit.begin(new Path(out, "trends").toString(), UUID.randomUUID().toString(), conf);
    try {
      TrendsJob.writeTrends(
          spark,
          new Path(out, IngestJob.POSTS).toString(),
          new Path(out, IngestJob.METRICS).toString(),
          new Path(out, IngestJob.KEYWORDS).toString(),
          // absent in outputs of versions before issue 14: entity_period is then empty
          new Path(out, "entities").toString(),
          previous.at("/posts").asLong(),
          "",
          new TableWriter(commit, rerun));
      commit.commit();
    } catch (RuntimeException | Error e) {
      commit.abort();
      throw e;
    }
    rerun.root().put("finished_at", Instant.now().toString());
    rerun.root().set("stage_seconds", rerun.stages());
    previous.set("trends_rerun", rerun.root());
    RunManifest.writeTree(previous, manifestPath, conf);
  }

  private static boolean exists(Path path, Configuration conf) {
    try {
      return path.getFileSystem(conf).exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check " + path, e);
    }
  }
}
