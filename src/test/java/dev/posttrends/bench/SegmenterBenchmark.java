package dev.posttrends.bench;

import dev.posttrends.extract.ParserOptions;
import dev.posttrends.extract.Post;
import dev.posttrends.extract.PostParser;
import dev.posttrends.extract.RawInput;
import dev.posttrends.extract.keywords.Segmenter;
import dev.posttrends.extract.keywords.TermExtractor;
import dev.posttrends.extract.keywords.WordSegmenter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * The two Chinese segmenters on post text, one thread: the raw segmentation ({@code segment…}:
 * every token with offset and nature) and the whole keyword extractor built on it ({@code terms…}).
 * Inputs: the ExtractionBenchmark's ~300-char digest and ~2,000-char article, and the title and
 * text of every real post under {@code ../shared/corpus/finews} (the digest again when absent).
 * The fork pre-touches a fixed heap. Prints chars/s per benchmark at the end. Run with {@code
 * jobs/bench segmentation}; about 2.5 minutes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SegmenterBenchmark {

  static final Path CORPUS = Path.of("../shared/corpus/finews");

  @Param({"fast", "accurate"})
  public String segmenter;

  private WordSegmenter words;
  private TermExtractor terms;
  Inputs inputs;

  /** The texts, the same in every fork (fixed seed, files in name order). */
  record Inputs(String digest, String article, List<String> corpus) {

    static Inputs build() {
      Random rnd = new Random(11);
      String digest = ExtractionBenchmark.text(rnd, SyntheticPosts.Shape.PLAIN_DIGEST, 1, 300);
      String article = ExtractionBenchmark.seedSizedArticle(rnd);
      List<String> corpus = corpusTexts();
      return new Inputs(digest, article, corpus.isEmpty() ? List.of(digest) : corpus);
    }

    long corpusChars() {
      return corpus.stream().mapToLong(String::length).sum();
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    Segmenter choice = Segmenter.parse(segmenter);
    words = choice.newSegmenter();
    terms = new TermExtractor(choice);
    inputs = Inputs.build();
  }

  @Benchmark
  public Object segmentDigest() {
    return words.segment(inputs.digest());
  }

  @Benchmark
  public Object segmentArticle() {
    return words.segment(inputs.article());
  }

  @Benchmark
  public void segmentCorpus(Blackhole hole) {
    for (String text : inputs.corpus()) {
      hole.consume(words.segment(text));
    }
  }

  @Benchmark
  public Object termsDigest() {
    return terms.termCounts(inputs.digest());
  }

  @Benchmark
  public Object termsArticle() {
    return terms.termCounts(inputs.article());
  }

  @Benchmark
  public void termsCorpus(Blackhole hole) {
    for (String text : inputs.corpus()) {
      hole.consume(terms.termCounts(text));
    }
  }

  /** Titles and clean texts of the real posts, in file name order; empty without the corpus. */
  static List<String> corpusTexts() {
    if (!Files.isDirectory(CORPUS)) {
      return List.of();
    }
    PostParser parser = new PostParser(ParserOptions.inZone("Asia/Shanghai"));
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(CORPUS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        String name = "finews/" + file.getFileName();
        RawInput raw = RawInput.file(name, "corpus", Files.readAllBytes(file), null);
        if (parser.parse(raw) instanceof Post post) {
          Stream.of(post.title(), post.text())
              .filter(t -> t != null && !t.isEmpty())
              .forEach(texts::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read corpus " + CORPUS + ": " + e.getMessage(), e);
    }
    return texts;
  }

  public static void main(String[] args) throws RunnerException {
    Inputs inputs = Inputs.build();
    System.out.printf(
        "Inputs: digest %,d chars, article %,d chars, corpus %d texts / %,d chars%n",
        inputs.digest().length(), inputs.article().length(), inputs.corpus().size(),
        inputs.corpusChars());
    List<String> lines = new ArrayList<>();
    for (RunResult result :
        Jmh.run(
            SegmenterBenchmark.class,
            "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-Dfile.encoding=UTF-8")) {
      String name = result.getParams().getBenchmark();
      String method = name.substring(name.lastIndexOf('.') + 1);
      long chars =
          method.endsWith("Digest") ? inputs.digest().length()
              : method.endsWith("Article") ? inputs.article().length() : inputs.corpusChars();
      double ops = result.getPrimaryResult().getScore();
      lines.add(
          String.format(
              "%-16s %-9s %,12.0f ops/s %,14.0f chars/s",
              method, result.getParams().getParam("segmenter"), ops, ops * chars));
    }
    System.out.println("\nChars per second (one thread, warm):");
    lines.forEach(System.out::println);
  }
}
