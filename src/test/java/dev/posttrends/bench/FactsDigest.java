package dev.posttrends.bench;

import dev.posttrends.extract.ParseOutcome;
import dev.posttrends.extract.ParserOptions;
import dev.posttrends.extract.Post;
import dev.posttrends.extract.PostFacts;
import dev.posttrends.extract.PostParser;
import dev.posttrends.extract.RawInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A guard for output-preserving performance work: parses every post file of a corpus (the files
 * {@link FloorBenchmark} reads, plus each line of {@code *.jsonl} dumps), in path order, and prints
 * SHA-256 digests of everything {@link PostParser#parse} and {@link PostFacts#of} produce: the post
 * or reject, every metric and date mention, the term counts in order, and the names found. Equal digests before and
 * after a change mean the change kept every output.
 *
 * <pre>FactsDigest --corpus DIR [--timezone ZONE] [--dump FILE]</pre>
 *
 * {@code --dump} writes one line per input (path and its five digests) to find which post differs.
 */
public final class FactsDigest {

  private FactsDigest() {}

  /** Four running digests, one per kind of output. */
  private static final class Digests {
    final MessageDigest posts = sha256();
    final MessageDigest metrics = sha256();
    final MessageDigest dates = sha256();
    final MessageDigest terms = sha256();
    final MessageDigest entities = sha256();
    long inputs;
    long postCount;
    long rejectCount;
    long metricCount;
    long dateCount;
    long termCount;
    long entityCount;
  }

  public static void main(String[] args) throws Exception {
    Path corpus = null;
    String zone = "Asia/Shanghai";
    Path dump = null;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[i + 1]).toAbsolutePath();
        case "--timezone" -> zone = args[i + 1];
        case "--dump" -> dump = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    if (corpus == null) {
      throw new IllegalArgumentException("usage: FactsDigest --corpus DIR [--dump FILE]");
    }
    PostParser parser = new PostParser(ParserOptions.inZone(zone));
    PostFacts facts = new PostFacts();
    Digests all = new Digests();
    try (PrintWriter out =
        dump == null ? null : new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
      for (Path file : files(corpus)) {
        String relative = corpus.relativize(file).toString().replace('\\', '/');
        byte[] bytes = Files.readAllBytes(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        if (relative.endsWith(".jsonl")) {
          List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          for (int n = 0; n < lines.size(); n++) {
            RawInput input =
                RawInput.jsonLine(relative, n + 1, corpus.toString(), lines.get(n), bytes.length,
                    modified);
            add(all, input.sourcePath(), parser.parse(input), facts, out);
          }
        } else {
          RawInput input = RawInput.file(relative, corpus.toString(), bytes, modified);
          add(all, relative, parser.parse(input), facts, out);
        }
      }
    }
    System.out.printf(
        "DIGEST corpus=%s inputs=%d posts=%d rejects=%d metrics=%d dates=%d terms=%d"
            + " entities=%d%n  posts    %s%n  metrics  %s%n  dates    %s%n  terms    %s%n"
            + "  entities %s%n",
        corpus, all.inputs, all.postCount, all.rejectCount, all.metricCount, all.dateCount,
        all.termCount, all.entityCount, hex(all.posts), hex(all.metrics), hex(all.dates),
        hex(all.terms), hex(all.entities));
  }

  private static void add(
      Digests all, String path, ParseOutcome outcome, PostFacts facts, PrintWriter out) {
    Digests one = new Digests();
    all.inputs++;
    update(one.posts, path + "\n" + outcome + "\n");
    if (outcome instanceof Post post) {
      all.postCount++;
      PostFacts.Facts f = facts.of(post);
      f.metrics().forEach(m -> update(one.metrics, m + "\n"));
      f.dates().forEach(d -> update(one.dates, d + "\n"));
      f.terms().forEach((term, n) -> update(one.terms, term + "=" + n + "\n"));
      all.metricCount += f.metrics().size();
      all.dateCount += f.dates().size();
      all.termCount += f.terms().size();
      f.entities().forEach(e -> update(one.entities, e + "\n"));
      all.entityCount += f.entities().size();
    } else {
      all.rejectCount++;
    }
    String[] parts = {
      hex(one.posts), hex(one.metrics), hex(one.dates), hex(one.terms), hex(one.entities)
    };
    update(all.posts, parts[0]);
    update(all.metrics, parts[1]);
    update(all.dates, parts[2]);
    update(all.terms, parts[3]);
    update(all.entities, parts[4]);
    if (out != null) {
      out.println(path + " " + String.join(" ", parts));
    }
  }

  /** Post files in path order: FloorBenchmark's selection, plus JSON Lines dumps. */
  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !hiddenOrSkipped(root.relativize(p)))
          .filter(
              p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".md")
                    || name.endsWith(".markdown")
                    || name.endsWith(".html")
                    || name.endsWith(".jsonl");
              })
          .sorted()
          .toList();
    }
  }

  private static boolean hiddenOrSkipped(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith(".")
          || List.of("_site", "_layouts", "_includes", "_sass", "_data").contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("JVM without SHA-256", e);
    }
  }

  private static String hex(MessageDigest digest) {
    try {
      return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
    }
  }
}
