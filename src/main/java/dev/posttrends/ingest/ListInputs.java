package dev.posttrends.ingest;

import dev.posttrends.io.Schemas;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Lists input files through Hadoop's FileSystem API, which (unlike Spark's file index) does not
 * skip names starting with {@code _} or {@code .}: a Jekyll site's {@code _posts} folders are seen.
 * The driver lists only each root's first level; every sub-folder (and the root's own files) is
 * listed recursively by a Spark task, so millions of paths never gather on the driver.
 */
public final class ListInputs {

  /** Schemes where a recursive flat listing is one request per page instead of per folder. */
  static final Set<String> OBJECT_STORES =
      Set.of("s3", "s3a", "s3n", "gs", "abfs", "abfss", "wasb", "wasbs", "oss", "cos", "cosn");

  private static final StructType TASKS =
      new StructType()
          .add("input_root", DataTypes.StringType)
          .add("root_path", DataTypes.StringType)
          .add("folder", DataTypes.StringType)
          .add("is_recursive", DataTypes.BooleanType);

  private ListInputs() {}

  /** Every file under the roots, as {@link Schemas#LISTING} rows, excluded ones flagged. */
  public static Dataset<Row> listInputs(
      SparkSession spark, List<InputRoot> roots, Globs include, Globs exclude) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<Row> tasks = new ArrayList<>();
    for (InputRoot root : roots) {
      tasks.addAll(folderTasks(root, exclude, conf));
    }
    int slices = Math.max(1, Math.min(tasks.size(), spark.sparkContext().defaultParallelism() * 4));
    return spark
        .createDataFrame(tasks, TASKS)
        .repartition(slices)
        .flatMap(
            new ListFolder(new SerializableConfiguration(conf), include, exclude),
            Encoders.row(Schemas.LISTING));
  }

  private static List<Row> folderTasks(InputRoot root, Globs exclude, Configuration conf) {
    List<Row> tasks = new ArrayList<>();
    Path path = new Path(root.qualified());
    if (root.isFile()) {
      tasks.add(
          RowFactory.create(
              root.given(), path.getParent().toUri().getPath(), InputPaths.of(path), false));
      return tasks;
    }
    String rootPath = path.toUri().getPath();
    tasks.add(RowFactory.create(root.given(), rootPath, InputPaths.of(path), false));
    try {
      FileSystem fs = path.getFileSystem(conf);
      java.nio.file.Path realRoot = LocalLinks.realPath(fs, path);
      RemoteIterator<FileStatus> children = fs.listStatusIterator(path);
      while (children.hasNext()) {
        FileStatus child = children.next();
        String relative = InputFormats.relativize(rootPath, child.getPath().toUri().getPath());
        if (child.isDirectory()
            && !exclude.matchesFolder(relative)
            && LocalLinks.shouldWalk(fs, child.getPath(), realRoot)) {
          tasks.add(
              RowFactory.create(root.given(), rootPath, InputPaths.of(child.getPath()), true));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot list input " + root.given() + ": " + e.getMessage(), e);
    }
    return tasks;
  }

  /** Lists one folder (recursively or only its files) on an executor. */
  static final class ListFolder implements FlatMapFunction<Row, Row> {
    private final SerializableConfiguration conf;
    private final Globs include;
    private final Globs exclude;

    ListFolder(SerializableConfiguration conf, Globs include, Globs exclude) {
      this.conf = conf;
      this.include = include;
      this.exclude = exclude;
    }

    @Override
    public Iterator<Row> call(Row task) throws IOException {
      String root = task.getString(0);
      String rootPath = task.getString(1);
      Path folder = InputPaths.parse(task.getString(2));
      boolean recursive = task.getBoolean(3);
      FileSystem fs = folder.getFileSystem(conf.value());
      List<Row> out = new ArrayList<>();
      try {
        if (!recursive && fs.getFileStatus(folder).isFile()) {
          out.add(row(root, rootPath, fs.getFileStatus(folder), true));
        } else if (recursive && OBJECT_STORES.contains(fs.getScheme())) {
          // one flat listing of a prefix: far fewer requests than walking "folders"
          RemoteIterator<LocatedFileStatus> files = fs.listFiles(folder, true);
          while (files.hasNext()) {
            out.add(row(root, rootPath, files.next(), false));
          }
        } else {
          walk(fs, root, rootPath, folder, recursive, out);
        }
      } catch (FileNotFoundException e) {
        // the folder vanished between the driver's listing and this task: nothing left to read
      }
      return out.iterator();
    }

    /**
     * Walks folders with {@code listStatusIterator}, skipping excluded ones. Not {@code listFiles}:
     * its {@code LocatedFileStatus} reads each file's permissions, which Hadoop's local file system
     * does by forking {@code ls} per file when the native library is absent.
     */
    private void walk(
        FileSystem fs, String root, String rootPath, Path start, boolean recursive, List<Row> out)
        throws IOException {
      java.nio.file.Path realRoot = LocalLinks.realPath(fs, new Path(start, rootPath));
      Set<java.nio.file.Path> seen = new HashSet<>();
      ArrayDeque<Path> folders = new ArrayDeque<>();
      folders.push(start);
      while (!folders.isEmpty()) {
        Path folder = folders.pop();
        java.nio.file.Path real = LocalLinks.realPath(fs, folder);
        if (real != null && !seen.add(real)) {
          continue; // reached again through a link: already listed
        }
        RemoteIterator<FileStatus> children = fs.listStatusIterator(folder);
        while (children.hasNext()) {
          FileStatus child = children.next();
          if (!child.isDirectory()) {
            out.add(row(root, rootPath, child, false));
          } else if (recursive
              && !exclude.matchesFolder(
                  InputFormats.relativize(rootPath, child.getPath().toUri().getPath()))
              && LocalLinks.shouldWalk(fs, child.getPath(), realRoot)) {
            folders.push(child.getPath());
          }
        }
      }
    }

    private Row row(String root, String rootPath, FileStatus file, boolean named) {
      String relative = InputFormats.relativize(rootPath, file.getPath().toUri().getPath());
      boolean included = named || include.matches(relative) && !exclude.matches(relative);
      return RowFactory.create(
          InputPaths.of(file.getPath()),
          root,
          relative,
          file.getLen(),
          file.getModificationTime(),
          InputFormats.of(file.getPath().getName()),
          included);
    }
  }
}
