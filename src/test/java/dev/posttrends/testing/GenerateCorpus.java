package dev.posttrends.testing;

import dev.posttrends.generate.CorpusGenerator;
import dev.posttrends.generate.CorpusPlan;
import dev.posttrends.generate.ExpectedCounts;
import java.nio.file.Path;

/**
 * Writes a synthetic Jekyll site for cluster tests ({@code jobs/cluster-test.sh}) with the main
 * generator ({@code posttrends generate}): {@code POSTS} files, seven of them malformed (one of
 * each kind in {@code dev.posttrends.generate.PostKind}; the lenient one is still a post).
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
    ExpectedCounts counts = counts(site, posts, seed);
    System.out.printf(
        "GenerateCorpus: %d files (%d posts, %d rejects), %d bytes in %s%n",
        counts.files(), counts.posts(), counts.rejectTotal(), counts.bytes(), site);
  }

  /** The site; returns the bytes written. */
  public static long generate(Path site, int posts, long seed) throws Exception {
    return counts(site, posts, seed).bytes();
  }

  private static ExpectedCounts counts(Path site, int posts, long seed) throws Exception {
    double bad = posts == 0 ? 0 : Math.min(1.0, 7.0 / posts);
    int threads = Runtime.getRuntime().availableProcessors();
    return CorpusGenerator.generate(site, new CorpusPlan(seed, posts, bad), threads);
  }
}
