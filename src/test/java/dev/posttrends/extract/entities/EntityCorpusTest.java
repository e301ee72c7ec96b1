package dev.posttrends.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.posttrends.extract.ParserOptions;
import dev.posttrends.extract.PostParser;
import dev.posttrends.extract.keywords.Segmenter;
import dev.posttrends.extract.keywords.WordSegmenter;
import dev.posttrends.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link EntityFinder} over every real post of {@code ../shared/corpus/finews} (title and clean
 * text): no crash, every surface equal to the text at its offset, entities in order and disjoint.
 * Prints the count per source. Skipped with a message when the shared folder is absent.
 */
class EntityCorpusTest {

  @Test
  void everyRealPostGivesConsistentEntities() throws IOException {
    Path corpus = Repo.shared("corpus/finews");
    assumeTrue(corpus != null, "../shared/corpus/finews is absent: skipping the real-corpus test");
    PostParser parser = new PostParser(ParserOptions.inZone("Asia/Shanghai"));
    WordSegmenter segmenter = Segmenter.FAST.newSegmenter();
    EntityFinder finder = new EntityFinder();
    Map<String, Integer> byFoundBy = new TreeMap<>();
    int posts = 0;
    for (Path file : files(corpus)) {
      PostParser.TitleAndText post =
          parser.readTitleAndText(file.getFileName().toString(), Files.readString(file));
      if (post == null) {
        continue;
      }
      posts++;
      String text = (post.title() == null ? "" : post.title() + "\n") + post.text();
      List<Entity> found = finder.find(text, segmenter.segment(text));
      int previousEnd = 0;
      for (Entity e : found) {
        assertEquals(e.surface(), text.substring(e.offset(), e.end()), file + ": " + e);
        assertTrue(e.offset() >= previousEnd, file + ": overlaps or out of order: " + e);
        previousEnd = e.end();
        byFoundBy.merge(e.foundBy(), 1, Integer::sum);
      }
    }
    assertTrue(posts > 0, "no readable post in " + corpus);
    System.out.println("Entities in " + posts + " real posts, by source: " + byFoundBy);
  }

  private static List<Path> files(Path corpus) throws IOException {
    try (Stream<Path> list = Files.list(corpus)) {
      return new ArrayList<>(list.filter(p -> p.toString().endsWith(".md")).sorted().toList());
    }
  }
}
