package dev.posttrends.extract;

import static dev.posttrends.extract.Inputs.asPost;
import static dev.posttrends.extract.Inputs.asReject;
import static dev.posttrends.extract.Inputs.jsonLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One line of a JSON Lines dump: a whole Jekyll file, or a structured post. */
class JsonLinesTest {

  @Test
  void contentFormUsesThePathForDateAndFolders() {
    Post post =
        asPost(
            jsonLine(
                """
                {"path": "emnews/_posts/2022-06-08-x.md", \
                "content": "---\\ntitle: 标题\\ncategories: 财经\\n---\\n正文\\n"}\
                """));
    assertEquals("dumps/d.jsonl#3", post.sourcePath());
    assertEquals("emnews/_posts/2022-06-08-x.md", post.originalPath());
    assertEquals(RawInput.JSONL, post.sourceFormat());
    assertEquals("UTF-8", post.sourceEncoding());
    assertEquals("标题", post.title());
    assertEquals("正文", post.text());
    assertEquals("x", post.slug());
    assertEquals(List.of("emnews", "财经"), post.categories());
    assertEquals(LocalDate.of(2022, 6, 8), post.publishedDate());
    assertEquals(Post.DATE_FROM_FILENAME, post.dateSource());
    assertEquals(Hashing.postId("dumps/d.jsonl#3"), post.postId());
    assertEquals("/site", post.inputRoot());
    assertEquals(100, post.fileSize());
  }

  @Test
  void contentFormWindowsPathIsNormalized() {
    Post post =
        asPost(
            jsonLine(
                "{\"path\": \"a\\\\_posts\\\\2022-06-08-x.md\", \"content\": \"---\\n---\\n正文\"}"));
    assertEquals("a/_posts/2022-06-08-x.md", post.originalPath());
    assertEquals(List.of("a"), post.categories());
  }

  @Test
  void contentFormAbsolutePathCountsOnlyTheFolderAbovePosts() {
    Post post =
        asPost(
            jsonLine(
                "{\"path\": \"/home/u/sites/emnews/_posts/2022-06-08-x.md\","
                    + " \"content\": \"---\\ncategories: 财经\\n---\\n正文\"}"));
    assertEquals(List.of("emnews", "财经"), post.categories());
    assertEquals(LocalDate.of(2022, 6, 8), post.publishedDate());
    Post windows =
        asPost(
            jsonLine(
                "{\"path\": \"C:\\\\sites\\\\emnews\\\\_posts\\\\2022-06-08-x.md\","
                    + " \"content\": \"---\\n---\\n正文\"}"));
    assertEquals(List.of("emnews"), windows.categories());
  }

  @Test
  void contentFormRejectsLikeAFile() {
    Reject reject =
        asReject(jsonLine("{\"path\": \"_posts/2022-06-08-x.md\", \"content\": \"正文\"}"));
    assertEquals(RejectReason.NO_FRONT_MATTER, reject.reason());
  }

  @Test
  void structuredForm() {
    Post post =
        asPost(
            jsonLine(
                """
                {"title": "标题", "date": "2022-06-08 07:33:42 +0800", "categories": ["财经", "科技"], \
                "tags": "甲 乙", "body": "第一段\\n\\n第二段", "url": "http://x.test/a", "author": "张三"}\
                """));
    assertEquals("dumps/d.jsonl#3", post.sourcePath());
    assertNull(post.originalPath());
    assertEquals("标题", post.title());
    assertEquals(Instant.parse("2022-06-07T23:33:42Z"), post.publishedAt());
    assertEquals(Post.DATE_FROM_FRONT_MATTER, post.dateSource());
    assertEquals(List.of("财经", "科技"), post.categories());
    assertEquals(List.of("甲", "乙"), post.tags());
    assertEquals("第一段\n第二段", post.text());
    assertEquals("http://x.test/a", post.sourceUrl());
    assertNull(post.slug());
    assertEquals(
        "{\"title\":\"标题\",\"date\":\"2022-06-08 07:33:42 +0800\","
            + "\"categories\":[\"财经\",\"科技\"],\"tags\":\"甲 乙\",\"url\":\"http://x.test/a\","
            + "\"author\":\"张三\"}",
        post.frontMatterJson());
  }

  @Test
  void structuredFormCategoriesString() {
    Post post =
        asPost(
            jsonLine(
                "{\"title\": \"t\", \"date\": \"2022-06-08\", "
                    + "\"categories\": \"21shijijingjibaodao 21caijingAPP\"}"));
    assertEquals(List.of("21shijijingjibaodao", "21caijingAPP"), post.categories());
    assertEquals("", post.text());
  }

  @Test
  void structuredFormWithoutDateIsMissingDate() {
    Reject reject = asReject(jsonLine("{\"title\": \"t\", \"body\": \"正文\"}"));
    assertEquals(RejectReason.MISSING_DATE, reject.reason());
    assertEquals(
        "No date: front matter has no 'date' and the record names no file", reject.message());
  }

  @Test
  void malformedLine() {
    Reject reject = asReject(jsonLine("{\"title\": "));
    assertEquals(RejectReason.MALFORMED_JSON_LINE, reject.reason());
    assertTrue(
        reject.message().startsWith("Malformed JSON at dumps/d.jsonl#3: "), reject.message());
    assertEquals("{\"title\": ", reject.excerpt());
  }

  @Test
  void trailingContentAfterTheObjectIsMalformed() {
    Reject reject =
        asReject(jsonLine("{\"title\": \"t\", \"date\": \"2022-06-08\"}{\"title\": \"u\"}"));
    assertEquals(RejectReason.MALFORMED_JSON_LINE, reject.reason());
    assertTrue(
        reject.message().startsWith("Malformed JSON at dumps/d.jsonl#3: "), reject.message());
  }

  @Test
  void arrayIsNotAnObject() {
    Reject reject = asReject(jsonLine("[1,2]"));
    assertEquals(RejectReason.NOT_A_JSON_OBJECT, reject.reason());
    assertEquals("Line dumps/d.jsonl#3 is a JSON ARRAY, not an object", reject.message());
  }

  @Test
  void objectWithUnknownKeysIsNotAPost() {
    Reject reject = asReject(jsonLine("{\"foo\": 1, \"bar\": 2}"));
    assertEquals(RejectReason.NOT_A_JSON_OBJECT, reject.reason());
    assertEquals(
        "Line dumps/d.jsonl#3 has neither 'content' nor 'title'/'date'/'body': keys "
            + "[foo, bar]",
        reject.message());
  }
}
