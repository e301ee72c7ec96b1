package dev.posttrends.extract;

import dev.posttrends.extract.dates.DateExtractor;
import dev.posttrends.extract.dates.DateMention;
import dev.posttrends.extract.entities.Entity;
import dev.posttrends.extract.entities.EntityFinder;
import dev.posttrends.extract.entities.TitleNames;
import dev.posttrends.extract.keywords.Phrase;
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
 * the names of companies, people, organizations, places and indices, and term counts for keywords
 * (a name is one term). Title first, then text, as a reader meets them. Build one per thread (per
 * Spark partition) and reuse it.
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

  /** A name found in the post, where it was found. */
  public record Name(Entity entity, boolean inTitle) {}

  /** All facts of a post. */
  public record Facts(
      List<Metric> metrics,
      List<NamedDate> dates,
      Map<String, PostTerms.Term> terms,
      List<Name> entities) {}

  private final MetricExtractor metricExtractor = new MetricExtractor();
  private final DateExtractor dateExtractor = new DateExtractor();
  private final TermExtractor termExtractor;
  private final EntityFinder entityFinder = new EntityFinder();

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
    List<Name> entities = new ArrayList<>();
    TermExtractor.Analysis[] analyses = new TermExtractor.Analysis[2];
    List<List<Entity>> found = new ArrayList<>(List.of(List.of(), List.of()));
    for (int part = 1; part >= 0; part--) { // the text first: the title may name what it anchors
      String text = part == 0 ? post.title() : post.text();
      if (text != null && !text.isEmpty()) {
        analyses[part] = termExtractor.analyze(text);
        found.set(part, entityFinder.find(analyses[part].text(), analyses[part].words()));
      }
    }
    if (analyses[0] != null) {
      found.set(0, TitleNames.withTextAnchors(analyses[0].text(), found.get(0), found.get(1)));
    }
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
      TermExtractor.Analysis analysis = analyses[inTitle ? 0 : 1];
      List<Entity> names = found.get(inTitle ? 0 : 1);
      List<Phrase> phrases = new ArrayList<>(names.size());
      for (Entity e : names) {
        // the analysis folds full-width forms char for char: the surface as written is at the
        // same offsets of the text
        String surface = text.substring(e.offset(), e.end());
        Entity written =
            new Entity(
                surface, e.name(), e.type(), e.code(), e.exchange(), e.foundBy(), e.offset());
        entities.add(new Name(written, inTitle));
        // the keyword is the name as this post writes it: its full form when the post gives one
        // (京城股份 and 京城机电股份), not a list's canonical form it never writes (恒指 → 恒生指数)
        boolean full = e.name().equals(surface) || writes(post, e.name());
        phrases.add(new Phrase(e.offset(), e.end(), full ? e.name() : surface));
      }
      // a body that opens with its title repeats every word pair of it: no evidence of compounds
      boolean repeated = inTitle && repeatsTitle(post.text(), text);
      termExtractor.addTerms(terms, analysis, phrases, inTitle, !repeated);
    }
    return new Facts(metrics, dates, terms.terms(), entities);
  }

  /**
   * Whether {@code text} opens with {@code title} word for word, punctuation and spaces aside
   * ({@code 港股半导体板块走高 英恒科技涨近8%} opens a text as {@code 港股半导体板块走高，英恒科技涨近8%，…}): only the text's
   * first {@code 2 × title + 40} chars are read.
   */
  static boolean repeatsTitle(String text, String title) {
    if (text == null) {
      return false;
    }
    String head = text.substring(0, Math.min(text.length(), 2 * title.length() + 40));
    return lettersOf(head).contains(lettersOf(title));
  }

  private static String lettersOf(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean writes(Post post, String name) {
    return (post.title() != null && post.title().contains(name))
        || (post.text() != null && post.text().contains(name));
  }

  private static String clause(String text, MetricMention m) {
    int start = Math.max(0, Math.min(m.clauseStart(), text.length()));
    int end = Math.max(start, Math.min(m.clauseEnd(), text.length()));
    return text.substring(start, end).strip();
  }
}
