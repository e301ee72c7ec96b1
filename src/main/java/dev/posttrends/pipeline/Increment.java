package dev.posttrends.pipeline;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.posttrends.config.JobSpec;
import dev.posttrends.extract.ParserOptions;
import dev.posttrends.io.CodeDigest;
import dev.posttrends.io.RunManifest;
import dev.posttrends.io.Schemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * An incremental run: the previous output's {@code raw} table holds every file it read (path, size,
 * modification time, bytes) with what was extracted from it. A file listed again with the same
 * path, size and modification time is not read again: its raw rows are carried over. Only new or
 * changed files are read and parsed; files gone from the input drop out. The previous raw table is
 * used only when it was extracted the same way ({@link #fingerprint}): same posttrends version,
 * time zones and file size limit.
 *
 * @param previousRaw the previous output's raw rows, or null for a full run
 * @param previousManifest the previous output's manifest, or null for a full run
 * @param reason why the run is full or incremental (for the log and the manifest)
 */
public record Increment(Dataset<Row> previousRaw, ObjectNode previousManifest, String reason) {

  static final String RAW = "raw";
  private static final String FINGERPRINT = "raw_fingerprint";
  private static final String TABLES_KEY = "tables_key";

  /** What else decides the tables beyond the raw rows: the date range and the stages. */
  static String tablesKey(JobSpec spec) {
    return "since=" + spec.since() + ";until=" + spec.until() + ";stages=" + spec.stages();
  }

  /**
   * True when nothing changed since the previous run: no file new, changed or gone, and the same
   * date range and stages; the previous output then stands as it is.
   */
  boolean upToDate(JobSpec spec, long filesToRead, long filesGoneOrChanged) {
    return previousRaw != null
        && filesToRead == 0
        && filesGoneOrChanged == 0
        && "succeeded".equals(previousManifest.path("status").asText())
        && tablesKey(spec).equals(previousManifest.path(TABLES_KEY).asText());
  }

  /** Previous files not listed again as they were: changed or gone. */
  long goneOrChanged(Dataset<Row> included) {
    if (previousRaw == null) {
      return 0;
    }
    Dataset<Row> now =
        included.select(
            col("path").as("n_path"),
            col("size").as("n_size"),
            col("modified_millis").as("n_modified"));
    Dataset<Row> files = previousFiles();
    Column same =
        files
            .col("p_path")
            .equalTo(now.col("n_path"))
            .and(files.col("p_size").equalTo(now.col("n_size")))
            .and(files.col("p_modified").equalTo(now.col("n_modified")));
    return files.join(now, same, "left_anti").count();
  }

  /** What makes extracted rows reusable: equal fingerprints extract equal rows from equal bytes. */
  static String fingerprint(JobSpec spec, ParserOptions options) {
    return "posttrends="
        + RunManifest.version()
        + ";code="
        + CodeDigest.current()
        + ";timezone="
        + options.jobZoneId()
        + ";root_timezones="
        + options.rootZoneIds()
        + ";max_file_bytes="
        + spec.maxFileBytes()
        + ";segmenter="
        + spec.segmenter();
  }

  static void describe(ObjectNode manifest, String fingerprint, JobSpec spec, Increment increment) {
    manifest.put(FINGERPRINT, fingerprint);
    manifest.put(TABLES_KEY, tablesKey(spec));
    manifest.put("incremental", increment.previousRaw() != null);
    manifest.put("incremental_reason", increment.reason());
  }

  /** The previous output's raw table when it can be reused by a run with {@code fingerprint}. */
  static Increment plan(
      SparkSession spark, String output, String fingerprint, boolean full, Configuration conf) {
    if (full) {
      return new Increment(null, null, "full run requested (--full)");
    }
    Path manifestPath = new Path(output, RunManifest.FILE_NAME);
    Path raw = new Path(output, RAW);
    if (!exists(manifestPath, conf) || !exists(raw, conf)) {
      return new Increment(null, null, "no previous output with a raw table");
    }
    ObjectNode previous;
    try {
      previous = RunManifest.read(manifestPath.toString(), conf);
    } catch (RuntimeException e) { // unreadable or not JSON: nothing in it can be trusted
      return new Increment(null, null, "previous manifest.json unreadable (" + e + ")");
    }
    String was = previous.path(FINGERPRINT).asText(null);
    if (!Objects.equals(was, fingerprint)) {
      return new Increment(
          null,
          null,
          "previous raw table was extracted differently (" + was + "), reading everything");
    }
    Dataset<Row> rows = spark.read().schema(Schemas.RAW).parquet(raw.toString());
    return new Increment(rows, previous, "reusing the previous raw table for unchanged files");
  }

  /** Included listed files that must be read: not in the previous raw table as they are now. */
  Dataset<Row> toRead(Dataset<Row> included) {
    if (previousRaw == null) {
      return included;
    }
    return included.join(previousFiles(), sameFile(included), "left_anti");
  }

  /** The previous raw rows (file and input rows) of files listed again unchanged; null if none. */
  Dataset<Row> reusedRows(Dataset<Row> included) {
    if (previousRaw == null) {
      return null;
    }
    Dataset<Row> unchanged =
        included.select(
            col("path").as("l_path"),
            col("size").as("l_size"),
            col("modified_millis").as("l_modified"));
    Column same =
        previousRaw
            .col("file_path")
            .equalTo(unchanged.col("l_path"))
            .and(previousRaw.col("size").equalTo(unchanged.col("l_size")))
            .and(previousRaw.col("modified_millis").equalTo(unchanged.col("l_modified")));
    return previousRaw.join(unchanged, same, "left_semi");
  }

  private Dataset<Row> previousFiles() {
    return previousRaw
        .where(col("kind").equalTo("file"))
        .select(
            col("file_path").as("p_path"),
            col("size").as("p_size"),
            col("modified_millis").as("p_modified"));
  }

  private Column sameFile(Dataset<Row> included) {
    return included
        .col("path")
        .equalTo(col("p_path"))
        .and(included.col("size").equalTo(col("p_size")))
        .and(included.col("modified_millis").equalTo(col("p_modified")));
  }

  private static boolean exists(Path path, Configuration conf) {
    try {
      return path.getFileSystem(conf).exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check " + path, e);
    }
  }
}
