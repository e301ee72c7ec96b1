package dev.posttrends.generate;

import dev.posttrends.generate.PostText.Medium;
import dev.posttrends.generate.PostText.Shape;
import java.time.LocalDate;
import java.util.Random;

/**
 * Which file the generator writes as number {@code i} of a corpus, and its bytes. Every file has
 * its own random stream, seeded from the corpus seed and {@code i}, so files can be written in any
 * order by any number of threads and a seed always gives the same corpus. Of {@code posts} files,
 * {@code round(posts × badFraction)} (evenly spread) are malformed, cycling through {@link
 * PostKind#BAD}.
 *
 * @param seed the corpus seed
 * @param posts the number of files (good and malformed)
 * @param badFraction the share of malformed files, 0 to 1
 */
public record CorpusPlan(long seed, long posts, double badFraction) {

  /** Posts are dated from 2019-01-01 to 2025-12-31. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);

  public static final int DAYS = 2557;

  /** One planned file; {@code path} is relative to the site root, {@code /}-separated. */
  public record Planned(
      long index,
      Medium medium,
      LocalDate date,
      String offset,
      Shape shape,
      int paragraphs,
      String id,
      PostKind kind,
      String path) {}

  public CorpusPlan {
    if (posts < 0 || !(badFraction >= 0 && badFraction <= 1)) {
      throw new IllegalArgumentException("posts >= 0 and 0 <= bad fraction <= 1");
    }
  }

  /** File number {@code i}, without its text. */
  public Planned plan(long i) {
    return draw(random(i), i);
  }

  /** File number {@code i}'s bytes. */
  public byte[] render(long i) {
    Random rnd = random(i);
    Planned p = draw(rnd, i);
    String good =
        PostText.post(rnd, p.medium(), p.date(), p.offset(), p.id(), p.shape(), p.paragraphs());
    return p.kind().bytes(good, rnd);
  }

  /** The kind of file number {@code i}: malformed files are spread evenly. */
  public PostKind kind(long i) {
    long before = (long) Math.floor(i * badFraction);
    long upTo = (long) Math.floor((i + 1) * badFraction);
    return upTo > before ? PostKind.BAD.get((int) (before % PostKind.BAD.size())) : PostKind.GOOD;
  }

  private Planned draw(Random rnd, long i) {
    Medium medium = Media.pick(rnd.nextDouble());
    LocalDate date = FIRST_DAY.plusDays(rnd.nextInt(DAYS));
    String offset = rnd.nextInt(10) < 7 ? "+0800" : "";
    int pick = rnd.nextInt(10);
    Shape shape =
        pick < 3 ? Shape.PLAIN_DIGEST : pick < 6 ? Shape.EMNEWS_DIGEST : Shape.HTML_FULL_TEXT;
    int paragraphs =
        switch (shape) {
          case PLAIN_DIGEST -> 2 + rnd.nextInt(4);
          case EMNEWS_DIGEST -> 3 + rnd.nextInt(4);
          case HTML_FULL_TEXT -> 4 + rnd.nextInt(6);
        };
    String id = date.toString().replace("-", "") + String.format("%010d", i);
    PostKind kind = kind(i);
    String name = kind == PostKind.MISSING_DATE ? "nodate-" + id + ".md" : date + "-" + id + ".md";
    String folder =
        medium.folder() + "/_posts/" + (Media.nestsByYear(medium) ? date.getYear() + "/" : "");
    return new Planned(i, medium, date, offset, shape, paragraphs, id, kind, folder + name);
  }

  private Random random(long i) {
    return new Random(mix(seed * 0x9E3779B97F4A7C15L + i));
  }

  /** SplitMix64's finalizer: neighbouring indices get unrelated seeds. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
