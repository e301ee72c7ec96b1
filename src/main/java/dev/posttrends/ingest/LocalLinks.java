package dev.posttrends.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Paths;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Symbolic links to folders on the local file system, which Hadoop's local listing follows without
 * saying so: a link back up the tree ({@code a/loop -> ..}) would be walked forever, and a link to
 * a folder inside the tree would list its files twice. A linked folder is walked only when it leads
 * outside the input root and is not one of the root's ancestors; a walk never enters the same real
 * folder twice. Other file systems (HDFS disables links by default, object stores have none) are
 * walked as listed.
 */
final class LocalLinks {

  private LocalLinks() {}

  /** The real (link-free) path of a local folder; null on other file systems or when unknown. */
  static java.nio.file.Path realPath(FileSystem fs, Path folder) {
    if (!"file".equals(fs.getScheme())) {
      return null;
    }
    try {
      return Paths.get(folder.toUri().getPath()).toRealPath();
    } catch (IOException | InvalidPathException e) {
      return null; // dangling or refused by the OS: the listing below reports what it can
    }
  }

  /** False for a local link to a folder inside {@code realRoot} or above it; true otherwise. */
  static boolean shouldWalk(FileSystem fs, Path folder, java.nio.file.Path realRoot) {
    if (realRoot == null || !"file".equals(fs.getScheme())) {
      return true;
    }
    if (!Files.isSymbolicLink(Paths.get(folder.toUri().getPath()))) {
      return true;
    }
    java.nio.file.Path target = realPath(fs, folder);
    return target != null && !target.startsWith(realRoot) && !realRoot.startsWith(target);
  }
}
