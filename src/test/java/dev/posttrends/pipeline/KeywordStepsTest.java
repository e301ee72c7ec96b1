package dev.posttrends.pipeline;

import static org.apache.spark.sql.functions.max;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.posttrends.extract.keywords.TermExtractor;
import dev.posttrends.extract.keywords.TermRanking;
import dev.posttrends.io.Schemas;
import dev.posttrends.testing.SparkTestBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

/** TF-IDF and per-post ranking on a tiny batch: 4 posts, one of them without terms. */
class KeywordStepsTest extends SparkTestBase {

  /** idf = ln((1 + N) / (1 + df)) + 1 with N = 4. */
  private static final double IDF_DF1 = Math.log(5.0 / 2) + 1; // 1.916290731874155

  /** Sublinear term frequencies, 1 + ln tf. */
  private static final double TF2 = 1 + Math.log(2);

  private static final double TF3 = 1 + Math.log(3);

  private static final double IDF_DF2 = Math.log(5.0 / 3) + 1; // 1.5108256237659907
  private static final double IDF_DF3 = Math.log(5.0 / 4) + 1; // 1.2231435513142097

  /** Rows of (post, term, tf, in title) as one row per post ({@link Schemas#POST_TERMS}). */
  private Dataset<Row> perPost(Object[]... termRows) {
    Map<String, List<Row>> posts = new LinkedHashMap<>();
    for (Object[] t : termRows) {
      posts
          .computeIfAbsent((String) t[0], p -> new ArrayList<>())
          .add(RowFactory.create(t[1], t[2], t[3], false));
    }
    List<Row> rows = new ArrayList<>();
    posts.forEach((post, terms) -> rows.add(RowFactory.create(post, terms, "2024-01")));
    return spark.createDataFrame(rows, Schemas.POST_TERMS);
  }

  private Dataset<Row> postTerms() {
    return perPost(
        new Object[] {"p1", "光伏", 3, false},
        new Object[] {"p1", "增长", 1, false},
        new Object[] {"p1", "锂电", 1, false},
        new Object[] {"p1", "储能", 1, false},
        new Object[] {"p2", "光伏", 1, false},
        new Object[] {"p2", "芯片", 2, false},
        new Object[] {"p2", "增长", 1, false},
        new Object[] {"p3", "增长", 2, false},
        new Object[] {"p3", "芯片", 1, false},
        new Object[] {"p3", "ai", 1, false});
  }

  @Test
  void sharedTermsCountsDocumentFrequencyOfTermsInTwoPostsOrMore() {
    assertEquals(Map.of("光伏", 2L, "增长", 3L, "芯片", 2L), KeywordSteps.sharedTerms(postTerms(), 10));
    // past the cap, the terms of most posts are kept
    assertEquals(Map.of("增长", 3L), KeywordSteps.sharedTerms(postTerms(), 1));
  }

  @Test
  void everyTermOfTheBatchIsScoredWithSmoothIdf() {
    Dataset<Row> scored = KeywordSteps.topTermsPerPost(postTerms(), 4, true, 10);

    assertEquals(
        List.of("post_id", "term", "tf", "tfidf", "rank", "published_month"),
        List.of(scored.columns()));
    assertRows(
        List.of(
            List.of("p1", "储能", 1, IDF_DF1),
            List.of("p1", "光伏", 3, TF3 * IDF_DF2),
            List.of("p1", "增长", 1, IDF_DF3),
            List.of("p1", "锂电", 1, IDF_DF1),
            List.of("p2", "光伏", 1, IDF_DF2),
            List.of("p2", "增长", 1, IDF_DF3),
            List.of("p2", "芯片", 2, TF2 * IDF_DF2),
            List.of("p3", "ai", 1, IDF_DF1),
            List.of("p3", "增长", 2, TF2 * IDF_DF3),
            List.of("p3", "芯片", 1, IDF_DF2)),
        scored.select("post_id", "term", "tf", "tfidf"));
  }

  @Test
  void idfOfATermInEveryPostIsOne() {
    Dataset<Row> scored =
        KeywordSteps.topTermsPerPost(postTerms().where("post_id = 'p1'"), 1, true, 10);
    assertEquals(TF3, scored.where("term = '光伏'").first().getDouble(3), 1e-12);
  }

  @Test
  void topTermsPerPostRanksByTfIdfThenTerm() {
    Dataset<Row> top = KeywordSteps.topTermsPerPost(postTerms(), 4, true, 2);

    assertEquals(DataTypes.IntegerType, top.schema().apply("rank").dataType());
    // p1: 储能 and 锂电 tie at 1 × idf(df 1); 储能 sorts first, so 锂电 ranks 3 and is cut.
    assertRows(
        List.of(
            List.of("p1", "储能", 1, IDF_DF1, 2),
            List.of("p1", "光伏", 3, TF3 * IDF_DF2, 1),
            List.of("p2", "光伏", 1, IDF_DF2, 2),
            List.of("p2", "芯片", 2, TF2 * IDF_DF2, 1),
            List.of("p3", "ai", 1, IDF_DF1, 2),
            List.of("p3", "增长", 2, TF2 * IDF_DF3, 1)),
        top.select("post_id", "term", "tf", "tfidf", "rank"));
  }

  @Test
  void topTermsPerPostKeepsShortPostsWhole() {
    Dataset<Row> top = KeywordSteps.topTermsPerPost(postTerms(), 4, true, 10);
    assertEquals(10, top.count());
    assertEquals(4, top.where("post_id = 'p1'").agg(max("rank")).first().getInt(0));
  }

  @Test
  void smallBatchesRankByBackgroundIdfAndTitlesWeighMore() {
    Dataset<Row> scored =
        KeywordSteps.topTermsPerPost(
                perPost(
                    new Object[] {"p1", "公司", 3, false},
                    new Object[] {"p1", "光伏", 1, false},
                    new Object[] {"p1", "晶科能源", 1, true},
                    new Object[] {"p2", "光伏", 1, false}),
                2,
                10)
            .where("post_id = 'p1'");

    // 2 posts is below BATCH_IDF_FROM: idf is the background's, whatever df says
    double company = TermExtractor.backgroundIdf("公司");
    double solar = TermExtractor.backgroundIdf("光伏");
    double name = TermExtractor.backgroundIdf("晶科能源");
    assertTrue(company < solar && company < name, "a common word weighs less");
    assertRows(
        List.of(
            List.of("p1", "光伏", 1, solar),
            List.of("p1", "公司", 3, TF3 * company),
            List.of("p1", "晶科能源", 1, (1 + TermRanking.TITLE_WEIGHT) * name)),
        scored.select("post_id", "term", "tf", "tfidf"));
    assertTrue(KeywordSteps.BATCH_IDF_FROM > 2, "the test's batch must be below the threshold");
  }

  @Test
  void topTermsPerPostLeavesOutTermsFarBelowThePostsBest() {
    // 信江新材: (1 + 1) × its background weight, once in the title, the post's best; 公司 once, in the
    // text: far below
    double best = (1 + TermRanking.TITLE_WEIGHT) * TermExtractor.backgroundIdf("信江新材");
    assertTrue(TermExtractor.backgroundIdf("光伏") >= TermRanking.MIN_SHARE_OF_BEST * best);
    assertTrue(TermExtractor.backgroundIdf("公司") < TermRanking.MIN_SHARE_OF_BEST * best);
    Dataset<Row> top =
        KeywordSteps.topTermsPerPost(
            perPost(
                new Object[] {"p1", "信江新材", 1, true},
                new Object[] {"p1", "光伏", 1, false},
                new Object[] {"p1", "公司", 1, false}),
            1,
            10);
    assertEquals(
        List.of("信江新材", "光伏"),
        top.orderBy("rank").select("term").as(Encoders.STRING()).collectAsList());
  }

  @Test
  void rejectsMeaninglessArguments() {
    assertThrows(
        IllegalArgumentException.class,
        () -> KeywordSteps.topTermsPerPost(postTerms(), -1, true, 10));
    assertThrows(
        IllegalArgumentException.class,
        () -> KeywordSteps.topTermsPerPost(postTerms(), 4, true, 0));
  }

  /** Compares rows sorted by their first two columns; doubles to 1e-12, printing both sides. */
  private static void assertRows(List<List<Object>> expected, Dataset<Row> actual) {
    List<List<Object>> rows = new ArrayList<>();
    for (Row row : actual.collectAsList()) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        values.add(row.get(i));
      }
      rows.add(values);
    }
    Comparator<List<Object>> byKey =
        Comparator.comparing((List<Object> r) -> (String) r.get(0))
            .thenComparing(r -> (String) r.get(1));
    rows.sort(byKey);
    List<List<Object>> want = new ArrayList<>(expected);
    want.sort(byKey);
    String message = "expected\n  " + want + "\nactual\n  " + rows;
    assertEquals(want.size(), rows.size(), message);
    for (int r = 0; r < want.size(); r++) {
      for (int c = 0; c < want.get(r).size(); c++) {
        Object w = want.get(r).get(c);
        Object a = rows.get(r).get(c);
        if (w instanceof Double d && a instanceof Double) {
          assertEquals(d, (Double) a, 1e-12, message);
        } else {
          assertEquals(w, a, message);
        }
      }
    }
  }
}
