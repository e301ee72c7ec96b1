package dev.posttrends.extract.spark;

import dev.posttrends.extract.Post;
import dev.posttrends.extract.PostMetrics;
import dev.posttrends.extract.Reject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
            (int) p.publishedDate().toEpochDay(),
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
    return RowFactory.create(POST, post, null, null);
  }

  static Row reject(Reject r, String sourcePath, String root, String format, long fileSize) {
    Row reject =
        RowFactory.create(
            sourcePath, root, format, r.message(), r.excerpt(), fileSize, r.reason().name());
    return RowFactory.create(REJECT, null, reject, null);
  }

  static Row file(String path, String format, long records) {
    return RowFactory.create(FILE, null, null, RowFactory.create(path, format, records));
  }

  private static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  private static Object seq(java.util.List<String> list) {
    return CollectionConverters.asScala(list).toSeq();
  }
}
