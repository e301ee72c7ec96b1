package dev.posttrends.extract;

import static dev.posttrends.extract.Inputs.asPost;
import static dev.posttrends.extract.Inputs.parse;
import static dev.posttrends.extract.Inputs.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Habits of Jekyll sites other than the finews mirror: Liquid, kramdown, UTF-16, ISO dates. */
class OtherSitesTest {

  @Test
  void liquidTagsAndOutputsAreNotText() {
    Post post =
        post(
            "_posts/2023-05-01-liquid.md",
            """
            ---
            title: Liquid
            date: 2023-05-01T08:00:00+08:00
            categories: [blog, notes]
            ---
            {% include toc.html %}
            见 {{ site.url }} 的说明。

            {% highlight ruby %}
            puts 1
            {% endhighlight %}
            """);
    assertEquals("见 的说明。\nputs 1", post.text());
    assertEquals(Instant.parse("2023-05-01T00:00:00Z"), post.publishedAt());
    assertEquals(List.of("blog", "notes"), post.categories());
  }

  @Test
  void kramdownAttributeListsAreNotText() {
    Post post =
        post(
            "_posts/2023-05-02-ial.md",
            "---\ntitle: t\n---\n正文第一段。\n{: .lead}\n\n第二段。\n\n{:toc}\n");
    assertEquals("正文第一段。\n第二段。", post.text());
  }

  @Test
  void utf16WithByteOrderMarkIsDecoded() {
    byte[] body = "---\ntitle: 统一码\ndate: 2023-05-03\n---\n正文".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Post post = asPost(parse("_posts/x.md", bytes));
    assertEquals("UTF-16LE", post.sourceEncoding());
    assertEquals("统一码", post.title());
    assertEquals("正文", post.text());
    assertEquals(List.of(), post.parseNotes());
  }
}
