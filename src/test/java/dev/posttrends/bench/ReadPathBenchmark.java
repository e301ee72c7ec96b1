package dev.posttrends.bench;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.posttrends.config.JobSpec;
import dev.posttrends.extract.ParseOutcome;
import dev.posttrends.extract.ParserOptions;
import dev.posttrends.extract.Post;
import dev.posttrends.extract.PostParser;
import dev.posttrends.extract.RawInput;
import dev.posttrends.pipeline.ExtractPosts;
import dev.posttrends.ingest.Globs;
import dev.posttrends.ingest.InputRoot;
import dev.posttrends.ingest.InputRoots;
import dev.posttrends.ingest.ListInputs;
import dev.posttrends.io.NioLocalFileSystem;
import dev.posttrends.pipeline.Accounting;
import dev.posttrends.pipeline.IngestJob;
import dev.posttrends.pipeline.PostSteps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Times the ways of reading a Jekyll site into parsed posts, in one {@code local[2]} session: the
 * project's path (driver + task listing through Hadoop's FileSystem API, then reading inside {@code
 * mapPartitions}) against Spark's {@code binaryFile} source. Every path ends in the same small
 * aggregate: posts per category, parsed by the project's {@link PostParser}. Optionally also times
 * the Parquet write of {@link IngestJob} with and without {@link NioLocalFileSystem}.
 *
 * <p>Not a unit test (surefire runs {@code *Test} classes only): run it with {@code bench/run read
 * [N]}. Arguments: {@code [posts] [--runs R] [--write-runs W] [--no-write] [--dir DIR] [--keep]}.
 */
public final class ReadPathBenchmark {

  private static final String ZONE = "UTC";
  private static final StructType KIND_CATEGORY =
      new StructType().add("kind", DataTypes.StringType).add("category", DataTypes.StringType);

  /** What one run of a path found. */
  record Result(
      long posts, long rejects, long files, int readTasks, Map<String, Long> byCategory) {}

  /** A timed path: the median of the timed runs after one warm-up. */
  record Timing(String name, Result result, double[] seconds) {
    double median() {
      double[] s = seconds.clone();
      Arrays.sort(s);
      return s[s.length / 2];
    }
  }

  private ReadPathBenchmark() {}

  public static void main(String[] args) throws Exception {
    int posts = 20_000;
    int runs = 3;
    int writeRuns = 1;
    boolean write = true;
    boolean keep = false;
    Path dir = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--write-runs" -> writeRuns = Integer.parseInt(args[++i]);
        case "--no-write" -> write = false;
        case "--keep" -> keep = true;
        case "--dir" -> dir = Path.of(args[++i]);
        default -> posts = Integer.parseInt(args[i].replace("_", ""));
      }
    }
    Path work =
        dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("posttrends-bench-");
    Path site = work.resolve("site");
    System.out.printf("ReadPathBenchmark: %,d posts, %d timed runs after 1 warm-up%n", posts, runs);
    System.out.printf(
        "JVM: %s %s, %d processors, args %s%n",
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getRuntimeMXBean().getInputArguments());

    long t0 = System.nanoTime();
    long bytes = generateSite(site, posts, 42L);
    System.out.printf(
        "Generated %,d posts (%,d bytes, %,d bytes/post on average) in %s in %.1f s%n",
        posts, bytes, bytes / Math.max(1, posts), site, secondsSince(t0));

    t0 = System.nanoTime();
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("ReadPathBenchmark")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName())
            .config("spark.sql.session.timeZone", ZONE)
            .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    System.out.printf("Spark %s session started in %.1f s%n%n", spark.version(), secondsSince(t0));

    String root = site.toString();
    List<String> postFolders = postFolders(site);
    List<Timing> timings = new ArrayList<>();
    try {
      timings.add(
          time(
              "a. project: ListInputs -> repartitionForRead -> ExtractPosts",
              runs,
              () -> projectPath(spark, root)));
      timings.add(
          time(
              "b. binaryFile recursiveFileLookup on site root",
              runs,
              () -> binaryFile(spark, List.of(root), root)));
      timings.add(
          time(
              "c1. binaryFile on "
                  + postFolders.size()
                  + " _posts folders, openCostInBytes default (4 MB)",
              runs,
              () -> binaryFile(spark, postFolders, root)));
      spark.conf().set("spark.sql.files.openCostInBytes", "8192");
      try {
        timings.add(
            time(
                "c2. binaryFile on " + postFolders.size() + " _posts folders, openCostInBytes=8192",
                runs,
                () -> binaryFile(spark, postFolders, root)));
      } finally {
        spark.conf().unset("spark.sql.files.openCostInBytes");
      }
      System.out.println("Load average after the reading paths: " + loadAverage());
      printTable(timings);
      checkSameCounts(timings, posts);

      if (write) {
        writeCost(spark, root, work.resolve("out"), writeRuns);
      }
    } finally {
      spark.stop();
      if (!keep) {
        deleteTree(work);
      } else {
        System.out.println("Kept " + work);
      }
    }
  }

  // ---------------------------------------------------------------- the reading paths

  /** Path a: what {@link IngestJob} does up to the extracted rows, then the aggregate. */
  static Result projectPath(SparkSession spark, String root) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<InputRoot> roots = InputRoots.open(List.of(root), false, conf);
    return readListed(
        spark,
        ListInputs.listInputs(
            spark, roots, new Globs(JobSpec.DEFAULT_INCLUDE), new Globs(JobSpec.DEFAULT_EXCLUDE)));
  }

  /** From listing rows on, exactly as {@link IngestJob}: count, repartitionForRead, extract. */
  private static Result readListed(SparkSession spark, Dataset<Row> unpersisted) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Dataset<Row> listing = unpersisted.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long toRead = PostSteps.filterIncluded(listing).count();
      Dataset<Row> files =
          PostSteps.repartitionForRead(
              PostSteps.filterIncluded(listing),
              toRead,
              JobSpec.DEFAULT_FILES_PER_TASK,
              spark.sparkContext().defaultParallelism());
      int tasks = files.rdd().getNumPartitions();
      ExtractPosts extract =
          new ExtractPosts(
              new SerializableConfiguration(conf),
              ParserOptions.inZone(ZONE),
              JobSpec.DEFAULT_MAX_FILE_BYTES,
              dev.posttrends.extract.keywords.Segmenter.DEFAULT);
      List<Row> counts =
          ExtractPosts.extractPosts(files, extract)
              .groupBy(
                  org.apache
                      .spark
                      .sql
                      .functions
                      .when(col("post").isNotNull(), "post")
                      .when(col("reject").isNotNull(), "reject")
                      .otherwise("file"),
                  col("post.category"))
              .count()
              .collectAsList();
      return summarize(counts, tasks);
    } finally {
      listing.unpersist();
    }
  }

  /** Paths b and c: Spark's binaryFile source, then the same parser in mapPartitions. */
  static Result binaryFile(SparkSession spark, List<String> paths, String root) {
    Dataset<Row> binary =
        spark
            .read()
            .format("binaryFile")
            .option("recursiveFileLookup", "true")
            .load(paths.toArray(String[]::new));
    int tasks = binary.rdd().getNumPartitions();
    List<Row> counts =
        binary
            .select("path", "modificationTime", "content")
            .mapPartitions(new ParseBinary(root), Encoders.row(KIND_CATEGORY))
            .groupBy(col("kind"), col("category"))
            .count()
            .collectAsList();
    return summarize(counts, tasks);
  }

  /** binaryFile rows to (kind, category), parsed by one {@link PostParser} per partition. */
  static final class ParseBinary implements MapPartitionsFunction<Row, Row> {
    private final String root;

    ParseBinary(String root) {
      this.root = root.endsWith("/") ? root : root + "/";
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      PostParser parser = new PostParser(ParserOptions.inZone(ZONE));
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          String path = row.getString(0);
          int at = path.indexOf(root);
          String relative = at >= 0 ? path.substring(at + root.length()) : path;
          java.sql.Timestamp modified = row.getTimestamp(1);
          ParseOutcome outcome =
              parser.parse(
                  RawInput.file(
                      relative,
                      root,
                      (byte[]) row.get(2),
                      modified == null ? null : modified.getTime()));
          return outcome instanceof Post post
              ? RowFactory.create("post", post.category())
              : RowFactory.create("reject", null);
        }
      };
    }
  }

  private static Result summarize(List<Row> counts, int tasks) {
    long posts = 0;
    long rejects = 0;
    long files = 0;
    Map<String, Long> byCategory = new TreeMap<>();
    for (Row row : counts) {
      String kind = row.getString(0);
      long n = row.getLong(2);
      switch (kind) {
        case "post" -> {
          posts += n;
          byCategory.merge(String.valueOf(row.get(1)), n, Long::sum);
        }
        case "reject" -> rejects += n;
        default -> files += n;
      }
    }
    return new Result(posts, rejects, files, tasks, byCategory);
  }

  private static Timing time(String name, int runs, Supplier<Result> path) {
    System.out.println("Running " + name + "  (load average " + loadAverage() + ")");
    long t0 = System.nanoTime();
    Result result = path.get();
    System.out.printf(
        "  warm-up %.2f s: %,d posts, %,d rejects, %d read tasks%n",
        secondsSince(t0), result.posts(), result.rejects(), result.readTasks());
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      t0 = System.nanoTime();
      Result again = path.get();
      seconds[i] = secondsSince(t0);
      if (!again.equals(result)) {
        throw new IllegalStateException(
            name + ": run " + i + " found " + again + ", not " + result);
      }
      System.out.printf("  run %d   %.2f s%n", i + 1, seconds[i]);
    }
    return new Timing(name, result, seconds);
  }

  private static void printTable(List<Timing> timings) {
    System.out.println();
    String format = "| %-78s | %11s | %10s | %11s | %10s | %-24s |%n";
    System.out.printf(
        format, "path", "posts found", "read tasks", "median s", "posts/s", "runs (s)");
    System.out.printf(
        format,
        "-".repeat(78),
        "-".repeat(11),
        "-".repeat(10),
        "-".repeat(11),
        "-".repeat(10),
        "-".repeat(24));
    for (Timing t : timings) {
      double median = t.median();
      StringBuilder runs = new StringBuilder();
      for (double s : t.seconds()) {
        runs.append(runs.isEmpty() ? "" : ", ").append(String.format("%.2f", s));
      }
      System.out.printf(
          format,
          t.name(),
          String.format("%,d", t.result().posts()),
          t.result().readTasks(),
          String.format("%.2f", median),
          t.result().posts() == 0 ? "-" : String.format("%,.0f", t.result().posts() / median),
          runs);
    }
    System.out.println();
    Timing a = timings.get(0);
    System.out.println("Posts per category (path a): " + a.result().byCategory());
  }

  private static void checkSameCounts(List<Timing> timings, int posts) {
    for (Timing t : timings) {
      if (t.name().startsWith("b.")) {
        System.out.printf(
            "Path b found %,d files under the site root: the _posts trap%s%n",
            t.result().posts() + t.result().rejects(),
            t.result().posts() == 0 ? " (as expected, no error raised)" : " NOT reproduced");
        continue;
      }
      if (t.result().posts() != posts
          || !t.result().byCategory().equals(timings.get(0).result().byCategory())) {
        System.out.println("WARNING: " + t.name() + " differs from path a: " + t.result());
      }
    }
  }

  // ---------------------------------------------------------------- Parquet write cost

  /**
   * Runs the whole {@link IngestJob} (list, read, parse, write posts Parquet partitioned by
   * published_month) and reports its own {@code write_posts} stage time, first with {@link
   * NioLocalFileSystem}, then with Hadoop's stock {@code LocalFileSystem}.
   */
  private static void writeCost(SparkSession spark, String root, Path outBase, int runs)
      throws IOException {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    String nio = NioLocalFileSystem.class.getName();
    String stock = org.apache.hadoop.fs.LocalFileSystem.class.getName();
    // a new FileSystem per lookup, so switching fs.file.impl takes effect; the same for both
    hadoop.setBoolean("fs.file.impl.disable.cache", true);
    List<String> lines = new ArrayList<>();
    int run = 0;
    try {
      System.out.println();
      System.out.println("Parquet write (IngestJob.run, posts partitioned by published_month)");
      ingest(spark, root, outBase.resolve("warmup"), nio, "warm-up (NioLocalFileSystem)");
      for (String impl : List.of(nio, stock)) {
        for (int i = 0; i < runs; i++) {
          lines.add(
              ingest(
                  spark,
                  root,
                  outBase.resolve("run" + run++),
                  impl,
                  impl.equals(nio) ? "NioLocalFileSystem" : "stock LocalFileSystem"));
        }
      }
    } finally {
      hadoop.set("fs.file.impl", nio);
      hadoop.unset("fs.file.impl.disable.cache");
    }
    System.out.println();
    System.out.printf(
        "| %-22s | %8s | %13s | %13s | %11s | %10s |%n",
        "file system", "posts", "write_posts s", "whole job s", ".parquet", ".crc");
    System.out.printf(
        "| %-22s | %8s | %13s | %13s | %11s | %10s |%n",
        "-".repeat(22),
        "-".repeat(8),
        "-".repeat(13),
        "-".repeat(13),
        "-".repeat(11),
        "-".repeat(10));
    lines.forEach(System.out::println);
  }

  private static String ingest(SparkSession spark, String root, Path out, String impl, String label)
      throws IOException {
    spark.sparkContext().hadoopConfiguration().set("fs.file.impl", impl);
    JobSpec spec =
        JobSpec.defaults().withInputs(List.of(root)).withOutput(out.toString()).withTimezone(ZONE);
    long t0 = System.nanoTime();
    Accounting accounting = IngestJob.run(spark, spec);
    double whole = secondsSince(t0);
    JsonNode stages =
        new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).path("stage_seconds");
    long parquet;
    long crc;
    try (Stream<Path> files = Files.walk(out.resolve(IngestJob.POSTS))) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      parquet = names.stream().filter(n -> n.endsWith(".parquet")).count();
      crc = names.stream().filter(n -> n.endsWith(".crc")).count();
    }
    String line =
        String.format(
            "| %-22s | %,8d | %13.2f | %13.2f | %11d | %10d |",
            label, accounting.posts(), stages.path("write_posts").asDouble(), whole, parquet, crc);
    System.out.println("  " + line + "  stages " + stages);
    deleteTree(out);
    return line;
  }

  // ---------------------------------------------------------------- the synthetic site

  /** {@code <medium>/_posts/YYYY-MM-DD-<id>.md} over 2024–2025, plus a {@code _config.yml}. */
  static long generateSite(Path site, int posts, long seed) throws IOException {
    Random rnd = new Random(seed);
    Files.createDirectories(site);
    Files.writeString(
        site.resolve("_config.yml"),
        "title: finews\ntimezone: Asia/Shanghai\n",
        StandardCharsets.UTF_8);
    for (SyntheticPosts.Medium m : SyntheticPosts.MEDIA) {
      Files.createDirectories(site.resolve(m.folder()).resolve("_posts"));
    }
    LocalDate start = LocalDate.of(2024, 1, 1);
    long bytes = 0;
    for (int i = 0; i < posts; i++) {
      SyntheticPosts.Medium medium =
          SyntheticPosts.MEDIA.get(rnd.nextInt(SyntheticPosts.MEDIA.size()));
      LocalDate date = start.plusDays(rnd.nextInt(731));
      String id = date.toString().replace("-", "") + String.format("%010d", i);
      int pick = rnd.nextInt(10);
      SyntheticPosts.Shape shape =
          pick < 3
              ? SyntheticPosts.Shape.PLAIN_DIGEST
              : pick < 6 ? SyntheticPosts.Shape.EMNEWS_DIGEST : SyntheticPosts.Shape.HTML_FULL_TEXT;
      int paragraphs =
          switch (shape) {
            case PLAIN_DIGEST -> 2 + rnd.nextInt(4);
            case EMNEWS_DIGEST -> 3 + rnd.nextInt(4);
            case HTML_FULL_TEXT -> 4 + rnd.nextInt(6);
          };
      byte[] text =
          SyntheticPosts.post(rnd, medium, date, id, shape, paragraphs)
              .getBytes(StandardCharsets.UTF_8);
      Files.write(
          site.resolve(medium.folder()).resolve("_posts").resolve(date + "-" + id + ".md"), text);
      bytes += text.length;
    }
    return bytes;
  }

  private static List<String> postFolders(Path site) throws IOException {
    try (Stream<Path> children = Files.list(site)) {
      return children
          .map(p -> p.resolve("_posts"))
          .filter(Files::isDirectory)
          .map(Path::toString)
          .sorted()
          .toList();
    }
  }

  /** The 1-minute load average, to spot runs disturbed by other work on the machine. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  private static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
