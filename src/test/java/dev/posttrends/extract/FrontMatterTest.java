package dev.posttrends.extract;

import static dev.posttrends.extract.Inputs.asPost;
import static dev.posttrends.extract.Inputs.parse;
import static dev.posttrends.extract.Inputs.post;
import static dev.posttrends.extract.Inputs.reject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding, splitting and reading the YAML front matter, strictly and leniently. */
class FrontMatterTest {

  private static final String PATH = "emnews/_posts/2022-06-08-x.md";

  @Test
  void utf8BomBeforeOpeningDelimiterIsRemovedAndNoted() {
    byte[] text = "---\ntitle: 标题\n---\n正文\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    Post post = asPost(parse(PATH, bytes));
    assertEquals("标题", post.title());
    assertEquals("正文", post.text());
    assertEquals("UTF-8", post.sourceEncoding());
    assertEquals(List.of("UTF8_BOM"), post.parseNotes());
  }

  @Test
  void blankLinesBeforeOpeningDelimiterAreToleratedAndCounted() {
    Post post = post(PATH, "\n  \n---\ntitle: 标题\n---\n正文");
    assertEquals("标题", post.title());
    assertEquals("正文", post.text());
    assertEquals(List.of("BLANK_LINES_BEFORE_FRONT_MATTER:2"), post.parseNotes());
  }

  @Test
  void crlfLineEnds() {
    Post post =
        post(
            PATH,
            "---\r\ntitle: 标题\r\ndate: 2022-06-08 07:33:42 +0800\r\n---\r\n第一段\r\n\r\n第二段\r\n");
    assertEquals("标题", post.title());
    assertEquals(Instant.parse("2022-06-07T23:33:42Z"), post.publishedAt());
    assertEquals("第一段\n第二段", post.text());
    assertEquals(List.of(), post.parseNotes());
  }

  @Test
  void closingWithThreeDots() {
    Post post = post(PATH, "---\ntitle: 标题\n...\n正文\n");
    assertEquals("标题", post.title());
    assertEquals("正文", post.text());
  }

  @Test
  void trailingSpacesOnDelimiters() {
    Post post = post(PATH, "---  \ntitle: 标题\n--- \t\n正文\n");
    assertEquals("标题", post.title());
    assertEquals("正文", post.text());
  }

  @Test
  void splitterReportsYamlBodyAndBlankLines() throws Rejected {
    List<String> notes = new ArrayList<>();
    FrontMatterSplitter.Split split =
        FrontMatterSplitter.split("\r\n---\r\na: 1\r\n---\r\nbody\r\n---\r\nmore", notes);
    assertEquals("a: 1\r\n", split.yaml());
    assertEquals("body\r\n---\r\nmore", split.body());
    assertEquals(1, split.leadingBlankLines());
    assertEquals(List.of("BLANK_LINES_BEFORE_FRONT_MATTER:1"), notes);
  }

  @Test
  void noFrontMatterIsRejected() {
    Reject reject = reject(PATH, "# 标题\n\n正文\n");
    assertEquals(RejectReason.NO_FRONT_MATTER, reject.reason());
    assertEquals("No front matter: the first non-blank line is not '---'", reject.message());
    assertEquals("# 标题\n\n正文\n", reject.excerpt());
  }

  @Test
  void frontMatterNeverClosedIsRejected() {
    Reject reject = reject(PATH, "---\ntitle: 标题\n正文\n");
    assertEquals(RejectReason.UNCLOSED_FRONT_MATTER, reject.reason());
    assertEquals(
        "Front matter opened with '---' is never closed by '---' or '...'", reject.message());
  }

  @Test
  void garbageYamlWithNothingLenientIsInvalidAndCarriesTheYamlMessage() {
    Reject reject = reject(PATH, "---\n: : [\n---\n正文\n");
    assertEquals(RejectReason.INVALID_FRONT_MATTER, reject.reason());
    assertEquals("Cannot parse front matter: while parsing a block mapping", reject.message());
    assertEquals(": : [\n", reject.excerpt());
  }

  @Test
  void yamlListInsteadOfMappingIsInvalid() {
    Reject reject = reject(PATH, "---\n- a\n- b\n---\n正文\n");
    assertEquals(RejectReason.INVALID_FRONT_MATTER, reject.reason());
    assertEquals(
        "Cannot parse front matter: front matter is a YAML ARRAY, not a mapping of keys",
        reject.message());
  }

  @Test
  void unescapedQuotesInTitleAreReadLeniently() {
    Post post =
        post(
            PATH,
            """
            ---
            layout: post
            title: "他说"稳中求进"是关键"
            date: 2022-06-08 07:33:42 +0800
            categories: shangraoribao
            tags: 上饶日报新闻
            ---
            正文
            """);
    assertTrue(post.frontMatterLenient());
    assertEquals("他说\"稳中求进\"是关键", post.title());
    assertEquals("post", post.layout());
    assertEquals(Instant.parse("2022-06-07T23:33:42Z"), post.publishedAt());
    assertEquals(List.of("emnews", "shangraoribao"), post.categories());
    assertEquals(List.of("上饶日报新闻"), post.tags());
    assertEquals(1, post.parseNotes().size());
    assertTrue(
        post.parseNotes().get(0).startsWith("LENIENT_FRONT_MATTER: "),
        post.parseNotes().toString());
  }

  @Test
  void lenientReadingKeepsBlockAndFlowLists() {
    Post post =
        post(
            PATH,
            """
            ---
            title: "a"b"
            tags:
              - 甲
              - "乙"
            categories: [财经, '科技']
            ---
            正文
            """);
    assertTrue(post.frontMatterLenient());
    assertEquals("a\"b", post.title());
    assertEquals(List.of("甲", "乙"), post.tags());
    assertEquals(List.of("emnews", "财经", "科技"), post.categories());
  }

  @Test
  void emptyFrontMatterWithDatedFileNameIsAPost() {
    Post post = post(PATH, "---\n---\n");
    assertNull(post.title());
    assertEquals("", post.text());
    assertEquals("{}", post.frontMatterJson());
    assertEquals(Post.DATE_FROM_FILENAME, post.dateSource());
    assertEquals(Instant.parse("2022-06-07T16:00:00Z"), post.publishedAt());
    assertFalse(post.frontMatterLenient());
  }

  @Test
  void emptyTitleIsNull() {
    assertNull(post(PATH, "---\ntitle: \"\"\n---\n正文\n").title());
  }

  @Test
  void duplicateKeyLaterWins() {
    Post post = post(PATH, "---\ntitle: a\ntitle: b\n---\n正文\n");
    assertEquals("b", post.title());
    assertFalse(post.frontMatterLenient());
  }

  @Test
  void frontMatterJsonKeepsUnmodelledKeys() {
    Post post = post(PATH, "---\ntitle: t\nauthor: 张三\nslug: my-slug\n---\n正文\n");
    assertEquals(
        "{\"title\":\"t\",\"author\":\"张三\",\"slug\":\"my-slug\"}", post.frontMatterJson());
    assertEquals("my-slug", post.slug());
  }
}
