package dev.posttrends.eval;

import dev.posttrends.extract.ParserOptions;
import dev.posttrends.extract.PostParser;
import dev.posttrends.extract.dates.DateExtractor;
import dev.posttrends.extract.dates.DateMention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores {@link DateExtractor} against {@code gold/dates_dev.jsonl}: a prediction matches a gold
 * mention of the same post with the same interval (greedy in reading order, each gold used once).
 * Precision, recall and F1 are micro-averaged; resolution accuracy is over the matches.
 */
public final class DatesEvaluation {

  private DatesEvaluation() {}

  /** One unmatched mention: a false negative (gold) or a false positive (predicted). */
  public record Miss(String kind, String file, String surface, String start, String end) {}

  /** The scores and the misses behind them. */
  public record Report(
      int gold, int predicted, int matched, int resolutionAgreed, List<Miss> misses) {

    public double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double resolutionAccuracy() {
      return matched == 0 ? 0 : (double) resolutionAgreed / matched;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      sb.append(
          String.format(
              Locale.ROOT,
              "dates: P=%.3f R=%.3f F1=%.3f resolution=%.3f (gold %d, predicted %d, matched %d)%n",
              precision(),
              recall(),
              f1(),
              resolutionAccuracy(),
              gold,
              predicted,
              matched));
      for (Miss m : misses) {
        sb.append(
            String.format(
                "  %s %s '%s' %s..%s%n", m.kind(), m.file(), m.surface(), m.start(), m.end()));
      }
      return sb.toString();
    }
  }

  public static void main(String[] args) {
    Path goldDir = Path.of(args.length > 0 ? args[0] : "../shared/gold");
    System.out.print(evaluate(goldDir));
  }

  /** Runs the extractor on every post with a reference date and scores it. */
  public static Report evaluate(Path goldDir) {
    PostParser parser = new PostParser(ParserOptions.inZone("Asia/Shanghai"));
    DateExtractor extractor = new DateExtractor();
    int gold = 0;
    int predicted = 0;
    int matched = 0;
    int agreed = 0;
    List<Miss> misses = new ArrayList<>();
    for (DatesGold.Entry entry : DatesGold.read(goldDir.resolve("dates_dev.jsonl"))) {
      if (entry.reference() == null) {
        continue;
      }
      List<DateMention> found = predict(parser, extractor, goldDir, entry);
      List<DatesGold.Mention> open = new ArrayList<>(entry.mentions());
      gold += open.size();
      predicted += found.size();
      for (DateMention p : found) {
        DatesGold.Mention hit = firstSameInterval(open, p);
        if (hit == null) {
          misses.add(new Miss("FP", entry.file(), p.surface(), "" + p.start(), "" + p.end()));
          continue;
        }
        open.remove(hit);
        matched++;
        agreed += hit.resolution().equals(p.resolution()) ? 1 : 0;
      }
      for (DatesGold.Mention g : open) {
        misses.add(new Miss("FN", entry.file(), g.surface(), "" + g.start(), "" + g.end()));
      }
    }
    return new Report(gold, predicted, matched, agreed, misses);
  }

  private static List<DateMention> predict(
      PostParser parser, DateExtractor extractor, Path goldDir, DatesGold.Entry entry) {
    Path file = goldDir.resolve("posts").resolve(entry.file());
    String fileText;
    try {
      fileText = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read gold post " + file + ": " + e.getMessage(), e);
    }
    PostParser.TitleAndText post = parser.readTitleAndText(entry.file(), fileText);
    List<DateMention> found = new ArrayList<>();
    if (post != null) {
      if (post.title() != null) {
        found.addAll(extractor.extract(post.title(), entry.reference()));
      }
      found.addAll(extractor.extract(post.text(), entry.reference()));
    }
    return found;
  }

  private static DatesGold.Mention firstSameInterval(List<DatesGold.Mention> open, DateMention p) {
    for (DatesGold.Mention g : open) {
      if (g.start().equals(p.start()) && g.end().equals(p.end())) {
        return g;
      }
    }
    return null;
  }
}
