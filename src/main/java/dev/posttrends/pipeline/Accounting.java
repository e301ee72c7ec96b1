package dev.posttrends.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Counts of a run, from two small aggregations (never the data itself), and the invariant they must
 * satisfy: every listed file was read, and its inputs = posts + rejects.
 */
public record Accounting(
    long filesListed,
    long filesExcluded,
    long filesRead,
    long jsonlFiles,
    long inputs,
    long posts,
    long rejects,
    Map<String, Long> rejectsByReason,
    long metrics,
    long dateMentions,
    long postTerms,
    List<String> executors) {

  /** Aggregates the listing and the extracted rows; a handful of rows reach the driver. */
  public static Accounting of(Dataset<Row> listing, Dataset<Row> extracted) {
    long listed = 0;
    long excluded = 0;
    for (Row row : listing.groupBy("is_included").agg(count(lit(1))).collectAsList()) {
      listed += row.getLong(1);
      excluded += row.getBoolean(0) ? 0 : row.getLong(1);
    }
    List<Row> kinds =
        extracted
            .groupBy(col("kind"), col("reject.reason"), col("file.format"))
            .agg(count(lit(1)), sum(col("file.records")))
            .collectAsList();
    long filesRead = 0;
    long jsonl = 0;
    long inputs = 0;
    long posts = 0;
    long rejects = 0;
    long metrics = 0;
    long dates = 0;
    long terms = 0;
    Map<String, Long> byReason = new TreeMap<>();
    for (Row row : kinds) {
      long n = row.getLong(3);
      switch (row.getString(0)) {
        case "post" -> posts += n;
        case "reject" -> {
          rejects += n;
          byReason.merge(row.getString(1), n, Long::sum);
        }
        case "metric" -> metrics += n;
        case "date" -> dates += n;
        case "term" -> terms += n;
        case "file" -> {
          filesRead += n;
          jsonl += "jsonl".equals(row.getString(2)) ? n : 0;
          inputs += row.isNullAt(4) ? 0 : row.getLong(4);
        }
        default -> throw new IllegalStateException("Unknown extracted row kind " + row.get(0));
      }
    }
    List<String> executors =
        extracted
            .where(col("kind").equalTo("file").and(col("file.executor_id").isNotNull()))
            .select(col("file.executor_id"))
            .distinct()
            .orderBy(col("executor_id"))
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList(); // one id per executor: a handful of strings
    return new Accounting(
        listed, excluded, filesRead, jsonl, inputs, posts, rejects, byReason, metrics, dates, terms,
        executors);
  }

  /** Fails the run when an input is unaccounted for: never lose a post silently. */
  public void check() {
    if (filesRead != filesListed - filesExcluded) {
      throw new IllegalStateException(
          String.format(
              "Accounting failed: %d files listed for reading but %d read",
              filesListed - filesExcluded, filesRead));
    }
    if (inputs != posts + rejects) {
      throw new IllegalStateException(
          String.format(
              "Accounting failed: %d inputs but %d posts + %d rejects", inputs, posts, rejects));
    }
  }

  /** One line for the driver log: files, inputs, posts, rejects by reason, facts. */
  @Override
  public String toString() {
    return String.format(
        "%d files: %d inputs -> %d posts, %d rejects %s; %d metric mentions, %d date mentions,"
            + " %d (post, term) pairs",
        filesRead, inputs, posts, rejects, rejectsByReason, metrics, dateMentions, postTerms);
  }

  public double rejectFraction() {
    return inputs == 0 ? 0.0 : (double) rejects / inputs;
  }
}
