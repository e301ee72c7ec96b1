package dev.posttrends.pipeline;

import static dev.posttrends.testing.DuckDb.rows;
import static dev.posttrends.testing.DuckDb.table;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.posttrends.config.JobSpec;
import dev.posttrends.testing.Jobs;
import dev.posttrends.testing.SparkTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch-level keyword pass, end to end: a compound three posts repeat is one keyword of a post
 * that writes it once, and a name one post anchors by its stock code is one keyword of a post that
 * writes it bare. Keywords read back with DuckDB.
 */
class BatchPhrasesRunTest extends SparkTestBase {

  @TempDir Path tmp;

  @Test
  void compoundsAndNamesTheBatchKeepsTogetherAreOneKeywordEverywhere() throws Exception {
    Path posts = Files.createDirectories(tmp.resolve("site/_posts"));
    for (int i = 1; i <= PhraseSteps.MIN_POSTS; i++) {
      post(
          posts,
          "2024-03-0" + i + "-foil-" + i,
          "光伏行业观察" + i,
          "光伏玻璃需求回暖，多家企业扩产。业内人士认为，光伏玻璃价格有望企稳，第" + i + "家工厂投产。");
    }
    post(posts, "2024-03-05-once", "新能源产业链周报", "本周光伏玻璃报价持平，电池排产环比增加，硅料价格继续下行。");
    post(posts, "2024-03-06-anchor", "信江新材拟投资建设铜箔项目", "信江新材(603218)晚间公告，拟在当地投资建设年产五万吨铜箔项目。");
    post(posts, "2024-03-07-bare", "铜箔企业扩产", "据悉，信江新材近日与多家电池厂商签订供货协议，订单饱满。");

    Path out = tmp.resolve("out");
    IngestJob.run(
        spark,
        Jobs.spec(tmp.resolve("site"), out, "Asia/Shanghai").withStages(List.of(JobSpec.INGEST)));

    List<String> once = keywords(out, "2024-03-05-once");
    assertTrue(once.contains("光伏玻璃"), "the batch's compound, written once: " + once);
    assertFalse(once.contains("玻璃"), "its word, written only inside it, is no term: " + once);
    List<String> bare = keywords(out, "2024-03-07-bare");
    assertTrue(bare.contains("信江新材"), "the name another post anchors: " + bare);
    assertFalse(bare.contains("信江"), "no fragment of it: " + bare);
  }

  private static void post(Path folder, String name, String title, String body) throws Exception {
    String date = name.substring(0, 10);
    Files.writeString(
        folder.resolve(name + ".md"),
        "---\ntitle: " + title + "\ndate: " + date + " 10:00:00 +0800\n---\n" + body + "\n");
  }

  private static List<String> keywords(Path out, String file) {
    return rows(
            "SELECT k.term FROM "
                + table(out.resolve("keywords"))
                + " k JOIN "
                + table(out.resolve("posts"))
                + " p USING (post_id) WHERE p.source_path LIKE '%"
                + file
                + "%' ORDER BY k.rank")
        .stream()
        .map(r -> (String) r.get(0))
        .collect(Collectors.toList());
  }
}
