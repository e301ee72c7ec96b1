package dev.posttrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.posttrends.config.JobSpec;
import dev.posttrends.testing.SparkTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing sees {@code _posts} (which Spark's own file index silently skips) and applies globs. */
class ListInputsTest extends SparkTestBase {

  @TempDir Path site;

  private void touch(String rel) throws IOException {
    Path file = site.resolve(rel);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x");
  }

  @Test
  void seesUnderscorePostsWhereSparkBinaryFileSeesNothing() throws IOException {
    touch("emnews/_posts/2024-01-01-a.md");
    touch("emnews/_posts/2025/2025-01-01-b.markdown");
    touch("shangraoribao/_posts/2024-01-02-c.html");
    touch("_posts/2024-01-03-root.md");
    touch("index.md");
    touch("dumps/d.jsonl");
    touch("_site/emnews/2024/a.html");
    touch(".git/objects/x.md");
    touch("emnews/_posts/.hidden.md");
    touch("assets/logo.png");

    List<InputRoot> roots =
        InputRoots.open(List.of(site.toString()), true, spark.sparkContext().hadoopConfiguration());
    List<Row> rows =
        ListInputs.listInputs(
                spark,
                roots,
                new Globs(JobSpec.DEFAULT_INCLUDE),
                new Globs(JobSpec.DEFAULT_EXCLUDE))
            .where("is_included")
            .orderBy("relative_path")
            .collectAsList();
    assertEquals(
        List.of(
            "_posts/2024-01-03-root.md",
            "dumps/d.jsonl",
            "emnews/_posts/2024-01-01-a.md",
            "emnews/_posts/2025/2025-01-01-b.markdown",
            "index.md",
            "shangraoribao/_posts/2024-01-02-c.html"),
        rows.stream().map(r -> r.<String>getAs("relative_path")).toList());
    assertEquals("jsonl", rows.get(1).getAs("format"));

    // Why the project lists files itself: Spark's reader skips every "_" and "." name.
    long sparkSees =
        spark
            .read()
            .format("binaryFile")
            .option("recursiveFileLookup", "true")
            .option("pathGlobFilter", "*.md")
            .load(site.toString())
            .where("path LIKE '%/_posts/%'")
            .count();
    assertEquals(0, sparkSees);
  }

  @Test
  void aFileGivenAsInputIsReadWhateverItsName() throws IOException {
    touch("_drafts/_note.txt");
    Path file = site.resolve("_drafts/_note.txt");
    List<InputRoot> roots =
        InputRoots.open(List.of(file.toString()), true, spark.sparkContext().hadoopConfiguration());
    List<Row> rows =
        ListInputs.listInputs(
                spark,
                roots,
                new Globs(JobSpec.DEFAULT_INCLUDE),
                new Globs(JobSpec.DEFAULT_EXCLUDE))
            .collectAsList();
    assertEquals(1, rows.size());
    assertEquals("_note.txt", rows.get(0).getAs("relative_path"));
    assertEquals(true, rows.get(0).getAs("is_included"));
  }
}
