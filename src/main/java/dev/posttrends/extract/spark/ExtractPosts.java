package dev.posttrends.extract.spark;

import dev.posttrends.extract.ParseOutcome;
import dev.posttrends.extract.ParserOptions;
import dev.posttrends.extract.Post;
import dev.posttrends.extract.PostFacts;
import dev.posttrends.extract.PostParser;
import dev.posttrends.extract.Reject;
import dev.posttrends.extract.RejectReason;
import dev.posttrends.ingest.InputReader;
import dev.posttrends.io.Schemas;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Reads listed files and parses every input with the pure-Java {@link PostParser}, built once per
 * partition. Emits {@link Schemas#EXTRACTED} rows: one {@code post} or {@code reject} per input,
 * then one {@code file} row per file with the number of inputs it held, so the driver can prove
 * that nothing was lost. Holds only serializable configuration.
 */
public final class ExtractPosts implements MapPartitionsFunction<Row, Row> {

  private final SerializableConfiguration hadoopConf;
  private final ParserOptions options;
  private final long maxFileBytes;

  public ExtractPosts(
      SerializableConfiguration hadoopConf, ParserOptions options, long maxFileBytes) {
    this.hadoopConf = hadoopConf;
    this.options = options;
    this.maxFileBytes = maxFileBytes;
  }

  /** Listing rows (included files only) in, extracted rows out. */
  public static Dataset<Row> extractPosts(Dataset<Row> files, ExtractPosts function) {
    return files.mapPartitions(function, Encoders.row(Schemas.EXTRACTED));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    PostParser parser = new PostParser(options);
    PostFacts facts = new PostFacts();
    // which executor read the files: recorded in the manifest, proof of a distributed run
    String executorId = SparkEnv.get() == null ? null : SparkEnv.get().executorId();
    InputReader reader = new InputReader(hadoopConf.value(), maxFileBytes);
    return new Iterator<>() {
      private final ArrayDeque<Row> pending = new ArrayDeque<>();
      private Iterator<InputReader.Item> items;
      private Row file;
      private long records;

      @Override
      public boolean hasNext() {
        while (pending.isEmpty()) {
          if (items != null && items.hasNext()) {
            records++;
            addRows(items.next());
          } else if (items != null) {
            pending.add(
                ExtractedRows.file(file.getString(0), file.getString(5), records, executorId));
            items = null;
          } else if (files.hasNext()) {
            file = files.next();
            records = 0;
            items =
                reader.read(
                    file.getString(0),
                    file.getString(1),
                    file.getString(2),
                    file.getLong(3),
                    file.getLong(4),
                    file.getString(5));
          } else {
            return false;
          }
        }
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.poll();
      }

      /** The input's post (and its facts) or its reject. */
      private void addRows(InputReader.Item item) {
        if (item.failure() != null) {
          pending.add(
              ExtractedRows.reject(
                  item.failure(),
                  file.getString(2),
                  file.getString(1),
                  file.getString(5),
                  file.getLong(3)));
          return;
        }
        ParseOutcome outcome = parser.parse(item.input());
        if (outcome instanceof Post post) {
          addPostAndFacts(post);
          return;
        }
        pending.add(
            ExtractedRows.reject(
                (Reject) outcome,
                item.input().sourcePath(),
                file.getString(1),
                item.input().format(),
                file.getLong(3)));
      }

      /**
       * A post and its facts. An extractor failure costs the post its facts, never the post: the
       * post is kept with a {@code FACTS_FAILED} note saying why.
       */
      private void addPostAndFacts(Post read) {
        Post post = read;
        PostFacts.Facts found;
        try {
          found = facts.of(read);
        } catch (RuntimeException | StackOverflowError e) {
          found = null;
          post = read.withParseNote("FACTS_FAILED: " + e);
        }
        addPostRows(post, found);
      }

      /** The post's row (a post the table cannot hold is an INTERNAL_ERROR reject), its facts. */
      private void addPostRows(Post post, PostFacts.Facts found) {
        Row row;
        try {
          row = ExtractedRows.post(post);
        } catch (RuntimeException e) { // a value the table cannot hold: a bug, but accounted for
          pending.add(
              ExtractedRows.reject(
                  Reject.of(
                      RejectReason.INTERNAL_ERROR,
                      "Cannot store post " + post.sourcePath() + ": " + e,
                      post.text()),
                  post.sourcePath(),
                  file.getString(1),
                  post.sourceFormat(),
                  file.getLong(3)));
          return;
        }
        pending.add(row);
        if (found == null) {
          return;
        }
        int ordinal = 0;
        for (PostFacts.Metric metric : found.metrics()) {
          pending.add(ExtractedRows.metric(post, metric, ++ordinal));
        }
        ordinal = 0;
        for (PostFacts.NamedDate date : found.dates()) {
          pending.add(ExtractedRows.date(post, date, ++ordinal));
        }
        found.terms().forEach((term, n) -> pending.add(ExtractedRows.term(post, term, n)));
      }
    };
  }
}
