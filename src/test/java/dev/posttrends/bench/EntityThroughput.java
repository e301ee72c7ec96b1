package dev.posttrends.bench;

import dev.posttrends.extract.ParserOptions;
import dev.posttrends.extract.PostParser;
import dev.posttrends.extract.entities.EntityFinder;
import dev.posttrends.extract.keywords.Segmenter;
import dev.posttrends.extract.keywords.Word;
import dev.posttrends.extract.keywords.WordSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A rough throughput check of the entity finder, not a JMH benchmark: a plain loop, one thread,
 * over the title and text of every real post in {@code ../shared/corpus/finews} (or the folder
 * given), repeated in rounds so the JIT warms up. Prints chars/s for the FAST segmentation alone,
 * {@code EntityFinder.find} alone on ready segmentations, and both. The last round is the figure.
 * Run from the repository root after {@code mvn test-compile}: {@code java -cp
 * target/classes:target/test-classes:$(cat cp.txt) dev.posttrends.bench.EntityThroughput}.
 */
public final class EntityThroughput {

  private static final int ROUNDS = 3;
  private static final int REPEATS = 300;

  private EntityThroughput() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/finews");
    List<String> texts = texts(corpus);
    long chars = 0;
    for (String t : texts) {
      chars += t.length();
    }
    System.out.printf("%d posts, %d chars%n", texts.size(), chars);
    WordSegmenter segmenter = Segmenter.FAST.newSegmenter();
    EntityFinder finder = new EntityFinder();
    List<List<Word>> segmented = new ArrayList<>();
    for (String t : texts) {
      segmented.add(segmenter.segment(t));
    }
    for (int round = 1; round <= ROUNDS; round++) {
      long sink = 0;
      long t0 = System.nanoTime();
      for (int r = 0; r < REPEATS; r++) {
        for (String t : texts) {
          sink += segmenter.segment(t).size();
        }
      }
      long t1 = System.nanoTime();
      for (int r = 0; r < REPEATS; r++) {
        for (int i = 0; i < texts.size(); i++) {
          sink += finder.find(texts.get(i), segmented.get(i)).size();
        }
      }
      long t2 = System.nanoTime();
      for (int r = 0; r < REPEATS; r++) {
        for (String t : texts) {
          sink += finder.find(t, segmenter.segment(t)).size();
        }
      }
      long t3 = System.nanoTime();
      double total = (double) chars * REPEATS;
      System.out.printf(
          "round %d: segment %.1f M chars/s, find %.1f M chars/s, both %.1f M chars/s (%d)%n",
          round, total / (t1 - t0) * 1e3, total / (t2 - t1) * 1e3, total / (t3 - t2) * 1e3, sink);
    }
  }

  private static List<String> texts(Path corpus) throws IOException {
    PostParser parser = new PostParser(ParserOptions.inZone("Asia/Shanghai"));
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        PostParser.TitleAndText post =
            parser.readTitleAndText(file.getFileName().toString(), Files.readString(file));
        if (post != null) {
          out.add((post.title() == null ? "" : post.title() + "\n") + post.text());
        }
      }
    }
    return out;
  }
}
