package dev.posttrends.bench;

import dev.posttrends.extract.ParseOutcome;
import dev.posttrends.extract.ParserOptions;
import dev.posttrends.extract.Post;
import dev.posttrends.extract.PostFacts;
import dev.posttrends.extract.PostParser;
import dev.posttrends.extract.RawInput;
import dev.posttrends.extract.Reject;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor for {@code jobs/bench.sh}: the same extraction core as the pipeline ({@link
 * PostParser#parse} then {@link PostFacts#of} per post) in plain multi-threaded Java, no Spark, no
 * output. Lists the corpus with {@code java.nio} (the default include globs, Jekyll's special
 * folders and hidden entries skipped), then N threads claim files in chunks, read their bytes and
 * count what comes out. Prints one {@code FLOOR key=value …} line per run.
 *
 * <pre>FloorBenchmark --corpus DIR [--threads N] [--runs R] [--timezone ZONE]</pre>
 */
public final class FloorBenchmark {

  private static final Set<String> SKIPPED =
      Set.of("_site", "_layouts", "_includes", "_sass", "_data");
  private static final int CHUNK = 64;

  private FloorBenchmark() {}

  /** Counts of one run. */
  private static final class Tally {
    long posts;
    long metrics;
    long dates;
    long terms;
    final Map<String, Long> rejects = new TreeMap<>();

    synchronized void add(Tally other) {
      posts += other.posts;
      metrics += other.metrics;
      dates += other.dates;
      terms += other.terms;
      other.rejects.forEach((k, v) -> rejects.merge(k, v, Long::sum));
    }
  }

  public static void main(String[] args) throws Exception {
    Path corpus = null;
    int threads = Runtime.getRuntime().availableProcessors();
    int runs = 1;
    String zone = "Asia/Shanghai";
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--timezone" -> zone = args[i + 1];
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    if (corpus == null) {
      throw new IllegalArgumentException("usage: FloorBenchmark --corpus DIR [--threads N]");
    }
    for (int run = 1; run <= runs; run++) {
      run(corpus.toAbsolutePath(), threads, zone, run);
    }
  }

  private static void run(Path root, int threads, String zone, int run) throws Exception {
    long start = System.nanoTime();
    List<Path> files = new ArrayList<>();
    List<Long> modified = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            boolean skip = !dir.equals(root) && (name.startsWith(".") || SKIPPED.contains(name));
            return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (!name.startsWith(".")
                && (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".html"))) {
              files.add(file);
              modified.add(attrs.lastModifiedTime().toMillis());
            }
            return FileVisitResult.CONTINUE;
          }
        });
    double listSeconds = (System.nanoTime() - start) / 1e9;
    AtomicInteger next = new AtomicInteger();
    Tally total = new Tally();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(() -> total.add(work(root, files, modified, next, zone)), "floor-" + t);
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long rejects = total.rejects.values().stream().mapToLong(Long::longValue).sum();
    System.out.printf(
        "FLOOR run=%d threads=%d files=%d posts=%d rejects=%d metrics=%d date_mentions=%d"
            + " term_rows=%d list_s=%.2f total_s=%.2f posts_per_s=%.0f rejects_by_reason=%s%n",
        run,
        threads,
        files.size(),
        total.posts,
        rejects,
        total.metrics,
        total.dates,
        total.terms,
        listSeconds,
        seconds,
        total.posts / seconds,
        total.rejects);
  }

  private static Tally work(
      Path root, List<Path> files, List<Long> modified, AtomicInteger next, String zone) {
    PostParser parser = new PostParser(ParserOptions.inZone(zone));
    PostFacts facts = new PostFacts();
    Tally tally = new Tally();
    String rootName = root.toString();
    for (int from = next.getAndAdd(CHUNK); from < files.size(); from = next.getAndAdd(CHUNK)) {
      for (int i = from; i < Math.min(files.size(), from + CHUNK); i++) {
        Path file = files.get(i);
        String relative = root.relativize(file).toString().replace('\\', '/');
        ParseOutcome outcome;
        try {
          byte[] bytes = Files.readAllBytes(file);
          outcome = parser.parse(RawInput.file(relative, rootName, bytes, modified.get(i)));
        } catch (IOException e) {
          tally.rejects.merge("UNREADABLE_FILE", 1L, Long::sum);
          continue;
        }
        if (outcome instanceof Post post) {
          PostFacts.Facts f = facts.of(post);
          tally.posts++;
          tally.metrics += f.metrics().size();
          tally.dates += f.dates().size();
          tally.terms += f.terms().size();
        } else if (outcome instanceof Reject reject) {
          tally.rejects.merge(reject.reason().name(), 1L, Long::sum);
        }
      }
    }
    return tally;
  }
}
