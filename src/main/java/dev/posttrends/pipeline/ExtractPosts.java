package dev.posttrends.pipeline;

import dev.posttrends.extract.ParseOutcome;
import dev.posttrends.extract.ParserOptions;
import dev.posttrends.extract.Post;
import dev.posttrends.extract.PostFacts;
import dev.posttrends.extract.PostParser;
import dev.posttrends.extract.Reject;
import dev.posttrends.extract.RejectReason;
import dev.posttrends.extract.keywords.Segmenter;
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
 * partition. Emits {@link Schemas#RAW} rows: one {@code input} row per input (its post with the
 * post's facts nested, or its reject), then one {@code file} row per file with the number of inputs
 * it held, so the driver can prove that nothing was lost. Holds only serializable configuration.
 */
public final class ExtractPosts implements MapPartitionsFunction<Row, Row> {

  private final SerializableConfiguration hadoopConf;
  private final ParserOptions options;
  private final long maxFileBytes;
  private final Segmenter segmenter;

  public ExtractPosts(
      SerializableConfiguration hadoopConf,
      ParserOptions options,
      long maxFileBytes,
      Segmenter segmenter) {
    this.hadoopConf = hadoopConf;
    this.options = options;
    this.maxFileBytes = maxFileBytes;
    this.segmenter = segmenter;
  }

  /** Listing rows (included files only) in, raw rows out. */
  public static Dataset<Row> extractPosts(Dataset<Row> files, ExtractPosts function) {
    return files.mapPartitions(function, Encoders.row(Schemas.RAW));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    PostParser parser = new PostParser(options);
    PostFacts facts = new PostFacts(segmenter);
    // which executor read the files: recorded in the manifest, proof of a distributed run
    String executorId = SparkEnv.get() == null ? null : SparkEnv.get().executorId();
    InputReader reader = new InputReader(hadoopConf.value(), maxFileBytes);
    return new Iterator<>() {
      private final ArrayDeque<Row> pending = new ArrayDeque<>();
      private Iterator<InputReader.Item> items;
      private ExtractedRows.ListedFile file;
      private long records;

      @Override
      public boolean hasNext() {
        while (pending.isEmpty()) {
          if (items != null && items.hasNext()) {
            records++;
            addRow(items.next());
          } else if (items != null) {
            pending.add(ExtractedRows.file(file, records, executorId));
            items = null;
          } else if (files.hasNext()) {
            Row listed = files.next();
            file =
                new ExtractedRows.ListedFile(
                    listed.getString(0),
                    listed.getString(1),
                    listed.getString(2),
                    listed.getString(5),
                    listed.getLong(3),
                    listed.getLong(4));
            records = 0;
            items =
                reader.read(
                    file.path(),
                    file.root(),
                    file.relative(),
                    file.size(),
                    file.modified(),
                    file.format());
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
      private void addRow(InputReader.Item item) {
        if (item.failure() != null) {
          addReject(item.failure(), file.relative(), file.format());
          return;
        }
        ParseOutcome outcome = parser.parse(item.input());
        if (outcome instanceof Post post) {
          addPost(post);
          return;
        }
        addReject((Reject) outcome, item.input().sourcePath(), item.input().format());
      }

      private void addReject(Reject reject, String sourcePath, String format) {
        pending.add(
            ExtractedRows.reject(
                file,
                ExtractedRows.rejectStruct(reject, sourcePath, file.root(), format, file.size())));
      }

      /**
       * A post and its facts. An extractor failure costs the post its facts, never the post: the
       * post is kept with a {@code FACTS_FAILED} note saying why. A post the table cannot hold is
       * an {@code INTERNAL_ERROR} reject.
       */
      private void addPost(Post read) {
        Post post = read;
        PostFacts.Facts found;
        try {
          found = facts.of(read);
        } catch (RuntimeException | StackOverflowError e) {
          found = null;
          post = read.withParseNote("FACTS_FAILED: " + e);
        }
        try {
          pending.add(ExtractedRows.post(file, post, found));
        } catch (RuntimeException e) { // a value the table cannot hold: a bug, but accounted for
          addReject(
              Reject.of(
                  RejectReason.INTERNAL_ERROR,
                  "Cannot store post " + post.sourcePath() + ": " + e,
                  post.text()),
              post.sourcePath(),
              post.sourceFormat());
        }
      }
    };
  }
}
