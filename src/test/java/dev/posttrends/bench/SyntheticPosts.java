package dev.posttrends.bench;

import dev.posttrends.generate.Media;
import dev.posttrends.generate.PostText;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The benchmarks' view of the one post generator, {@link PostText} in {@code
 * dev.posttrends.generate}: the ten sample media and posts dated with {@code +0800}. Deterministic
 * for a given {@link Random} (the same text as before the generator moved to main code).
 */
public final class SyntheticPosts {

  /** A medium: its folder (the category) and its display name (the tag). */
  public record Medium(String folder, String name) {}

  public static final List<Medium> MEDIA =
      Media.SAMPLE.stream().map(m -> new Medium(m.folder(), m.name())).toList();

  /** Body shapes, as in the real data; the same as {@link PostText.Shape}. */
  public enum Shape {
    PLAIN_DIGEST,
    EMNEWS_DIGEST,
    HTML_FULL_TEXT
  }

  private SyntheticPosts() {}

  /** A whole Jekyll file; see {@link PostText#post}. */
  public static String post(
      Random rnd, Medium medium, LocalDate date, String id, Shape shape, int paragraphs) {
    return PostText.post(
        rnd,
        new PostText.Medium(medium.folder(), medium.name()),
        date,
        "+0800",
        id,
        PostText.Shape.valueOf(shape.name()),
        paragraphs);
  }
}
