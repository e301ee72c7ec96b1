package dev.posttrends.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.posttrends.extract.ParseOutcome;
import dev.posttrends.extract.ParserOptions;
import dev.posttrends.extract.Post;
import dev.posttrends.extract.PostParser;
import dev.posttrends.extract.RawInput;
import dev.posttrends.extract.Reject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator: deterministic, and its expected counts are what the real parser says. */
class GeneratorTest {

  private static final CorpusPlan PLAN = new CorpusPlan(7, 300, 0.05);

  @Test
  void sameSeedSameCorpusForAnyThreadCount(@TempDir Path tmp) throws Exception {
    CorpusGenerator.generate(tmp.resolve("a"), PLAN, 1);
    CorpusGenerator.generate(tmp.resolve("b"), PLAN, 3);
    List<Path> files = files(tmp.resolve("a"));
    assertEquals(files, files(tmp.resolve("b")));
    for (Path file : files) {
      assertArrayEquals(
          Files.readAllBytes(tmp.resolve("a").resolve(file)),
          Files.readAllBytes(tmp.resolve("b").resolve(file)),
          file.toString());
    }
    assertNotEquals(new String(PLAN.render(5)), new String(new CorpusPlan(8, 300, 0.05).render(5)));
  }

  @Test
  void expectedCountsAreWhatTheParserSays(@TempDir Path tmp) throws Exception {
    Path site = tmp.resolve("site");
    ExpectedCounts counts = CorpusGenerator.generate(site, PLAN, 2);
    PostParser parser = new PostParser(ParserOptions.inZone("Asia/Shanghai"));
    Map<String, Long> parsed = new HashMap<>();
    Set<PostKind> kinds = EnumSet.noneOf(PostKind.class);
    long offsetless = 0;
    long nested = 0;
    for (long i = 0; i < PLAN.posts(); i++) {
      CorpusPlan.Planned planned = PLAN.plan(i);
      byte[] bytes = Files.readAllBytes(site.resolve(planned.path()));
      ParseOutcome outcome =
          parser.parse(RawInput.file(planned.path(), site.toString(), bytes, 0L));
      kinds.add(planned.kind());
      if (planned.kind().reason() != null) {
        Reject reject = assertInstanceOf(Reject.class, outcome, planned);
        assertEquals(planned.kind().reason(), reject.reason(), planned.path());
        parsed.merge(reject.reason().name(), 1L, Long::sum);
        continue;
      }
      Post post = assertInstanceOf(Post.class, outcome, planned);
      assertEquals(planned.kind().lenient(), post.frontMatterLenient(), planned.path());
      assertEquals(List.of(planned.medium().folder()), post.categories(), planned.path());
      assertEquals(planned.date(), post.publishedDate(), planned.path());
      assertTrue(post.text().length() > 100, planned.path());
      offsetless += post.offsetAssumed() ? 1 : 0;
      nested += planned.path().matches(".*/_posts/\\d{4}/.*") ? 1 : 0;
      parsed.merge("posts", 1L, Long::sum);
    }
    assertEquals(EnumSet.allOf(PostKind.class), kinds, "every kind at 300 posts and 0.05");
    assertTrue(offsetless > 30 && nested > 30, offsetless + " offsetless, " + nested + " nested");

    JsonNode json = new ObjectMapper().readTree(site.resolve(ExpectedCounts.FILE_NAME).toFile());
    assertEquals(300, json.get("files").asLong());
    assertEquals(300, files(site).size() - 2, "posts plus _config.yml and expected-counts.json");
    assertEquals(parsed.get("posts"), json.get("posts").asLong());
    assertEquals(15, json.get("rejects").asLong() + json.get("lenient_front_matter").asLong());
    json.get("rejects_by_reason")
        .fields()
        .forEachRemaining(e -> assertEquals(parsed.get(e.getKey()), e.getValue().asLong()));
    assertEquals(parsed.size() - 1, json.get("rejects_by_reason").size());
    assertEquals(counts.posts(), json.get("posts").asLong());
  }

  @Test
  void refusesANonEmptyFolder(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("keep.txt"), "x");
    assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.generate(tmp, PLAN, 1));
  }

  @Test
  void postsAreTwoToFiveKilobytesAndMediaAreSkewed() {
    CorpusPlan plan = new CorpusPlan(1, 2000, 0);
    long bytes = 0;
    Map<String, Integer> media = new HashMap<>();
    for (long i = 0; i < plan.posts(); i++) {
      bytes += plan.render(i).length;
      media.merge(plan.plan(i).medium().folder(), 1, Integer::sum);
    }
    double mean = bytes / (double) plan.posts();
    assertTrue(mean > 2000 && mean < 5000, "mean " + mean);
    int first = media.get(Media.ALL.get(0).folder());
    int last = media.getOrDefault(Media.ALL.get(Media.ALL.size() - 1).folder(), 0);
    assertTrue(first > 10 * Math.max(1, last) && media.size() > 20, media.toString());
  }

  private static <T> T assertInstanceOf(Class<T> type, Object value, CorpusPlan.Planned p) {
    return org.junit.jupiter.api.Assertions.assertInstanceOf(
        type, value, p.kind() + " " + p.path() + ": " + value);
  }

  private static List<Path> files(Path root) throws Exception {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
