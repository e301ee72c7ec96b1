package dev.posttrends.pipeline;

import dev.posttrends.config.JobSpecException;
import dev.posttrends.ingest.InputRoot;
import dev.posttrends.io.RunManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Checks, before anything is written, that replacing the output cannot destroy or pollute data: a
 * run replaces its output folder as a whole. Never into an input folder (the next run would read
 * the output) nor onto an input or a folder above one (the swap would delete the input); not into a
 * non-empty folder that is not a previous posttrends output (no {@code manifest.json}) unless
 * forced. Paths are compared as written, qualified; links are not resolved.
 */
final class OutputSafety {

  private OutputSafety() {}

  static void check(String output, List<InputRoot> roots, boolean force, Configuration conf) {
    try {
      Path path = new Path(output);
      FileSystem fs = path.getFileSystem(conf);
      URI out = fs.makeQualified(path).toUri();
      for (InputRoot root : roots) {
        URI in = new Path(root.qualified()).toUri();
        if (contains(out, in)) {
          throw new JobSpecException(
              String.format(
                  "Cannot write output %s: it holds input %s, which replacing the output would"
                      + " delete; choose an --output outside the inputs",
                  output, root.given()));
        }
        if (!root.isFile() && contains(in, out)) {
          throw new JobSpecException(
              String.format(
                  "Cannot write output %s into input folder %s: the next run would read it;"
                      + " choose an --output outside the inputs",
                  output, root.given()));
        }
      }
      if (!force) {
        checkReplaceable(fs, new Path(out), output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check output " + output, e);
    }
  }

  private static void checkReplaceable(FileSystem fs, Path out, String given) throws IOException {
    if (!fs.exists(out)) {
      return;
    }
    FileStatus status = fs.getFileStatus(out);
    if (!status.isDirectory()) {
      throw new JobSpecException(
          "Cannot write output " + given + ": it is a file, not a folder (--force replaces it)");
    }
    if (fs.listStatus(out).length > 0 && !fs.exists(new Path(out, RunManifest.FILE_NAME))) {
      throw new JobSpecException(
          String.format(
              "Cannot write output %s: the folder is not empty and holds no %s of a previous"
                  + " posttrends run, and a run replaces it as a whole; choose another --output"
                  + " or give --force (spec: 'force: true')",
              given, RunManifest.FILE_NAME));
    }
  }

  /** True when {@code inner} is {@code outer} or below it on the same file system. */
  static boolean contains(URI outer, URI inner) {
    if (!String.valueOf(outer.getScheme()).equals(String.valueOf(inner.getScheme()))
        || !String.valueOf(outer.getAuthority()).equals(String.valueOf(inner.getAuthority()))) {
      return false;
    }
    String o = trimSlash(outer.getPath());
    String i = trimSlash(inner.getPath());
    return i.equals(o) || i.startsWith(o + "/") || o.isEmpty();
  }

  private static String trimSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
