package dev.posttrends.eval;

import dev.posttrends.extract.ParserOptions;
import dev.posttrends.extract.Post;
import dev.posttrends.extract.PostParser;
import dev.posttrends.extract.RawInput;
import dev.posttrends.extract.keywords.Segmenter;
import dev.posttrends.extract.keywords.TermExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How far the fast segmenter changes keywords: each post of a corpus gets its top-10 terms by
 * TF-IDF over the batch twice, once per {@link Segmenter}, and the two lists are compared by
 * Jaccard similarity (shared terms over all terms of both). Terms are counted as {@code
 * PostFacts.of} counts them (title, then text, counts merged) and scored as {@code
 * pipeline.KeywordSteps} scores them: {@code idf = ln((1 + N) / (1 + df)) + 1}, {@code tfidf = tf ×
 * idf}, ranked by tfidf descending, then term ascending.
 *
 * <pre>KeywordAgreement [CORPUS_DIR] [--examples N]</pre>
 */
public final class KeywordAgreement {

  static final int TOP = 10;

  private KeywordAgreement() {}

  /** Mean Jaccard over posts, and each post's two top-10 lists. */
  public record Report(double meanJaccard, List<Row> rows) {}

  /** One post: its path, the fast and the accurate top terms, and their Jaccard similarity. */
  public record Row(String path, List<String> fast, List<String> accurate, double jaccard) {}

  public static void main(String[] args) throws IOException {
    boolean named = args.length > 0 && !args[0].startsWith("--");
    Path corpus = Path.of(named ? args[0] : "../shared/corpus");
    int examples = 4;
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--examples")) {
        examples = Integer.parseInt(args[i + 1]);
      }
    }
    Report report = evaluate(corpus);
    System.out.printf(
        "keyword agreement (top %d, fast vs accurate): posts=%d mean_jaccard=%.3f%n",
        TOP, report.rows().size(), report.meanJaccard());
    List<Row> worst = new ArrayList<>(report.rows());
    worst.sort(Comparator.comparingDouble(Row::jaccard));
    List<Row> shown = new ArrayList<>(worst.subList(0, Math.min(examples, worst.size())));
    for (int i = 1; i <= examples && !report.rows().isEmpty(); i++) {
      shown.add(report.rows().get(i * (report.rows().size() - 1) / (examples + 1)));
    }
    for (Row row : shown) {
      System.out.printf(
          "%n%s  jaccard=%.2f%n  fast:     %s%n  accurate: %s%n",
          row.path(),
          row.jaccard(),
          String.join(" ", row.fast()),
          String.join(" ", row.accurate()));
    }
  }

  /** Parses every post under {@code corpus} and compares the two segmenters' top-10 terms. */
  public static Report evaluate(Path corpus) throws IOException {
    Map<String, Map<String, Integer>> fast = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> accurate = new LinkedHashMap<>();
    TermExtractor fastTerms = new TermExtractor(Segmenter.FAST);
    TermExtractor accurateTerms = new TermExtractor(Segmenter.ACCURATE);
    PostParser parser = new PostParser(ParserOptions.inZone("Asia/Shanghai"));
    for (Path file : postFiles(corpus)) {
      String relative = corpus.relativize(file).toString().replace('\\', '/');
      byte[] bytes = Files.readAllBytes(file);
      if (parser.parse(RawInput.file(relative, corpus.toString(), bytes, null)) instanceof Post p) {
        fast.put(relative, termCounts(fastTerms, p));
        accurate.put(relative, termCounts(accurateTerms, p));
      }
    }
    Map<String, List<String>> fastTop = topTerms(fast);
    Map<String, List<String>> accurateTop = topTerms(accurate);
    List<Row> rows = new ArrayList<>();
    double sum = 0;
    for (String path : fast.keySet()) {
      List<String> a = fastTop.get(path);
      List<String> b = accurateTop.get(path);
      Set<String> union = new HashSet<>(a);
      union.addAll(b);
      long shared = a.stream().filter(b::contains).count();
      double jaccard = union.isEmpty() ? 1 : (double) shared / union.size();
      rows.add(new Row(path, a, b, jaccard));
      sum += jaccard;
    }
    return new Report(rows.isEmpty() ? 0 : sum / rows.size(), rows);
  }

  /** Title then text, counts merged, as {@code PostFacts.of} does. */
  static Map<String, Integer> termCounts(TermExtractor extractor, Post post) {
    Map<String, Integer> terms = new LinkedHashMap<>();
    for (String text : new String[] {post.title(), post.text()}) {
      if (text != null && !text.isEmpty()) {
        extractor.termCounts(text).forEach((term, n) -> terms.merge(term, n, Integer::sum));
      }
    }
    return terms;
  }

  /** Each post's top terms by TF-IDF over all posts of the batch, as KeywordSteps ranks them. */
  static Map<String, List<String>> topTerms(Map<String, Map<String, Integer>> posts) {
    Map<String, Integer> df = new HashMap<>();
    posts.values().forEach(terms -> terms.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
    int n = posts.size();
    Map<String, List<String>> top = new LinkedHashMap<>();
    posts.forEach(
        (path, terms) -> {
          Comparator<Map.Entry<String, Double>> byScore =
              Map.Entry.<String, Double>comparingByValue().reversed();
          top.put(
              path,
              terms.entrySet().stream()
                  .map(e -> Map.entry(e.getKey(), e.getValue() * idf(n, df.get(e.getKey()))))
                  .sorted(byScore.thenComparing(Map.Entry.comparingByKey()))
                  .limit(TOP)
                  .map(Map.Entry::getKey)
                  .toList());
        });
    return top;
  }

  private static double idf(int posts, int df) {
    return Math.log((1.0 + posts) / (1.0 + df)) + 1;
  }

  /** Post files under {@code root} in path order, as the pipeline's default globs take them. */
  private static List<Path> postFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(
              p -> {
                String name = p.getFileName().toString();
                return !name.startsWith(".")
                    && (name.endsWith(".md")
                        || name.endsWith(".markdown")
                        || name.endsWith(".html"));
              })
          .sorted()
          .toList();
    }
  }
}
