package dev.posttrends.extract.spark;

import dev.posttrends.extract.Post;
import dev.posttrends.extract.PostFacts;
import dev.posttrends.extract.PostMetrics;
import dev.posttrends.extract.Reject;
import dev.posttrends.extract.dates.DateMention;
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
 * Plain Java results to rows of {@code Schemas.EXTRACTED}, field for field in schema order.
 * Timestamps go out as epoch microseconds and dates as epoch days (see {@code
 * Schemas.adapterForm}).
 */
final class ExtractedRows {

  static final String POST = "post";
  static final String REJECT = "reject";
  static final String FILE = "file";
  static final String METRIC = "metric";
  static final String DATE = "date";
  static final String TERM = "term";

  private ExtractedRows() {}

  static Row post(Post p) {
    PostMetrics m = p.metrics();
    Row post =
        RowFactory.create(
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
    return of(POST, post);
  }

  static Row reject(Reject r, String sourcePath, String root, String format, long fileSize) {
    return of(
        REJECT,
        RowFactory.create(
            sourcePath, root, format, r.message(), r.excerpt(), fileSize, r.reason().name()));
  }

  static Row file(String path, String format, long records, String executorId) {
    return of(FILE, RowFactory.create(path, format, records, executorId));
  }

  static Row metric(Post p, PostFacts.Metric f, int ordinal) {
    MetricMention m = f.mention();
    return of(
        METRIC,
        RowFactory.create(
            p.postId(),
            p.sourcePath(),
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
            day(f.periodEnd()),
            p.category(),
            day(p.publishedDate()),
            p.publishedMonth()));
  }

  static Row date(Post p, PostFacts.NamedDate f, int ordinal) {
    DateMention d = f.mention();
    return of(
        DATE,
        RowFactory.create(
            p.postId(),
            p.sourcePath(),
            ordinal,
            d.surface(),
            day(d.start()),
            day(d.end()),
            d.resolution(),
            d.charOffset(),
            f.inTitle(),
            d.isComparisonBase(),
            p.category(),
            day(p.publishedDate()),
            p.publishedMonth()));
  }

  static Row term(Post p, String term, int count) {
    return of(TERM, RowFactory.create(p.postId(), term, count, p.publishedMonth()));
  }

  /** A row of kind {@code kind} with its struct in the kind's field and nulls elsewhere. */
  private static Row of(String kind, Row struct) {
    Object[] fields = new Object[7];
    fields[0] = kind;
    fields[1 + List.of(POST, REJECT, FILE, METRIC, DATE, TERM).indexOf(kind)] = struct;
    return RowFactory.create(fields);
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
}
