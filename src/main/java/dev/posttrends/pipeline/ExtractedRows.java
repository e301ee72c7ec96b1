package dev.posttrends.pipeline;

import dev.posttrends.extract.Post;
import dev.posttrends.extract.PostFacts;
import dev.posttrends.extract.PostMetrics;
import dev.posttrends.extract.Reject;
import dev.posttrends.extract.dates.DateMention;
import dev.posttrends.extract.entities.Entity;
import dev.posttrends.extract.keywords.PostTerms;
import dev.posttrends.extract.metrics.MetricMention;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Plain Java results to rows of {@code Schemas.RAW}, field for field in schema order: per file one
 * {@code file} row and one {@code input} row per input, a post with its facts nested or a reject.
 * Timestamps go out as epoch microseconds and dates as epoch days (see {@code
 * Schemas.adapterForm}).
 */
final class ExtractedRows {

  static final String FILE = "file";
  static final String INPUT = "input";

  private ExtractedRows() {}

  /** The listed file a row belongs to: the first columns of every raw row. */
  record ListedFile(
      String path, String root, String relative, String format, long size, long modified) {}

  static Row file(ListedFile f, long records, String executorId) {
    return RowFactory.create(
        f.path(),
        FILE,
        f.root(),
        f.relative(),
        f.format(),
        f.size(),
        f.modified(),
        records,
        executorId,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        null);
  }

  static Row reject(ListedFile f, Row reject) {
    return RowFactory.create(
        f.path(),
        INPUT,
        f.root(),
        f.relative(),
        f.format(),
        f.size(),
        f.modified(),
        null,
        null,
        null,
        reject,
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        null);
  }

  /** A post's input row; {@code facts} null when extraction failed (no facts, a parse note). */
  static Row post(ListedFile f, Post p, PostFacts.Facts facts) {
    Object[] metrics = new Object[facts == null ? 0 : facts.metrics().size()];
    Object[] dates = new Object[facts == null ? 0 : facts.dates().size()];
    List<Row> terms = new java.util.ArrayList<>();
    Object[] entities = new Object[facts == null ? 0 : facts.entities().size()];
    if (facts != null) {
      for (int i = 0; i < entities.length; i++) {
        entities[i] = entity(facts.entities().get(i), i + 1);
      }
      for (int i = 0; i < metrics.length; i++) {
        metrics[i] = metric(p, facts.metrics().get(i), i + 1);
      }
      for (int i = 0; i < dates.length; i++) {
        dates[i] = date(p, facts.dates().get(i), i + 1);
      }
      facts.terms().forEach((term, t) -> terms.add(term(term, t)));
    }
    return RowFactory.create(
        f.path(),
        INPUT,
        f.root(),
        f.relative(),
        f.format(),
        f.size(),
        f.modified(),
        null,
        null,
        postStruct(p),
        null,
        seq(metrics),
        seq(dates),
        seq(terms.toArray()),
        seq(entities),
        true,
        metrics.length,
        dates.length,
        terms.size());
  }

  private static Row postStruct(Post p) {
    PostMetrics m = p.metrics();
    return RowFactory.create(
        p.postId(),
        p.sourcePath(),
        p.inputRoot(),
        p.originalPath(),
        p.sourceFormat(),
        p.sourceEncoding(),
        p.title(),
        p.slug(),
        p.layout(),
        micros(p.publishedAt()),
        day(p.publishedDate()),
        p.dateSource(),
        p.offsetAssumed(),
        p.category(),
        seq(p.categories()),
        seq(p.tags()),
        p.published(),
        p.frontMatterLenient(),
        p.text(),
        p.sourceName(),
        p.sourceUrl(),
        m.charCount(),
        m.cjkCharCount(),
        m.wordCount(),
        m.paragraphCount(),
        m.linkCount(),
        m.imageCount(),
        m.readingMinutes(),
        p.contentHash(),
        p.frontMatterJson(),
        seq(p.parseNotes()),
        p.fileSize(),
        p.fileModifiedMillis() == null ? null : p.fileModifiedMillis() * 1000L,
        p.publishedMonth());
  }

  static Row rejectStruct(Reject r, String sourcePath, String root, String format, long fileSize) {
    return RowFactory.create(
        sourcePath, root, format, r.message(), r.excerpt(), fileSize, r.reason().name());
  }

  private static Row metric(Post p, PostFacts.Metric f, int ordinal) {
    MetricMention m = f.mention();
    return RowFactory.create( // without the post's columns: Schemas.factForm
        ordinal,
        m.surface(),
        figure(m.value()),
        figure(m.valueHigh()),
        m.unit(),
        m.kind(),
        m.change(),
        m.approx(),
        m.subject(),
        f.sentence(),
        m.charOffset(),
        f.inTitle(),
        day(f.periodStart()),
        day(f.periodEnd()));
  }

  private static Row date(Post p, PostFacts.NamedDate f, int ordinal) {
    DateMention d = f.mention();
    return RowFactory.create( // without the post's columns: Schemas.factForm
        ordinal,
        d.surface(),
        day(d.start()),
        day(d.end()),
        d.resolution(),
        d.charOffset(),
        f.inTitle(),
        d.isComparisonBase());
  }

  private static Row entity(PostFacts.Name n, int ordinal) {
    Entity e = n.entity();
    // without the post's columns: Schemas.factForm
    return RowFactory.create(
        ordinal,
        e.surface(),
        e.name(),
        e.type(),
        e.code(),
        e.exchange(),
        e.foundBy(),
        e.offset(),
        n.inTitle());
  }

  private static Row term(String term, PostTerms.Term t) {
    // without the post's columns: Schemas.factForm
    return RowFactory.create(term, t.count(), t.inTitle(), t.compound());
  }

  /** DECIMAL(38,6): six decimals, rounded half-up (a value never needs more). */
  private static BigDecimal figure(BigDecimal value) {
    return value == null ? null : value.setScale(6, RoundingMode.HALF_UP);
  }

  /**
   * Spark's timestamp: microseconds since the epoch. Not {@code ChronoUnit.MICROS.between}, which
   * counts in nanoseconds first and overflows after the year 2262 (a post dated 9999-12-31).
   */
  private static long micros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
  }

  private static Integer day(LocalDate date) {
    return date == null ? null : (int) date.toEpochDay();
  }

  private static Object seq(List<String> list) {
    return CollectionConverters.asScala(list).toSeq();
  }

  private static Object seq(Object[] values) {
    return scala.collection.immutable.ArraySeq.unsafeWrapArray(values);
  }
}
