package dev.posttrends.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.posttrends.cli.Main;
import dev.posttrends.testing.DuckDb;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the {@code keywords} table of a run against two people's index terms ({@code
 * gold/keywords_dev_annotator_{a,b}.jsonl}, lines {@code {"file", "keywords": [ranked terms]}}),
 * with {@link KeywordScores}. Without {@code --output} it first runs posttrends on {@code
 * GOLD_DIR/posts} (embedded Spark, into {@code target/eval-keywords}); with it, it scores that
 * run's tables, whose posts are matched to the annotations by file name.
 *
 * <pre>KeywordsEvaluation [GOLD_DIR] [--output RUN_OUTPUT] [--show N]</pre>
 */
public final class KeywordsEvaluation {

  private KeywordsEvaluation() {}

  /** The scores and, per annotated post, its file, top keywords and the two people's terms. */
  public record Report(KeywordScores scores, List<Post> posts) {}

  /**
   * One annotated post; {@code rejected} is the run's reject reason when it is no post, else null.
   */
  public record Post(
      String file, List<String> keywords, List<String> personA, List<String> b, String rejected) {}

  public static void main(String[] args) throws IOException {
    Path gold = Path.of("../shared/gold");
    Path output = null;
    int show = 5;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--output" -> output = Path.of(args[++i]);
        case "--show" -> show = Integer.parseInt(args[++i]);
        default -> gold = Path.of(args[i]);
      }
    }
    if (output == null) {
      output = Path.of("target/eval-keywords");
      run(gold.resolve("posts"), output);
    }
    Report report = evaluate(gold, output);
    for (Post p : report.posts().subList(0, Math.min(show, report.posts().size()))) {
      System.out.printf(
          "%s%n  top 10: %s%n  person a: %s%n  person b: %s%n",
          p.file(),
          p.rejected() == null ? p.keywords() : "(rejected by the run: " + p.rejected() + ")",
          p.personA(),
          p.b());
    }
    System.out.println(report.scores().summary());
  }

  /** Runs posttrends on {@code posts} into {@code output} (replaced), trends and report off. */
  static void run(Path posts, Path output) {
    StringWriter err = new StringWriter();
    String[] args = {
      "run",
      "--input",
      posts.toString(),
      "--output",
      output.toString(),
      "--timezone",
      "Asia/Shanghai",
      "--stages",
      "ingest",
      "--full",
      "--force",
      "--no-report"
    };
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    if (code != 0) {
      throw new IllegalStateException("posttrends run failed (" + code + "): " + err);
    }
  }

  /** Scores the keywords of the run in {@code output} against the annotations in {@code gold}. */
  public static Report evaluate(Path gold, Path output) throws IOException {
    Map<String, List<String>> a = annotations(gold.resolve("keywords_dev_annotator_a.jsonl"));
    Map<String, List<String>> b = annotations(gold.resolve("keywords_dev_annotator_b.jsonl"));
    Map<String, List<String>> ranked = keywordsByFile(output);
    Map<String, String> rejected = rejectsByFile(output);
    KeywordScores scores = new KeywordScores();
    List<Post> posts = new ArrayList<>();
    for (String file : a.keySet()) {
      List<String> keywords = ranked.getOrDefault(file, List.of());
      List<String> personB = b.getOrDefault(file, List.of());
      scores.add(keywords, a.get(file), personB);
      posts.add(new Post(file, keywords, a.get(file), personB, rejected.get(file)));
    }
    return new Report(scores, posts);
  }

  /** Each post's keywords by rank, keyed by the file name of its source path. */
  static Map<String, List<String>> keywordsByFile(Path output) {
    String sql =
        "select p.source_path, k.term from "
            + DuckDb.table(output.resolve("keywords"))
            + " k join "
            + DuckDb.table(output.resolve("posts"))
            + " p using (post_id) order by p.source_path, k.rank";
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (List<Object> row : DuckDb.rows(sql)) {
      String path = (String) row.get(0);
      String file = path.substring(path.lastIndexOf('/') + 1);
      out.computeIfAbsent(file, f -> new ArrayList<>()).add((String) row.get(1));
    }
    return out;
  }

  /**
   * The reject reason of each rejected input, keyed by file name: an annotated post the run rejects
   * (a real post with an unusable date, say) has no keywords and costs recall.
   */
  static Map<String, String> rejectsByFile(Path output) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!hasParquet(output.resolve("rejects"))) {
      return out;
    }
    String sql = "select source_path, reason from " + DuckDb.table(output.resolve("rejects"));
    for (List<Object> row : DuckDb.rows(sql)) {
      String path = (String) row.get(0);
      out.put(path.substring(path.lastIndexOf('/') + 1), (String) row.get(1));
    }
    return out;
  }

  private static boolean hasParquet(Path folder) {
    try (var files = Files.walk(folder)) {
      return files.anyMatch(f -> f.toString().endsWith(".parquet"));
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code file} → ranked terms of one person's annotation file. */
  static Map<String, List<String>> annotations(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(jsonl)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(line);
      List<String> terms = new ArrayList<>();
      node.get("keywords").forEach(t -> terms.add(t.asText()));
      out.put(node.get("file").asText(), terms);
    }
    return out;
  }
}
