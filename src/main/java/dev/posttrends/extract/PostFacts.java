package dev.posttrends.extract;

import dev.posttrends.extract.dates.DateExtractor;
import dev.posttrends.extract.dates.DateMention;
import dev.posttrends.extract.keywords.PostTerms;
import dev.posttrends.extract.keywords.Segmenter;
import dev.posttrends.extract.keywords.TermExtractor;
import dev.posttrends.extract.metrics.MetricExtractor;
import dev.posttrends.extract.metrics.MetricMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The facts of one post: metric mentions linked to the period they cover, dates named in the text,
 * and term counts for keywords. Title first, then text, as a reader meets them. Build one per
 * thread (per Spark partition) and reuse it.
 */
public final class PostFacts {

  /** A metric mention where it was found, with its clause and period. */
  public record Metric(
      MetricMention mention,
      boolean inTitle,
      String sentence,
      LocalDate periodStart,
      LocalDate periodEnd) {}

  /** A date mention where it was found. */
  public record NamedDate(DateMention mention, boolean inTitle) {}

  /** All facts of a post. */
  public record Facts(
      List<Metric> metrics, List<NamedDate> dates, Map<String, PostTerms.Term> terms) {}

  private final MetricExtractor metricExtractor = new MetricExtractor();
  private final DateExtractor dateExtractor = new DateExtractor();
  private final TermExtractor termExtractor;

  /** Facts with the default keyword segmenter. */
  public PostFacts() {
    this(Segmenter.DEFAULT);
  }

  /** Facts whose keyword terms come from {@code segmenter}. */
  public PostFacts(Segmenter segmenter) {
    this.termExtractor = new TermExtractor(segmenter);
  }

  public Facts of(Post post) {
    List<Metric> metrics = new ArrayList<>();
    List<NamedDate> dates = new ArrayList<>();
    PostTerms terms = new PostTerms();
    for (boolean inTitle : new boolean[] {true, false}) {
      String text = inTitle ? post.title() : post.text();
      if (text == null || text.isEmpty()) {
        continue;
      }
      List<DateMention> named = dateExtractor.extract(text, post.publishedDate());
      named.forEach(d -> dates.add(new NamedDate(d, inTitle)));
      for (MetricMention m : metricExtractor.extract(text)) {
        DateMention period = PeriodLinker.periodOf(m, named, text);
        metrics.add(
            new Metric(
                m,
                inTitle,
                clause(text, m),
                period == null ? null : period.start(),
                period == null ? null : period.end()));
      }
      TermExtractor.Analysis analysis = termExtractor.analyze(text);
      termExtractor.addTerms(terms, analysis, List.of(), inTitle);
    }
    return new Facts(metrics, dates, terms.terms());
  }

  private static String clause(String text, MetricMention m) {
    int start = Math.max(0, Math.min(m.clauseStart(), text.length()));
    int end = Math.max(start, Math.min(m.clauseEnd(), text.length()));
    return text.substring(start, end).strip();
  }
}
