package dev.posttrends.generate;

import static dev.posttrends.generate.Sentences.INDUSTRIES;
import static dev.posttrends.generate.Sentences.NAMES;
import static dev.posttrends.generate.Sentences.SOURCES;
import static dev.posttrends.generate.Sentences.paragraph;
import static dev.posttrends.generate.Sentences.pick;

import java.time.LocalDate;
import java.util.Random;

/**
 * One invented Chinese finance or local-news post shaped like the real site's (see {@code
 * docs/SAMPLE-DATA.md}): YAML front matter, then one of three body shapes, then the original-URL
 * line and the navigation links. Deterministic for a given {@link Random}.
 */
public final class PostText {

  /** A medium: its folder (the category) and its display name (the tag). */
  public record Medium(String folder, String name) {}

  /** Body shapes, as in the real data. */
  public enum Shape {
    /** Markdown paragraphs, the source in brackets at the end (a short digest). */
    PLAIN_DIGEST,
    /** A quoted summary, then one long line of eastmoney-style inline HTML. */
    EMNEWS_DIGEST,
    /** A reporter line, then full-text {@code <p>} HTML on one line (a full article). */
    HTML_FULL_TEXT
  }

  private PostText() {}

  /**
   * A whole Jekyll file dated {@code date} at a random time, {@code offset} ({@code +0800}, or
   * empty for a date without an offset). {@code paragraphs} sets the length: about 60–90 characters
   * (180–270 UTF-8 bytes) of Chinese text per sentence, two to four sentences per paragraph.
   */
  public static String post(
      Random rnd,
      Medium medium,
      LocalDate date,
      String offset,
      String id,
      Shape shape,
      int paragraphs) {
    StringBuilder out = new StringBuilder(4096);
    out.append("---\n")
        .append("layout: post\n")
        .append("title: \"")
        .append(Sentences.title(rnd))
        .append("\"\n")
        .append("date: ")
        .append(date)
        .append(String.format(" %02d:%02d:%02d", rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60)))
        .append(offset.isEmpty() ? "" : " " + offset)
        .append('\n')
        .append("categories: ")
        .append(medium.folder())
        .append('\n')
        .append("tags: ")
        .append(medium.name())
        .append('\n')
        .append("---\n\n");
    switch (shape) {
      case PLAIN_DIGEST -> plainDigest(rnd, out, paragraphs);
      case EMNEWS_DIGEST -> emnewsDigest(rnd, out, paragraphs);
      case HTML_FULL_TEXT -> htmlFullText(rnd, out, paragraphs);
      default -> throw new IllegalArgumentException(shape.toString());
    }
    out.append("\n\n<http://finews.example.com/html_News/NewsShare.html?infoCode=NW")
        .append(id)
        .append(">\n\n")
        .append("[返回")
        .append(medium.name())
        .append("](//finews.example.com/category/")
        .append(medium.folder())
        .append(".html)｜[返回首页](//finews.example.com/)\n");
    return out.toString();
  }

  private static void plainDigest(Random rnd, StringBuilder out, int paragraphs) {
    for (int p = 0; p < paragraphs; p++) {
      if (p > 0) {
        out.append("\n\n");
      }
      paragraph(rnd, out, 2 + rnd.nextInt(3));
    }
    out.append("（").append(pick(rnd, SOURCES)).append("）");
  }

  private static void emnewsDigest(Random rnd, StringBuilder out, int paragraphs) {
    out.append("> ");
    paragraph(rnd, out, 2);
    out.append("（").append(pick(rnd, SOURCES)).append("）\n\n");
    out.append("<p style=\"display:none;height:1px;overflow:hidden;\"><br /></p>");
    for (int p = 0; p < paragraphs; p++) {
      out.append("<p>");
      paragraph(rnd, out, 1 + rnd.nextInt(3));
      if (p == paragraphs / 2) {
        String industry = pick(rnd, INDUSTRIES);
        out.append("<span id=\"bk_90.BK0")
            .append(400 + rnd.nextInt(500))
            .append("\"><a href=\"http://quote.eastmoney.com/unify/r/90.BK0478\" class=\"keytip\" ")
            .append("data-code=\"90,BK0478\">")
            .append(industry)
            .append("</a></span>")
            .append("<span id=\"bkquote_90.BK0478\"></span>板块表现活跃。");
      }
      out.append("</p>");
      if (p == 1) {
        out.append("<center><img src=\"https://img.finews.example.com/download/D")
            .append(Math.abs(rnd.nextLong()) % 100_000_000_000L)
            .append("_w800h480.jpg\" alt=\"Image\" width=\"552\" ")
            .append("style=\"border:#d1d1d1 1px solid;padding:3px;margin:5px 0;\" /></center>");
      }
    }
    out.append("<p class=\"em_media\">（文章来源：").append(pick(rnd, SOURCES)).append("）</p>");
  }

  private static void htmlFullText(Random rnd, StringBuilder out, int paragraphs) {
    out.append("<p>本报记者 ").append(pick(rnd, NAMES)).append("</p> ");
    for (int p = 0; p < paragraphs; p++) {
      out.append("<p>");
      paragraph(rnd, out, 2 + rnd.nextInt(3));
      out.append("</p> ");
      if (p == 2) {
        out.append("<p style=\"text-align:center\"><img src=\"https://img.finews.example.com/")
            .append(rnd.nextInt(1_000_000))
            .append(".jpg\" /></p> ");
      }
    }
    out.append("<p class=\"em_media\">（文章来源：").append(pick(rnd, SOURCES)).append("）</p>");
  }
}
