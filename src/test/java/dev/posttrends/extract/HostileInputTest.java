package dev.posttrends.extract;

import static dev.posttrends.extract.Inputs.parse;
import static dev.posttrends.extract.Inputs.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to hurt a parser: none may hang, throw, or make YAML build objects. Each test runs
 * under a timeout far above the few milliseconds a sane parse takes.
 */
class HostileInputTest {

  private static final String PATH = "_posts/2022-06-08-x.md";
  private static final Duration LIMIT = Duration.ofSeconds(10);

  private static ParseOutcome within(String text) {
    // A parser of its own: assertTimeoutPreemptively runs in another thread.
    PostParser parser = new PostParser(ParserOptions.inZone(Inputs.ZONE));
    return assertTimeoutPreemptively(
        LIMIT,
        () ->
            parser.parse(
                RawInput.file(PATH, "/site", text.getBytes(StandardCharsets.UTF_8), null)));
  }

  @Test
  void billionLaughsAliasesAreNotExpanded() {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String prev = "*" + (char) (c - 1);
      yaml.append(c)
          .append(": &")
          .append(c)
          .append(" [")
          .append(String.join(",", List.of(prev, prev, prev, prev, prev)))
          .append("]\n");
    }
    Post post = Inputs.asPost(within("---\n" + yaml + "title: t\n---\n正文\n"));
    assertEquals("t", post.title());
    assertTrue(post.frontMatterJson().length() < 2_000, post.frontMatterJson());
  }

  @Test
  void deeplyNestedYamlFallsBackToLenientReading() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    Post post = Inputs.asPost(within("---\nx: " + deep + "\ntitle: t\n---\n正文\n"));
    assertTrue(post.frontMatterLenient());
    assertEquals("t", post.title());
  }

  @Test
  void deeplyNestedYamlMappingsWithinTheLimitAreRead() {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 15; i++) {
      yaml.append("  ".repeat(i)).append("k:\n");
    }
    yaml.append("  ".repeat(15)).append("v\n");
    Post post = Inputs.asPost(within("---\n" + yaml + "title: t\n---\n正文\n"));
    assertEquals(false, post.frontMatterLenient());
    assertEquals("t", post.title());
  }

  @Test
  void javaTypeTagBuildsNothing() {
    Post post = Inputs.asPost(within("---\ndate: !!java.util.Date 2022\n---\n正文\n"));
    assertEquals("{\"date\":\"2022\"}", post.frontMatterJson());
    assertEquals(Post.DATE_FROM_FILENAME, post.dateSource());
    assertEquals(List.of("UNUSABLE_FRONT_MATTER_DATE: '2022'"), post.parseNotes());
  }

  @Test
  void gadgetTypeTagBuildsNothing() {
    Post post =
        Inputs.asPost(
            within(
                "---\n"
                    + "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
                    + " [[!!java.net.URL [\"http://x.test/\"]]]]\n"
                    + "---\n"
                    + "正文\n"));
    assertEquals("{\"x\":[[[[\"http://x.test/\"]]]]}", post.frontMatterJson());
  }

  @Test
  void hugeSingleBodyLine() {
    String line = "中文 text ".repeat(200_000);
    Post post = Inputs.asPost(within("---\n---\n" + line));
    assertEquals(1, post.metrics().paragraphCount());
    assertEquals(line.length() - 1, post.metrics().charCount());
    assertEquals(400_000, post.metrics().cjkCharCount());
  }

  @Test
  void hugeLastLineOfUnclosedBracketsIsNotScannedQuadratically() {
    Post post = Inputs.asPost(within("---\n---\n正文\n\n" + "[".repeat(300_000)));
    assertEquals(2, post.metrics().paragraphCount());
  }

  @Test
  void hugeBlankRunInBrokenFrontMatterIsNotScannedQuadratically() {
    String line = "k: x" + " ".repeat(300_000) + "y";
    Post post = Inputs.asPost(within("---\ntitle: \"a\"b\"\n" + line + "\n---\n正文\n"));
    assertTrue(post.frontMatterLenient());
    assertEquals("a\"b", post.title());
  }

  @Test
  void lenientValuesLoseOnlyTrailingBlanks() {
    assertEquals(
        "{\"a\":\"x  y\",\"b\":[\"1\",\"2\"]}",
        FrontMatterReader.readLeniently("a: x  y \t\nb:\n  - 1  \n  - 2\t\n").toString());
  }

  @Test
  void deeplyNestedMarkdownDoesNotEscapeAsAnException() {
    ParseOutcome outcome = within("---\n---\n" + "> ".repeat(50_000) + "x\n");
    assertNotNull(outcome);
  }

  @Test
  void deeplyNestedHtmlIsRead() {
    Post post = post("_posts/2022-06-08-x.html", "---\n---\n" + "<div>".repeat(100_000) + "x");
    assertEquals("x", post.text());
  }

  @Test
  void nulInTheMiddleOfAnOtherwiseFinePostIsBinary() {
    Reject reject = Inputs.asReject(parse(PATH, "---\n---\n正\u0000文\n"));
    assertEquals(RejectReason.BINARY_FILE, reject.reason());
  }
}
