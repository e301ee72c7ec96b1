package dev.posttrends.pipeline;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.posttrends.extract.keywords.TermExtractor;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Named Dataset-to-Dataset steps that rank the terms of each post by TF-IDF over the batch (or, in
 * small batches, by TF against a background weight).
 *
 * <p>Input rows come from {@code extract.keywords.TermExtractor}: one row per (post, term) with
 * {@code tf}, the term's occurrences in the post. Everything here is Column expressions and one
 * aggregation, so Catalyst plans it and nothing funnels through the driver.
 */
public final class KeywordSteps {

  private KeywordSteps() {}

  /**
   * Below this many posts a batch's document frequencies say little (in 24 posts nearly every term
   * is in one post): the terms' {@code background_idf} ranks them instead.
   */
  public static final long BATCH_IDF_FROM = 1_000;

  /**
   * Terms scoring under this share of their post's best are left out: a short post has only a few
   * terms worth filing it under, and ten would pad it with generic words.
   */
  public static final double MIN_SHARE_OF_BEST = 0.25;

  /** {@link TermExtractor#backgroundIdf} as a Spark function of the term. */
  private static final UserDefinedFunction BACKGROUND_IDF =
      udf((UDF1<String, Double>) TermExtractor::backgroundIdf, DataTypes.DoubleType)
          .asNonNullable();

  /**
   * What a title occurrence adds to a term's weight, on top of its sublinear count: editors title a
   * post by what it is about.
   */
  public static final double TITLE_WEIGHT = 1.0;

  /**
   * Adds {@code df}, {@code idf} and {@code tfidf} to {@code postTerms} (columns {@code post_id},
   * {@code term}, {@code tf}, {@code is_in_title}; one row per post and term).
   *
   * <p>{@code df} is the number of posts containing the term, counted in Spark. From {@value
   * #BATCH_IDF_FROM} posts on, {@code idf} is the smooth inverse document frequency {@code ln((1 +
   * N) / (1 + df)) + 1}, as in scikit-learn's default: the ones added inside the logarithm act as
   * one extra post holding every term, so no division by zero, and the outer {@code + 1} keeps a
   * term found in every post at weight 1 instead of 0. In smaller batches it is the term's
   * background weight ({@link TermExtractor#backgroundIdf}: its rarity in general Chinese), looked
   * up once per distinct term. {@code tfidf = (1 + ln tf + TITLE_WEIGHT if in the title) * idf}.
   *
   * @param postCount N, the number of posts in the batch, including posts without terms (they make
   *     every term rarer); at least the number of distinct {@code post_id}s
   * @return columns {@code post_id, term, tf, df (long), idf (double), tfidf (double)}, then any
   *     other columns of {@code postTerms} but {@code is_in_title} and {@code is_compound}
   */
  public static Dataset<Row> withTfIdf(Dataset<Row> postTerms, long postCount) {
    return withTfIdf(postTerms, postCount, postCount >= BATCH_IDF_FROM);
  }

  /**
   * {@link #withTfIdf(Dataset, long)} with the choice of IDF made by the caller: the batch's own
   * when {@code batchIdf}, else each term's background weight.
   */
  public static Dataset<Row> withTfIdf(Dataset<Row> postTerms, long postCount, boolean batchIdf) {
    if (postCount < 0) {
      throw new IllegalArgumentException(
          "Cannot score terms of a negative post count: " + postCount);
    }
    // One row per (post, term) makes a row count equal the distinct post count, without the
    // extra distinct aggregation of countDistinct.
    Dataset<Row> documentFrequency = postTerms.groupBy("term").agg(count(lit(1)).as("df"));
    Column idf;
    if (batchIdf) {
      idf = log(lit((double) (1 + postCount)).divide(col("df").plus(1))).plus(1);
    } else {
      // once per term of the vocabulary, not per (post, term) pair, and only for small batches
      documentFrequency =
          documentFrequency.withColumn("background_idf", BACKGROUND_IDF.apply(col("term")));
      idf = col("background_idf");
    }
    // sublinear tf (1 + ln tf, scikit-learn's sublinear_tf): a term written five times is not five
    // times the subject of one written once, and the names a post lists once stay in its top ten
    Column weight =
        log(col("tf"))
            .plus(1)
            .plus(when(col("is_in_title"), lit(TITLE_WEIGHT)).otherwise(lit(0.0)));
    // The vocabulary is small next to the (post, term) pairs (tens of thousands of terms against
    // millions of pairs): broadcast it, so the pairs are not shuffled by term for the join.
    return postTerms
        .join(broadcast(documentFrequency), "term")
        .withColumn("idf", idf)
        .withColumn("tfidf", weight.multiply(col("idf")))
        .select(columns(postTerms, "post_id", "term", "tf", "df", "idf", "tfidf"));
  }

  /**
   * The {@code topN} terms of each post by {@code tfidf} descending, ties broken by {@code term}
   * ascending so that reruns rank identically, without those scoring under {@value
   * #MIN_SHARE_OF_BEST} of the post's best.
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
    // the same partitioning as byScore: one shuffle and sort serve both windows
    WindowSpec byPost = Window.partitionBy("post_id");
    return scored
        .withColumn("rank", row_number().over(byScore))
        .withColumn("best", max("tfidf").over(byPost))
        .where(col("rank").leq(topN).and(col("tfidf").geq(col("best").multiply(MIN_SHARE_OF_BEST))))
        .select(columns(scored, "post_id", "term", "tf", "tfidf", "rank"));
  }

  /**
   * {@code first} columns, then the columns of {@code rows} not named among the columns these steps
   * use (such as {@code published_month}), which pass through unchanged.
   */
  private static Column[] columns(Dataset<Row> rows, String... first) {
    java.util.Set<String> own =
        java.util.Set.of(
            "post_id", "term", "tf", "df", "idf", "tfidf", "rank", "is_in_title", "is_compound");
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
