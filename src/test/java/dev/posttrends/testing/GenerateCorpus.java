package dev.posttrends.testing;

import dev.posttrends.bench.SyntheticPosts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a synthetic Jekyll site for cluster tests ({@code jobs/cluster-test.sh}): {@code POSTS}
 * realistic posts from {@code dev.posttrends.bench.SyntheticPosts} in {@code <medium>/_posts/}
 * trees (2024–2025), plus {@code broken/_posts/} with a few inputs that must become rejects.
 * Deterministic for a seed.
 *
 * <pre>java -cp TEST_CLASSPATH dev.posttrends.testing.GenerateCorpus DIR [POSTS=3000] [SEED=42]
 * </pre>
 */
public final class GenerateCorpus {

  private GenerateCorpus() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: GenerateCorpus DIR [POSTS] [SEED]");
      System.exit(2);
    }
    Path site = Path.of(args[0]);
    int posts = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    long bytes = generate(site, posts, seed);
    System.out.printf(
        "GenerateCorpus: %d posts + 5 broken files, %d bytes in %s%n", posts, bytes, site);
  }

  /** The site; returns the bytes written. */
  public static long generate(Path site, int posts, long seed) throws Exception {
    SyntheticPosts.Shape[] shapes = SyntheticPosts.Shape.values(); // digest, emnews, full text
    Random rnd = new Random(seed);
    Files.createDirectories(site);
    Files.writeString(site.resolve("_config.yml"), "title: finews\ntimezone: Asia/Shanghai\n");
    LocalDate start = LocalDate.of(2024, 1, 1);
    long bytes = 0;
    for (int i = 0; i < posts; i++) {
      SyntheticPosts.Medium medium =
          SyntheticPosts.MEDIA.get(rnd.nextInt(SyntheticPosts.MEDIA.size()));
      LocalDate date = start.plusDays(rnd.nextInt(731));
      String id = date.toString().replace("-", "") + String.format("%010d", i);
      int pick = rnd.nextInt(10);
      int shape = pick < 3 ? 0 : pick < 6 ? 1 : 2;
      int paragraphs =
          shape == 0 ? 2 + rnd.nextInt(4) : shape == 1 ? 3 + rnd.nextInt(4) : 4 + rnd.nextInt(6);
      String text = SyntheticPosts.post(rnd, medium, date, id, shapes[shape], paragraphs);
      Path dir = site.resolve(medium.folder()).resolve("_posts");
      Files.createDirectories(dir);
      byte[] raw = text.getBytes(StandardCharsets.UTF_8);
      Files.write(dir.resolve(date + "-" + id + ".md"), raw);
      bytes += raw.length;
    }
    Path broken = site.resolve("broken").resolve("_posts");
    Files.createDirectories(broken);
    Files.writeString(broken.resolve("2024-08-01-nofrontmatter.md"), "只是一段文字，没有前言。\n");
    Files.writeString(
        broken.resolve("2024-08-02-unclosed.md"), "---\ntitle: 未闭合\ncategories: broken\n正文\n");
    Files.writeString(
        broken.resolve("nodate-post.md"), "---\ntitle: 没有日期\ncategories: broken\n---\n\n正文。\n");
    Files.write(broken.resolve("2024-08-06-empty.md"), new byte[0]);
    byte[] junk = new byte[2048];
    new Random(seed).nextBytes(junk);
    for (int i = 0; i < junk.length; i += 7) {
      junk[i] = 0;
    }
    Files.write(broken.resolve("2024-08-05-binary.md"), junk);
    return bytes;
  }
}
