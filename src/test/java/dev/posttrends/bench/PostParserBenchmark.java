package dev.posttrends.bench;

import dev.posttrends.extract.ParseOutcome;
import dev.posttrends.extract.ParserOptions;
import dev.posttrends.extract.Post;
import dev.posttrends.extract.PostParser;
import dev.posttrends.extract.RawInput;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.openjdk.jmh.runner.RunnerException;

/**
 * Throughput of the pure-Java {@link PostParser} (YAML front matter, Markdown, jsoup, text metrics)
 * on one thread, per post shape. No Spark, no I/O: the posts are held in memory. Not a unit test;
 * run it with {@code bench/run parser} (or this class's {@code main}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PostParserBenchmark {

  private PostParser parser;
  private RawInput longHtml;
  private RawInput emnewsDigest;
  private RawInput plainDigest;

  @Setup(Level.Trial)
  public void setUp() {
    parser = new PostParser(ParserOptions.inZone("Asia/Shanghai"));
    Random rnd = new Random(7);
    LocalDate date = LocalDate.of(2025, 8, 12);
    longHtml =
        input(
            "shangraoribao",
            SyntheticPosts.post(
                rnd,
                SyntheticPosts.MEDIA.get(1),
                date,
                "202508122576235248",
                SyntheticPosts.Shape.HTML_FULL_TEXT,
                24));
    emnewsDigest =
        input(
            "emnews",
            SyntheticPosts.post(
                rnd,
                SyntheticPosts.MEDIA.get(0),
                date,
                "202508122576235249",
                SyntheticPosts.Shape.EMNEWS_DIGEST,
                5));
    plainDigest =
        input(
            "emnews",
            SyntheticPosts.post(
                rnd,
                SyntheticPosts.MEDIA.get(0),
                date,
                "202508122576235250",
                SyntheticPosts.Shape.PLAIN_DIGEST,
                1));
    for (RawInput in : new RawInput[] {longHtml, emnewsDigest, plainDigest}) {
      if (!(parser.parse(in) instanceof Post)) {
        throw new IllegalStateException("Not a post: " + in.sourcePath() + ": " + parser.parse(in));
      }
    }
  }

  private static RawInput input(String medium, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return RawInput.file(
        medium + "/_posts/2025-08-12-" + bytes.length + ".md", "site", bytes, 1_754_960_000_000L);
  }

  /** A long full-text article: about 24 HTML paragraphs, an image, an attribution (~12 KB). */
  @Benchmark
  public ParseOutcome longHtmlPost() {
    return parser.parse(longHtml);
  }

  /** An emnews digest: quoted summary, inline HTML with hidden paragraph, image, keytip (~3 KB). */
  @Benchmark
  public ParseOutcome emnewsHtmlDigest() {
    return parser.parse(emnewsDigest);
  }

  /** A plain Markdown digest: one paragraph, the source, URL and navigation lines (~1 KB). */
  @Benchmark
  public ParseOutcome plainDigest() {
    return parser.parse(plainDigest);
  }

  /** Sizes of the three inputs, for the report. */
  static String sizes() {
    PostParserBenchmark b = new PostParserBenchmark();
    b.setUp();
    return String.format(
        "longHtmlPost %,d B, emnewsHtmlDigest %,d B, plainDigest %,d B",
        b.longHtml.bytes().length, b.emnewsDigest.bytes().length, b.plainDigest.bytes().length);
  }

  /** 1 fork, 2 warm-up and 3 measured iterations of 2 s each per benchmark: about 1 minute. */
  public static void main(String[] args) throws RunnerException {
    System.out.println("Inputs: " + sizes());
    Jmh.run(PostParserBenchmark.class);
  }
}
