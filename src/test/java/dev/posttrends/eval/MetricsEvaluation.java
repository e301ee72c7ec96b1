package dev.posttrends.eval;

import dev.posttrends.extract.PostParser;
import dev.posttrends.extract.metrics.MetricExtractor;
import dev.posttrends.extract.metrics.MetricMention;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores {@link MetricExtractor} on {@code gold/dev.jsonl}: a prediction matches a gold mention of
 * the same post with equal kind and unit and a value within 0.1 % (greedy in reading order, each
 * gold mention used once); precision, recall and F1 are micro-averaged over all mentions, change
 * and approx are accuracies over matched mentions. Usage: {@code MetricsEvaluation [goldDir]}.
 */
public final class MetricsEvaluation {

  private static final BigDecimal TOLERANCE = new BigDecimal("0.001");

  private MetricsEvaluation() {}

  /** The scores and every disagreement, printable with {@link #toString()}. */
  public record Report(
      int gold,
      int predicted,
      int matched,
      int changeAgree,
      int approxAgree,
      List<String> misses,
      List<String> disagreements) {

    public double precision() {
      return Gold.ratio(matched, predicted);
    }

    public double recall() {
      return Gold.ratio(matched, gold);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      s.append(
          String.format("metrics: gold %d, predicted %d, matched %d%n", gold, predicted, matched));
      s.append(
          String.format(
              "precision %s  recall %s  F1 %s%n",
              Gold.percent(precision()), Gold.percent(recall()), Gold.percent(f1())));
      s.append(
          String.format(
              "change accuracy %s (%d/%d)  approx accuracy %s (%d/%d)%n",
              Gold.percent(Gold.ratio(changeAgree, matched)),
              changeAgree,
              matched,
              Gold.percent(Gold.ratio(approxAgree, matched)),
              approxAgree,
              matched));
      s.append(String.format("misses (%d):%n", misses.size()));
      misses.forEach(m -> s.append("  ").append(m).append('\n'));
      s.append(String.format("change/approx disagreements (%d):%n", disagreements.size()));
      disagreements.forEach(d -> s.append("  ").append(d).append('\n'));
      return s.toString();
    }
  }

  public static void main(String[] args) {
    Path goldDir = Path.of(args.length > 0 ? args[0] : "../shared/gold");
    System.out.print(evaluate(goldDir));
  }

  public static Report evaluate(Path goldDir) {
    MetricExtractor extractor = new MetricExtractor();
    int gold = 0;
    int predicted = 0;
    int matched = 0;
    int changeAgree = 0;
    int approxAgree = 0;
    List<String> misses = new ArrayList<>();
    List<String> disagreements = new ArrayList<>();
    for (Gold.MetricPost post : Gold.readMetrics(goldDir.resolve("dev.jsonl"))) {
      List<MetricMention> predictions = predict(extractor, goldDir, post.file(), misses);
      List<Gold.Metric> open = new ArrayList<>(post.mentions());
      gold += open.size();
      predicted += predictions.size();
      for (MetricMention p : predictions) {
        Gold.Metric g = firstMatch(open, p);
        if (g == null) {
          misses.add("FP " + post.file() + ": " + describe(p));
          continue;
        }
        open.remove(g);
        matched++;
        boolean changeOk = Objects.equals(g.change(), p.change());
        boolean approxOk = g.approx() == p.approx();
        changeAgree += changeOk ? 1 : 0;
        approxAgree += approxOk ? 1 : 0;
        if (!changeOk || !approxOk) {
          disagreements.add(
              String.format(
                  "%s: %s change gold=%s got=%s, approx gold=%s got=%s",
                  post.file(), p.surface(), g.change(), p.change(), g.approx(), p.approx()));
        }
      }
      for (Gold.Metric g : open) {
        misses.add(
            String.format(
                "FN %s: %s = %s %s %s",
                post.file(), g.surface(), Gold.plain(g.value()), g.unit(), g.kind()));
      }
    }
    return new Report(gold, predicted, matched, changeAgree, approxAgree, misses, disagreements);
  }

  /** Mentions of the title, then of the text, as the pipeline reads the post. */
  private static List<MetricMention> predict(
      MetricExtractor extractor, Path goldDir, String file, List<String> misses) {
    List<MetricMention> out = new ArrayList<>();
    if (!Files.isRegularFile(goldDir.resolve("posts").resolve(file))) {
      misses.add("MISSING post file " + file);
      return out;
    }
    PostParser.TitleAndText post = Gold.readPost(goldDir, file);
    if (post == null) {
      misses.add("UNREADABLE post file " + file);
      return out;
    }
    if (post.title() != null) {
      out.addAll(extractor.extract(post.title()));
    }
    out.addAll(extractor.extract(post.text()));
    return out;
  }

  private static Gold.Metric firstMatch(List<Gold.Metric> open, MetricMention p) {
    for (Gold.Metric g : open) {
      if (g.kind().equals(p.kind()) && g.unit().equals(p.unit()) && close(g.value(), p.value())) {
        return g;
      }
    }
    return null;
  }

  private static boolean close(BigDecimal gold, BigDecimal got) {
    if (gold.signum() == 0) {
      return got.signum() == 0;
    }
    BigDecimal rel = gold.subtract(got).abs().divide(gold.abs(), MathContext.DECIMAL64);
    return rel.compareTo(TOLERANCE) <= 0;
  }

  private static String describe(MetricMention p) {
    return String.format(
        "%s = %s%s %s %s",
        p.surface(),
        Gold.plain(p.value()),
        p.valueHigh() == null ? "" : ".." + Gold.plain(p.valueHigh()),
        p.unit(),
        p.kind());
  }
}
