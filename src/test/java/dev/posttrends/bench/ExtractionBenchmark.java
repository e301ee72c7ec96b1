package dev.posttrends.bench;

import dev.posttrends.extract.ParserOptions;
import dev.posttrends.extract.Post;
import dev.posttrends.extract.PostParser;
import dev.posttrends.extract.RawInput;
import dev.posttrends.extract.dates.DateExtractor;
import dev.posttrends.extract.dates.DateMention;
import dev.posttrends.extract.keywords.TermExtractor;
import dev.posttrends.extract.metrics.MetricExtractor;
import dev.posttrends.extract.metrics.MetricMention;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Throughput of the per-post fact extractors on one thread: metric mentions plus dates named in the
 * text (target ≥ 20,000 digests/s and ≥ 3,000 full articles/s per core), and the keyword terms
 * (segmentation). Inputs are clean texts as {@link PostParser} leaves them: a ~300-char digest, the
 * text of a ~5 KB full-text post file, and a 5,500-char figure-dense text. Run with {@code
 * jobs/bench extraction}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

  private static final LocalDate REFERENCE = LocalDate.of(2025, 8, 12);

  private MetricExtractor metrics;
  private DateExtractor dates;
  private TermExtractor terms;
  String digest;
  String article;
  String longText;

  @Setup(Level.Trial)
  public void setUp() {
    metrics = new MetricExtractor();
    dates = new DateExtractor();
    terms = new TermExtractor();
    Random rnd = new Random(11);
    digest = text(rnd, SyntheticPosts.Shape.PLAIN_DIGEST, 1, 300);
    article = seedSizedArticle(rnd);
    longText = text(rnd, SyntheticPosts.Shape.HTML_FULL_TEXT, 12, 5000);
  }

  /**
   * The clean text of a full-text post whose file is about 5 KB, like the seed article (markup and
   * front matter included: the text itself is about 2,000 characters).
   */
  static String seedSizedArticle(Random rnd) {
    PostParser parser = new PostParser(ParserOptions.inZone("Asia/Shanghai"));
    for (int paragraphs = 1; ; paragraphs++) {
      String file =
          SyntheticPosts.post(
              rnd,
              SyntheticPosts.MEDIA.get(1),
              REFERENCE,
              "2025081226",
              SyntheticPosts.Shape.HTML_FULL_TEXT,
              paragraphs);
      byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
      if (bytes.length >= 5000) {
        return ((Post) parser.parse(RawInput.file("m/_posts/2025-08-12-x.md", "s", bytes, null)))
            .text();
      }
    }
  }

  /** Clean text of a synthetic post, cut or grown to about {@code chars} characters. */
  static String text(Random rnd, SyntheticPosts.Shape shape, int paragraphs, int chars) {
    PostParser parser = new PostParser(ParserOptions.inZone("Asia/Shanghai"));
    StringBuilder out = new StringBuilder();
    while (out.length() < chars) {
      String file =
          SyntheticPosts.post(
              rnd, SyntheticPosts.MEDIA.get(1), REFERENCE, "2025081225", shape, paragraphs);
      byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
      Post post =
          (Post) parser.parse(RawInput.file("m/_posts/2025-08-12-x.md", "site", bytes, null));
      out.append(out.length() == 0 ? "" : "\n").append(post.text());
    }
    return out.substring(0, Math.min(out.length(), chars + chars / 10));
  }

  @Benchmark
  public void metricsAndDatesDigest(Blackhole hole) {
    hole.consume(metricsAndDates(digest));
  }

  @Benchmark
  public void metricsAndDatesArticle(Blackhole hole) {
    hole.consume(metricsAndDates(article));
  }

  /** 5,500 characters of clean text, dense with figures: a worst case more than a typical one. */
  @Benchmark
  public void metricsAndDatesLongText(Blackhole hole) {
    hole.consume(metricsAndDates(longText));
  }

  @Benchmark
  public Map<String, Integer> termsDigest() {
    return terms.termCounts(digest);
  }

  @Benchmark
  public Map<String, Integer> termsArticle() {
    return terms.termCounts(article);
  }

  private int metricsAndDates(String text) {
    List<MetricMention> m = metrics.extract(text);
    List<DateMention> d = dates.extract(text, REFERENCE);
    return m.size() + d.size();
  }

  /** 1 fork, 2 warm-up and 3 measured iterations of 2 s each per benchmark: about 1 minute. */
  public static void main(String[] args) throws RunnerException {
    ExtractionBenchmark sizes = new ExtractionBenchmark();
    sizes.setUp();
    System.out.printf(
        "Inputs (clean text): digest %,d chars, 5 KB article %,d chars, long text %,d chars%n",
        sizes.digest.length(), sizes.article.length(), sizes.longText.length());
    Jmh.run(ExtractionBenchmark.class);
  }
}
