package dev.posttrends.pipeline;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Named Dataset-to-Dataset steps that rank the terms of each post by TF-IDF over the batch.
 *
 * <p>Input rows come from {@code extract.keywords.TermExtractor}: one row per (post, term) with
 * {@code tf}, the term's occurrences in the post. Everything here is Column expressions and one
 * aggregation, so Catalyst plans it and nothing funnels through the driver.
 */
public final class KeywordSteps {

  private KeywordSteps() {}

  /**
   * Adds {@code df}, {@code idf} and {@code tfidf} to {@code postTerms} (columns {@code post_id},
   * {@code term}, {@code tf}; one row per post and term).
   *
   * <p>{@code df} is the number of posts containing the term, counted in Spark. {@code idf} is the
   * smooth inverse document frequency {@code ln((1 + N) / (1 + df)) + 1}, as in scikit-learn's
   * default: the ones added inside the logarithm act as one extra post holding every term, so no
   * division by zero, and the outer {@code + 1} keeps a term found in every post at weight 1
   * instead of 0. {@code tfidf = tf * idf}.
   *
   * @param postCount N, the number of posts in the batch, including posts without terms (they make
   *     every term rarer); at least the number of distinct {@code post_id}s
   * @return columns {@code post_id, term, tf, df (long), idf (double), tfidf (double)}, then any
   *     other columns of {@code postTerms}
   */
  public static Dataset<Row> withTfIdf(Dataset<Row> postTerms, long postCount) {
    if (postCount < 0) {
      throw new IllegalArgumentException(
          "Cannot score terms of a negative post count: " + postCount);
    }
    // One row per (post, term) makes a row count equal the distinct post count, without the
    // extra distinct aggregation of countDistinct.
    Dataset<Row> documentFrequency = postTerms.groupBy("term").agg(count(lit(1)).as("df"));
    Column idf = log(lit((double) (1 + postCount)).divide(col("df").plus(1))).plus(1);
    // The vocabulary is small next to the (post, term) pairs (tens of thousands of terms against
    // millions of pairs): broadcast it, so the pairs are not shuffled by term for the join.
    return postTerms
        .join(broadcast(documentFrequency), "term")
        .withColumn("idf", idf)
        .withColumn("tfidf", col("tf").cast("double").multiply(col("idf")))
        .select(columns(postTerms, "post_id", "term", "tf", "df", "idf", "tfidf"));
  }

  /**
   * The {@code topN} terms of each post by {@code tfidf} descending, ties broken by {@code term}
   * ascending so that reruns rank identically.
   *
   * @param scored rows of {@link #withTfIdf}
   * @return columns {@code post_id, term, tf, tfidf, rank} with {@code rank} an int from 1, then
   *     the other columns of {@code scored} but {@code df} and {@code idf}
   */
  public static Dataset<Row> topTermsPerPost(Dataset<Row> scored, int topN) {
    if (topN < 1) {
      throw new IllegalArgumentException("Cannot keep fewer than 1 term per post: topN=" + topN);
    }
    WindowSpec byScore =
        Window.partitionBy("post_id").orderBy(col("tfidf").desc(), col("term").asc());
    return scored
        .withColumn("rank", row_number().over(byScore))
        .where(col("rank").leq(topN))
        .select(columns(scored, "post_id", "term", "tf", "tfidf", "rank"));
  }

  /**
   * {@code first} columns, then the columns of {@code rows} not named among the columns these
   * steps use (such as {@code published_month}), which pass through unchanged.
   */
  private static Column[] columns(Dataset<Row> rows, String... first) {
    java.util.Set<String> own =
        java.util.Set.of("post_id", "term", "tf", "df", "idf", "tfidf", "rank");
    java.util.List<Column> out = new java.util.ArrayList<>();
    for (String name : first) {
      out.add(col(name));
    }
    for (String name : rows.columns()) {
      if (!own.contains(name)) {
        out.add(col(name));
      }
    }
    return out.toArray(Column[]::new);
  }
}
