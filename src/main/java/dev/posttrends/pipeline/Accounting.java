package dev.posttrends.pipeline;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
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

  /** Aggregates the listing and the raw rows; a handful of rows reach the driver. */
  public static Accounting of(Dataset<Row> listing, Dataset<Row> raw) {
    long listed = 0;
    long excluded = 0;
    for (Row row : listing.groupBy("is_included").agg(count(lit(1))).collectAsList()) {
      listed += row.getLong(1);
      excluded += row.getBoolean(0) ? 0 : row.getLong(1);
    }
    List<Row> kinds =
        raw.groupBy(col("kind"), col("reject.reason"), col("format"), not(col("has_post")))
            .agg(
                count(lit(1)),
                sum(col("records")),
                sum(facts("metric_count")),
                sum(facts("date_count")),
                sum(facts("term_count")),
                // which executors read files: a handful of ids, in the same pass
                collect_set(col("executor_id")))
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
    java.util.SortedSet<String> executors = new java.util.TreeSet<>();
    for (Row row : kinds) {
      if ("file".equals(row.getString(0))) {
        executors.addAll(row.getList(9));
      }
      long n = row.getLong(4);
      if ("file".equals(row.getString(0))) {
        filesRead += n;
        jsonl += "jsonl".equals(row.getString(2)) ? n : 0;
        inputs += row.isNullAt(5) ? 0 : row.getLong(5);
      } else if (!row.getBoolean(3)) {
        posts += n;
        metrics += row.getLong(6);
        dates += row.getLong(7);
        terms += row.getLong(8);
      } else if (!row.isNullAt(1)) {
        rejects += n;
        byReason.merge(row.getString(1), n, Long::sum);
      } else {
        throw new IllegalStateException("A raw input row holds neither a post nor a reject");
      }
    }
    return new Accounting(
        listed,
        excluded,
        filesRead,
        jsonl,
        inputs,
        posts,
        rejects,
        byReason,
        metrics,
        dates,
        terms,
        List.copyOf(executors));
  }

  /** A post's number of facts of one kind; 0 on other rows. */
  private static Column facts(String countColumn) {
    return coalesce(col(countColumn), lit(0)).cast("long");
  }

  /** The counts an earlier run recorded in its manifest (a rerun that found nothing new). */
  static Accounting fromManifest(com.fasterxml.jackson.databind.node.ObjectNode m) {
    Map<String, Long> byReason = new TreeMap<>();
    m.path("rejects")
        .path("by_reason")
        .fields()
        .forEachRemaining(e -> byReason.put(e.getKey(), e.getValue().asLong()));
    List<String> executors = new java.util.ArrayList<>();
    m.path("executors").forEach(e -> executors.add(e.asText()));
    com.fasterxml.jackson.databind.JsonNode inputs = m.path("inputs");
    com.fasterxml.jackson.databind.JsonNode tables = m.path("tables");
    return new Accounting(
        inputs.path("files_listed").asLong(),
        inputs.path("files_excluded").asLong(),
        inputs.path("files_read").asLong(),
        inputs.path("jsonl_files").asLong(),
        inputs.path("total").asLong(),
        m.path("posts").asLong(),
        m.path("rejects").path("total").asLong(),
        byReason,
        tables.path("metrics").path("rows").asLong(),
        tables.path("date_mentions").path("rows").asLong(),
        m.path("post_terms").asLong(),
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
