package dev.posttrends.extract;

import static dev.posttrends.extract.Inputs.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Size measures of the clean text, and the stable identifiers. */
class PostMetricsTest {

  @Test
  void countsOnMixedChineseAndEnglish() {
    // 蔚来ET7售价45.8万元: 13 code points, 6 Han, words ET7 and 45.8.
    // Hello world, it's 2022.: 23 code points, words Hello, world, it's, 2022.
    PostMetrics metrics = PostMetrics.of(List.of("蔚来ET7售价45.8万元", "Hello world, it's 2022."), 4, 1);
    assertEquals(new PostMetrics(36, 6, 12, 2, 4, 1, 0.0), metrics);
  }

  @Test
  void endToEndCountsExcludeLineBreaksAndMarkup() {
    Post post =
        post("_posts/2022-06-08-x.md", "---\n---\n上饶**经开区**\n\n[GDP](http://x.test) 增长 7.79%\n");
    assertEquals("上饶经开区\nGDP 增长 7.79%", post.text());
    assertEquals(new PostMetrics(17, 7, 9, 2, 1, 0, 0.0), post.metrics());
  }

  @Test
  void supplementaryHanCharacterCountsOnce() {
    PostMetrics metrics = PostMetrics.of(List.of("\uD840\uDC00字"), 0, 0);
    assertEquals(2, metrics.charCount());
    assertEquals(2, metrics.cjkCharCount());
  }

  @Test
  void readingMinutes() {
    // 800 Han at 400 a minute plus 100 words at 200 a minute.
    PostMetrics metrics =
        PostMetrics.of(List.of("中".repeat(800), "word ".repeat(100).strip()), 0, 0);
    assertEquals(900, metrics.wordCount());
    assertEquals(2.5, metrics.readingMinutes());
    assertEquals(0.1, PostMetrics.of(List.of("中".repeat(30)), 0, 0).readingMinutes());
  }

  @Test
  void emptyText() {
    assertEquals(new PostMetrics(0, 0, 0, 0, 0, 0, 0.0), PostMetrics.of(List.of(), 0, 0));
  }

  @Test
  void contentHashIgnoresWhitespaceCaseAndWidth() {
    Post a = post("_posts/2022-06-08-a.md", "---\n---\n净亏损为 2052 万美元\n\nGDP 增长\n");
    Post b = post("_posts/2022-06-08-b.md", "---\n---\n净亏损为2052万美元\n\n\n\nＧＤＰ  增长");
    assertEquals(a.contentHash(), b.contentHash());
    assertEquals(Hashing.contentHash("净亏损为2052万美元gdp增长"), a.contentHash());
    assertEquals(32, a.contentHash().length());
    assertNotEquals(a.contentHash(), Hashing.contentHash("净亏损为2052万美元GDP下降"));
  }

  @Test
  void contentHashOfAnEmptyBodyUsesTheTitle() {
    Post post = post("_posts/2022-06-08-a.md", "---\ntitle: 只有标题\n---\n");
    assertEquals(Hashing.contentHash("只有标题"), post.contentHash());
  }

  @Test
  void postIdIsStableAndDependsOnlyOnThePath() {
    assertEquals("98a1b1bc18011811", Hashing.postId("emnews/_posts/2022-06-08-x.md"));
    Post first = post("emnews/_posts/2022-06-08-x.md", "---\n---\n一\n");
    Post edited = post("emnews/_posts/2022-06-08-x.md", "---\n---\n二\n");
    Post moved = post("emnews/old_post/2022-06-08-x.md", "---\n---\n一\n");
    assertEquals("98a1b1bc18011811", first.postId());
    assertEquals(first.postId(), edited.postId());
    assertNotEquals(first.postId(), moved.postId());
  }

  @Test
  void hanShortcutAgreesWithUnicodeScriptOnEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean expected = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
      if (PostMetrics.isHan(cp) != expected) {
        assertEquals(expected, PostMetrics.isHan(cp), "U+" + Integer.toHexString(cp));
      }
    }
  }

  @Test
  void spaceRemovalMatchesTheRegexItReplaced() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      all.append(c).append('x');
    }
    String text = all.toString();
    assertEquals(text.replaceAll("[\\s\\u00a0\\u3000]+", ""), Hashing.withoutSpaces(text));
    assertEquals("ab", Hashing.withoutSpaces("ab"));
    assertEquals("ab", Hashing.withoutSpaces(" \ta\u3000\u00a0b\r\n"));
  }
}
