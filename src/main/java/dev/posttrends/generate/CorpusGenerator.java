package dev.posttrends.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Writes a generated Jekyll site: {@code _config.yml} ({@code timezone: Asia/Shanghai}), the
 * planned files under {@code <medium>/_posts/} or {@code <medium>/_posts/<year>/}, and {@link
 * ExpectedCounts#FILE_NAME}. Files are written by a pool of threads in chunks; the corpus is the
 * same for any number of threads.
 */
public final class CorpusGenerator {

  private static final int CHUNK = 2_000;

  private CorpusGenerator() {}

  /** Generates into {@code site}, which must not exist or be empty; returns the counts. */
  public static ExpectedCounts generate(Path site, CorpusPlan plan, int threads)
      throws IOException {
    if (Files.isDirectory(site)) {
      try (Stream<Path> entries = Files.list(site)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException("Output folder is not empty: " + site);
        }
      }
    }
    Files.createDirectories(site);
    Files.writeString(site.resolve("_config.yml"), "title: finews\ntimezone: Asia/Shanghai\n");
    for (PostText.Medium medium : Media.ALL) {
      Path posts = site.resolve(medium.folder()).resolve("_posts");
      Files.createDirectories(posts);
      if (Media.nestsByYear(medium)) {
        for (int year = CorpusPlan.FIRST_DAY.getYear(); year <= 2025; year++) {
          Files.createDirectories(posts.resolve(Integer.toString(year)));
        }
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<ExpectedCounts>> chunks = new ArrayList<>();
      for (long from = 0; from < plan.posts(); from += CHUNK) {
        long start = from;
        long end = Math.min(plan.posts(), from + CHUNK);
        chunks.add(pool.submit(() -> writeChunk(site, plan, start, end)));
      }
      ExpectedCounts counts = new ExpectedCounts();
      for (Future<ExpectedCounts> chunk : chunks) {
        counts.merge(chunk.get());
      }
      counts.write(site.resolve(ExpectedCounts.FILE_NAME), plan);
      return counts;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while generating " + site, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException("Cannot generate " + site, e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static ExpectedCounts writeChunk(Path site, CorpusPlan plan, long from, long to) {
    ExpectedCounts counts = new ExpectedCounts();
    for (long i = from; i < to; i++) {
      CorpusPlan.Planned planned = plan.plan(i);
      byte[] bytes = plan.render(i);
      try {
        Files.write(site.resolve(planned.path()), bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      counts.add(planned, bytes.length);
    }
    return counts;
  }
}
