package dev.posttrends.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import dev.posttrends.extract.keywords.TermExtractor;
import dev.posttrends.extract.keywords.TermRanking;
import dev.posttrends.io.Schemas;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Ranks the terms of each post by TF-IDF over the batch (or, in small batches, against a background
 * weight), keeping the best of each post ({@link TermRanking}).
 *
 * <p>Input rows are one per post ({@link Schemas#POST_TERMS}): the post's terms arrive together, so
 * ranking them needs no shuffle of the (post, term) pairs. The only aggregation counts document
 * frequencies; the terms of at least two posts reach every task as one broadcast map (a term
 * missing from it is in one post).
 */
public final class KeywordSteps {

  private KeywordSteps() {}

  /**
   * Below this many posts a batch's document frequencies say little (in 24 posts nearly every term
   * is in one post): the terms' background weight ranks them instead.
   */
  public static final long BATCH_IDF_FROM = 1_000;

  /**
   * Most document frequencies sent to the tasks. Past it, the terms of the fewest posts are scored
   * as if in one post; the vocabulary of terms shared by two posts grows far slower than the batch.
   */
  static final int MAX_SHARED_TERMS = 5_000_000;

  /**
   * The {@code topN} terms of each post, scored with the batch's idf from {@value #BATCH_IDF_FROM}
   * posts on, else with the terms' background weight.
   *
   * @param postTerms rows of {@link Schemas#POST_TERMS}
   * @param postCount N, the number of posts in the batch, including posts without terms (they make
   *     every term rarer); at least the number of rows of {@code postTerms}
   * @return rows of {@link Schemas#KEYWORDS}
   */
  public static Dataset<Row> topTermsPerPost(Dataset<Row> postTerms, long postCount, int topN) {
    return topTermsPerPost(postTerms, postCount, postCount >= BATCH_IDF_FROM, topN);
  }

  /**
   * {@link #topTermsPerPost(Dataset, long, int)} with the choice of idf made by the caller: the
   * batch's own ({@link TermRanking#batchIdf}) when {@code batchIdf}, else each term's background
   * weight ({@link TermExtractor#backgroundIdf}).
   */
  public static Dataset<Row> topTermsPerPost(
      Dataset<Row> postTerms, long postCount, boolean batchIdf, int topN) {
    if (postCount < 0) {
      throw new IllegalArgumentException(
          "Cannot score terms of a negative post count: " + postCount);
    }
    if (topN < 1) {
      throw new IllegalArgumentException("Cannot keep fewer than 1 term per post: topN=" + topN);
    }
    Broadcast<Map<String, Long>> shared = null;
    if (batchIdf) {
      shared =
          JavaSparkContext.fromSparkContext(postTerms.sparkSession().sparkContext())
              .broadcast(sharedTerms(postTerms, MAX_SHARED_TERMS));
    }
    return postTerms.flatMap(
        new RankTerms(shared, postCount, topN), Encoders.row(Schemas.KEYWORDS));
  }

  /**
   * The document frequency of each term of at least two posts, those of most posts first, at most
   * {@code max}: a vocabulary, never the data.
   */
  static Map<String, Long> sharedTerms(Dataset<Row> postTerms, int max) {
    List<Row> rows =
        postTerms
            .select(explode(col("terms.term")).as("term"))
            .groupBy("term")
            .agg(count(lit(1)).as("df"))
            .where(col("df").geq(2))
            .orderBy(col("df").desc())
            .limit(max)
            .collectAsList();
    Map<String, Long> df = new HashMap<>(rows.size() * 2);
    rows.forEach(row -> df.put(row.getString(0), row.getLong(1)));
    return df;
  }

  /** The flat map of {@link #topTermsPerPost}: one post's row in, its ranked terms out. */
  private static final class RankTerms implements FlatMapFunction<Row, Row> {
    private final Broadcast<Map<String, Long>> shared;
    private final long postCount;
    private final int topN;

    RankTerms(Broadcast<Map<String, Long>> shared, long postCount, int topN) {
      this.shared = shared;
      this.postCount = postCount;
      this.topN = topN;
    }

    @Override
    public Iterator<Row> call(Row post) {
      List<Row> terms = post.getList(1); // term, tf, is_in_title, is_compound
      List<String> names = new ArrayList<>(terms.size());
      int[] tf = new int[terms.size()];
      boolean[] inTitle = new boolean[terms.size()];
      for (int i = 0; i < terms.size(); i++) {
        Row term = terms.get(i);
        names.add(term.getString(0));
        tf[i] = term.getInt(1);
        inTitle[i] = term.getBoolean(2);
      }
      ToDoubleFunction<String> idf;
      if (shared == null) {
        idf = TermExtractor::backgroundIdf;
      } else {
        Map<String, Long> df = shared.value();
        idf = term -> TermRanking.batchIdf(df.getOrDefault(term, 1L), postCount);
      }
      String postId = post.getString(0);
      String month = post.getString(2);
      List<Row> out = new ArrayList<>(Math.min(topN, names.size()));
      for (TermRanking.Ranked r : TermRanking.top(names, tf, inTitle, idf, topN)) {
        out.add(RowFactory.create(postId, r.term(), r.tf(), r.tfidf(), r.rank(), month));
      }
      return out.iterator();
    }
  }
}
