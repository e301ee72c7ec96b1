package dev.posttrends.extract;

import static dev.posttrends.extract.Inputs.post;
import static dev.posttrends.extract.Inputs.reject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Front-matter dates, file-name dates, and which one a post gets. */
class JekyllDatesTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static JekyllDates.Stamp stamp(String value) {
    return JekyllDates.parse(value, SHANGHAI);
  }

  private static void assertStamp(String instant, boolean assumed, JekyllDates.Stamp stamp) {
    assertEquals(new JekyllDates.Stamp(Instant.parse(instant), assumed), stamp);
  }

  @Test
  void compactOffset() {
    assertStamp("2022-06-07T23:33:42Z", false, stamp("2022-06-08 07:33:42 +0800"));
  }

  @Test
  void noOffsetIsLocalTimeInTheZone() {
    assertStamp("2021-12-08T02:46:18Z", true, stamp("2021-12-08 10:46:18"));
  }

  @Test
  void colonOffset() {
    assertStamp("2022-06-07T23:33:42Z", false, stamp("2022-06-08 07:33:42 +08:00"));
    assertStamp("2022-06-08T13:03:42Z", false, stamp("2022-06-08 07:33:42 -05:30"));
  }

  @Test
  void zuluAndUtcAndTSeparator() {
    assertStamp("2022-06-08T07:33:42Z", false, stamp("2022-06-08T07:33:42Z"));
    assertStamp("2022-06-08T07:33:00Z", false, stamp("2022-06-08 07:33 UTC"));
    assertStamp("2022-06-07T23:33:42Z", true, stamp("2022-06-08T07:33:42"));
  }

  @Test
  void fractionalSeconds() {
    assertStamp("2022-06-08T07:33:42.500Z", false, stamp("2022-06-08T07:33:42.5Z"));
    assertStamp("2022-06-08T07:33:42.123456789Z", false, stamp("2022-06-08 07:33:42,123456789Z"));
  }

  @Test
  void unpaddedDateAndTime() {
    assertStamp("2022-06-07T23:03:00Z", true, stamp("2022-6-8 7:03"));
  }

  @Test
  void dateOnlyIsMidnightInTheZone() {
    assertStamp("2022-06-07T16:00:00Z", true, stamp("2022-06-08"));
  }

  @Test
  void unusableValuesAreNull() {
    assertNull(stamp("+0800"));
    assertNull(stamp("2022-13-45"));
    assertNull(stamp("2022-06-08 25:00"));
    assertNull(stamp("yesterday"));
    assertNull(stamp(null));
  }

  @Test
  void quotedYamlDate() {
    Post post = post("_posts/2020-01-01-x.md", "---\ndate: \"2022-06-08\"\n---\n正文\n");
    assertEquals(Instant.parse("2022-06-07T16:00:00Z"), post.publishedAt());
    assertEquals(Post.DATE_FROM_FRONT_MATTER, post.dateSource());
    assertEquals(true, post.offsetAssumed());
  }

  @Test
  void frontMatterDateWinsOverFileName() {
    Post post = post("_posts/2020-01-01-x.md", "---\ndate: 2022-06-08 07:33:42 +0800\n---\n正文\n");
    assertEquals(Instant.parse("2022-06-07T23:33:42Z"), post.publishedAt());
    assertEquals(LocalDate.of(2022, 6, 8), post.publishedDate());
    assertEquals(Post.DATE_FROM_FRONT_MATTER, post.dateSource());
    assertEquals(false, post.offsetAssumed());
    assertEquals("x", post.slug());
  }

  @Test
  void offsetOnlyDateFallsBackToFileNameWithNote() {
    Post post =
        post(
            "emnews/_posts/2022-06-08-202206082404552422.md",
            "---\ntitle: \"\"\ndate:  +0800\ncategories: emnews\n---\n正文\n");
    assertEquals(Instant.parse("2022-06-07T16:00:00Z"), post.publishedAt());
    assertEquals(LocalDate.of(2022, 6, 8), post.publishedDate());
    assertEquals(Post.DATE_FROM_FILENAME, post.dateSource());
    assertEquals(true, post.offsetAssumed());
    assertEquals(List.of("UNUSABLE_FRONT_MATTER_DATE: '+0800'"), post.parseNotes());
    assertEquals("202206082404552422", post.slug());
  }

  @Test
  void offsetOnlyDateAndUndatedFileNameIsMissingDate() {
    Reject reject =
        reject(
            "emnews/_posts/-202205262391921712.md",
            "---\nlayout: post\ntitle: \"\"\ndate:  +0800\ncategories: emnews\n---\n正文\n<>\n");
    assertEquals(RejectReason.MISSING_DATE, reject.reason());
    assertEquals(
        "Cannot parse date '+0800' and file name '-202205262391921712.md' has no "
            + "YYYY-MM-DD- prefix",
        reject.message());
  }

  @Test
  void noDateAnywhereIsMissingDate() {
    Reject reject = reject("_posts/about.md", "---\ntitle: t\n---\n正文\n");
    assertEquals(RejectReason.MISSING_DATE, reject.reason());
    assertEquals(
        "No date: front matter has no 'date' and file name 'about.md' has no "
            + "YYYY-MM-DD- prefix",
        reject.message());
  }

  @Test
  void invalidCalendarDateFallsBackToFileName() {
    Post post = post("_posts/2022-06-08-x.md", "---\ndate: 2022-13-45\n---\n正文\n");
    assertEquals(LocalDate.of(2022, 6, 8), post.publishedDate());
    assertEquals(Post.DATE_FROM_FILENAME, post.dateSource());
    assertEquals(List.of("UNUSABLE_FRONT_MATTER_DATE: '2022-13-45'"), post.parseNotes());
  }

  @Test
  void unpaddedFileName() {
    assertEquals(
        new JekyllDates.NameDate(LocalDate.of(2024, 3, 5), "x"),
        JekyllDates.fromFileName("2024-3-5-x.md"));
    Post post = post("_posts/2024-3-5-x.md", "---\n---\n正文\n");
    assertEquals(LocalDate.of(2024, 3, 5), post.publishedDate());
    assertEquals("x", post.slug());
  }

  @Test
  void fileNameDates() {
    assertEquals(
        new JekyllDates.NameDate(LocalDate.of(2021, 12, 8), "202112082207085963.vfe8c3e7"),
        JekyllDates.fromFileName("2021-12-08-202112082207085963.vfe8c3e7.md"));
    assertNull(JekyllDates.fromFileName("-202205262391921712.md"));
    assertNull(JekyllDates.fromFileName("2022-02-30-x.md"));
    assertNull(JekyllDates.fromFileName("2022-06-08.md"));
  }

  @Test
  void publishedDateIsInTheJobZone() {
    Post post = post("_posts/2024-12-31-x.md", "---\ndate: 2024-12-31 23:30:00 -0500\n---\n正文\n");
    assertEquals(Instant.parse("2025-01-01T04:30:00Z"), post.publishedAt());
    assertEquals(LocalDate.of(2025, 1, 1), post.publishedDate());
    assertEquals("2025-01", post.publishedMonth());
  }

  @Test
  void offsetLessDateUsesTheRootZoneButPublishedDateTheJobZone() {
    PostParser parser =
        new PostParser(new ParserOptions("Asia/Shanghai", Map.of("/us", "America/New_York")));
    byte[] bytes = "---\ndate: 2022-06-08 20:00:00\n---\n正文\n".getBytes(StandardCharsets.UTF_8);
    Post post = Inputs.asPost(parser.parse(RawInput.file("_posts/x.md", "/us", bytes, null)));
    assertEquals(Instant.parse("2022-06-09T00:00:00Z"), post.publishedAt());
    assertEquals(LocalDate.of(2022, 6, 9), post.publishedDate());
    assertEquals(true, post.offsetAssumed());
  }
}
