package dev.posttrends.io;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the run's tables into the staging folder: Hive-partitioned Parquet, few large files (about
 * {@link #ROWS_PER_FILE} rows each), rows ordered within each file; each table's seconds go to the
 * manifest as {@code write_<table>}.
 */
public final class TableWriter {

  public static final int ROWS_PER_FILE = 200_000;
  private static final Logger LOG = LoggerFactory.getLogger(TableWriter.class);

  private final OutputCommit commit;
  private final RunManifest manifest;

  public TableWriter(OutputCommit commit, RunManifest manifest) {
    this.commit = commit;
    this.manifest = manifest;
  }

  /**
   * Writes {@code rows} as table {@code name}, partitioned by {@code partitionColumn} and ordered
   * by it and {@code orderColumn}; {@code rowCount} (exact or an upper bound) sizes the files.
   */
  public void write(
      Dataset<Row> rows, String name, String partitionColumn, String orderColumn, long rowCount) {
    write(() -> rows, name, partitionColumn, orderColumn, rowCount);
  }

  /**
   * As {@link #write(Dataset, String, String, String, long)}, for rows whose planning runs small
   * queries of its own (a calendar, a horizon): their time counts in the table's seconds.
   */
  public void write(
      java.util.function.Supplier<Dataset<Row>> plan,
      String name,
      String partitionColumn,
      String orderColumn,
      long rowCount) {
    long start = System.nanoTime();
    Dataset<Row> rows = plan.get();
    repartitionForWrite(rows, partitionColumn, orderColumn, rowCount, ROWS_PER_FILE)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .partitionBy(partitionColumn)
        .parquet(commit.staged(name));
    manifest.stage("write_" + name, start);
    LOG.info(
        "Wrote table {} in {} s", name, String.format("%.1f", (System.nanoTime() - start) / 1e9));
  }

  /**
   * Records the wall seconds of a group of writes run side by side ({@link ConcurrentWrites}),
   * whose own {@code write_<table>} seconds overlap.
   */
  public void stage(String name, long startNanos) {
    manifest.stage(name, startNanos);
  }

  /** Where table {@code name} is being written. */
  public String path(String name) {
    return commit.staged(name);
  }

  /**
   * Few, large Parquet files, without the sampling pass of a range partitioning (which computes the
   * rows twice): rows hashed by their partition value into about {@code rowCount / rowsPerFile}
   * tasks (at least one per core), so each partition folder is written by one task as one file (a
   * task may write several folders), ordered by {@code orderColumn} within it.
   */
  public static Dataset<Row> repartitionForWrite(
      Dataset<Row> rows,
      String partitionColumn,
      String orderColumn,
      long rowCount,
      int rowsPerFile) {
    // at least one task per core: rows hashed by partition value still put each partition folder
    // in one task (one file), and a table of a few large partitions is not written by one core
    int cores = rows.sparkSession().sparkContext().defaultParallelism();
    int tasks = (int) Math.max(Math.max(1, cores), (rowCount + rowsPerFile - 1) / rowsPerFile);
    return rows.repartition(tasks, col(partitionColumn))
        .sortWithinPartitions(partitionColumn, orderColumn);
  }
}
