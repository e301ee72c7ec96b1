package dev.posttrends.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import dev.posttrends.extract.keywords.BatchPhrases;
import dev.posttrends.extract.keywords.PostTerms;
import dev.posttrends.extract.keywords.TermExtractor;
import dev.posttrends.io.Schemas;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The batch-level pass over keyword terms: compounds that several posts of the batch join (each
 * writes it at least twice, {@link PostTerms}) and names anchored anywhere in the batch are single
 * terms in every post that writes them ({@link BatchPhrases}). The compounds are counted in Spark;
 * at most {@value #MAX_PHRASES} reach the driver as one automaton, which is broadcast and run over
 * every post's title and text.
 */
public final class PhraseSteps {

  /** A compound is the batch's when at least this many posts join it themselves. */
  static final int MIN_POSTS = 3;

  /** Most compounds learned from one batch: a vocabulary, never the data. */
  static final int MAX_PHRASES = 200_000;

  private PhraseSteps() {}

  /**
   * The compounds of {@code terms} (rows of {@link PostSteps#selectTerms}) that at least {@code
   * minPosts} posts join, those of most posts first, at most {@code max}.
   */
  public static List<String> learnCompounds(Dataset<Row> terms, int minPosts, int max) {
    return terms
        .where(col("is_compound"))
        .groupBy("term")
        .agg(count(lit(1)).as("posts"))
        .where(col("posts").geq(minPosts))
        .orderBy(col("posts").desc(), col("term"))
        .limit(max)
        .select("term")
        .as(Encoders.STRING())
        .collectAsList();
  }

  /** The batch's phrases: its compounds, then the names it anchors ({@code names}). */
  public static BatchPhrases phrases(Collection<String> compounds, Collection<String> names) {
    Set<String> all = new LinkedHashSet<>(compounds);
    all.addAll(names);
    return BatchPhrases.of(all, new TermExtractor());
  }

  /**
   * One row per post with terms ({@link Schemas#POST_TERMS}), the batch's {@code phrases} joined
   * in; the posts' own terms when there are no phrases.
   */
  public static Dataset<Row> withBatchPhrases(Dataset<Row> raw, BatchPhrases phrases) {
    Dataset<Row> withTerms = raw.where(col("has_post").and(col("terms").isNotNull()));
    if (phrases.size() == 0) {
      return withTerms.select(col("post.post_id"), col("terms"), col("post.published_month"));
    }
    Broadcast<BatchPhrases> shared =
        JavaSparkContext.fromSparkContext(raw.sparkSession().sparkContext()).broadcast(phrases);
    Dataset<Row> posts =
        withTerms.select(
            col("post.post_id"),
            col("post.title"),
            col("post.text"),
            col("terms"),
            col("entities"),
            col("post.published_month"));
    return posts.map(new JoinPhrases(shared), Encoders.row(Schemas.POST_TERMS));
  }

  /** The map of {@link #withBatchPhrases}; holds only the broadcast. */
  private static final class JoinPhrases implements MapFunction<Row, Row> {
    private final Broadcast<BatchPhrases> phrases;

    JoinPhrases(Broadcast<BatchPhrases> phrases) {
      this.phrases = phrases;
    }

    @Override
    public Row call(Row post) {
      Map<String, PostTerms.Term> terms = new LinkedHashMap<>();
      for (Row t : post.<Row>getList(3)) { // term, tf, is_in_title, is_compound
        terms.put(
            t.getString(0), new PostTerms.Term(t.getInt(1), t.getBoolean(2), t.getBoolean(3)));
      }
      List<int[]> taken = new ArrayList<>();
      if (!post.isNullAt(4)) {
        for (Row e : post.<Row>getList(4)) { // ordinal, surface, …, found_by, char_offset, title
          if (EntitySteps.WEAK.contains(e.getString(6))) {
            continue; // a batch phrase wins over a single-word guess inside it (信江 in 信江新材)
          }
          int offset = e.getInt(7);
          taken.add(new int[] {offset, offset + e.getString(1).length(), e.getBoolean(8) ? 1 : 0});
        }
      }
      Map<String, PostTerms.Term> joined =
          phrases.value().join(terms, post.getString(1), post.getString(2), taken);
      List<Row> out = new ArrayList<>(joined.size());
      joined.forEach(
          (term, t) -> out.add(RowFactory.create(term, t.count(), t.inTitle(), t.compound())));
      // a Scala Seq, as Row.getList reads it: Spark hands this row to the ranking step as it is
      // (no serialization between the two functions)
      return RowFactory.create(
          post.getString(0), CollectionConverters.asScala(out).toSeq(), post.getString(5));
    }
  }
}
