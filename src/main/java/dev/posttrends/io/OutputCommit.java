package dev.posttrends.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a run into a staging folder beside the output and swaps it in only when everything is
 * written: a rerun replaces the output completely, and a failed run leaves the previous output as
 * it was. On HDFS and local disks each rename is atomic; on object stores (S3) a rename is a copy,
 * so readers may briefly see no output during the swap.
 */
public final class OutputCommit {

  private static final Logger LOG = LoggerFactory.getLogger(OutputCommit.class);

  private final FileSystem fs;
  private final Path output;
  private final Path staging;
  private final Path previous;
  private final Path failed;

  private OutputCommit(FileSystem fs, Path output, String runId) {
    this.fs = fs;
    this.output = output;
    this.staging = new Path(output.getParent(), "." + output.getName() + ".staging-" + runId);
    this.previous = new Path(output.getParent(), "." + output.getName() + ".previous-" + runId);
    this.failed = new Path(output.getParent(), "." + output.getName() + ".failed-" + runId);
  }

  /**
   * Prepares an empty staging folder for {@code output}. First repairs what a run killed between
   * the two renames of {@link #commit} leaves: no output but one {@code .<output>.previous-<id>}
   * folder, which is renamed back. Folders of killed runs ({@code .staging-}) are named in a
   * warning, not deleted: another run may be writing into the same output right now.
   */
  public static OutputCommit begin(String output, String runId, Configuration conf) {
    try {
      Path path = new Path(output);
      FileSystem fs = path.getFileSystem(conf);
      OutputCommit commit = new OutputCommit(fs, fs.makeQualified(path), runId);
      commit.recoverInterruptedSwap();
      fs.delete(commit.staging, true);
      if (!fs.mkdirs(commit.staging)) {
        throw new IOException("mkdirs returned false");
      }
      return commit;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare staging folder for output " + output, e);
    }
  }

  private void recoverInterruptedSwap() throws IOException {
    if (!fs.exists(output.getParent())) {
      return;
    }
    String prefix = "." + output.getName() + ".";
    List<Path> previous = new ArrayList<>();
    List<Path> leftovers = new ArrayList<>();
    for (FileStatus sibling : fs.listStatus(output.getParent())) {
      String name = sibling.getPath().getName();
      if (name.startsWith(prefix + "previous-")) {
        previous.add(sibling.getPath());
      } else if (name.startsWith(prefix + "staging-")) {
        leftovers.add(sibling.getPath());
      }
    }
    if (!fs.exists(output) && previous.size() == 1) {
      LOG.warn(
          "Output {} is missing but {} is there: a run was stopped while swapping; restoring it",
          output,
          previous.get(0));
      if (!fs.rename(previous.get(0), output)) {
        throw new IOException("rename " + previous.get(0) + " -> " + output + " returned false");
      }
    } else if (!previous.isEmpty()) {
      LOG.warn("Previous outputs of interrupted swaps are left beside {}: {}", output, previous);
    }
    if (!leftovers.isEmpty()) {
      LOG.warn(
          "Staging folders of stopped or concurrent runs are beside {} (delete them when no run is"
              + " writing): {}",
          output,
          leftovers);
    }
  }

  /** Where this run writes table {@code name} (or the manifest) before the swap. */
  public String staged(String name) {
    return new Path(staging, name).toString();
  }

  public String output() {
    return output.toString();
  }

  /** Swaps the staging folder in for the output, then deletes the previous output. */
  public void commit() {
    try {
      boolean hadOutput = fs.exists(output);
      if (hadOutput && !fs.rename(output, previous)) {
        throw new IOException("rename " + output + " -> " + previous + " returned false");
      }
      if (!fs.rename(staging, output)) {
        if (hadOutput) {
          fs.rename(previous, output); // put the previous output back before failing
        }
        throw new IOException("rename " + staging + " -> " + output + " returned false");
      }
      if (hadOutput) {
        fs.delete(previous, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot swap the new output into " + output, e);
    }
  }

  /**
   * Keeps the staging folder of a failed run for inspection, renamed to {@code
   * .<output>.failed-<runId>} beside the output (which is untouched); returns its path.
   */
  public String keepFailed() {
    try {
      if (!fs.rename(staging, failed)) {
        throw new IOException("rename " + staging + " -> " + failed + " returned false");
      }
      return failed.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the failed run's folder " + staging, e);
    }
  }

  /** Removes the staging folder of a failed run; the previous output is untouched. */
  public void abort() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove staging folder " + staging, e);
    }
  }
}
