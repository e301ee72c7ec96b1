package dev.posttrends.pipeline;

import static dev.posttrends.testing.DuckDb.count;
import static dev.posttrends.testing.DuckDb.rows;
import static dev.posttrends.testing.DuckDb.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.posttrends.config.JobSpec;
import dev.posttrends.testing.Jobs;
import dev.posttrends.testing.SparkTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code path} of a JSON Lines record is data: kept as a string (for the file-name date and
 * categories), never opened, whether it climbs out of the input ({@code ../../etc/passwd}) or names
 * a readable file outside it.
 */
class JsonLinesPathTest extends SparkTestBase {

  private static final String MARKER = "SECRET-MARKER-9f2c61d4";

  @TempDir Path tmp;

  @Test
  void pathsAreKeptAsStringsAndNothingIsOpened() throws Exception {
    Path secret = tmp.resolve("elsewhere/_posts/2023-03-04-secret.md");
    Files.createDirectories(secret.getParent());
    Files.writeString(secret, "---\ntitle: " + MARKER + "\ndate: 2023-03-04\n---\n" + MARKER);
    Path site = tmp.resolve("site");
    Files.createDirectories(site);
    String content = "---\\ntitle: from the dump\\n---\\n正文。\\n";
    Files.writeString(
        site.resolve("dump.jsonl"),
        "{\"path\":\"../../etc/passwd\",\"content\":\"---\\ntitle: passwd\\ndate: 2024-01-02\\n"
            + "---\\n正文。\\n\"}\n"
            + "{\"path\":\""
            + secret
            + "\",\"content\":\""
            + content
            + "\"}\n"
            + "{\"path\":\""
            + secret
            + "\",\"title\":\"structured\",\"date\":\"2024-01-03\",\"body\":\"正文。\"}\n");
    Path out = tmp.resolve("out");
    IngestJob.run(spark, Jobs.spec(site, out, "UTC").withStages(List.of(JobSpec.INGEST)));

    assertEquals(
        List.of(
            List.of("dump.jsonl#1", "../../etc/passwd", "passwd", "2024-01-02", "front_matter", ""),
            // the secret file's name gives the date and its folders the categories: as a string
            List.of(
                "dump.jsonl#2",
                secret.toString(),
                "from the dump",
                "2023-03-04",
                "filename",
                // an absolute path is relative to nothing: only the folder right above _posts
                // counts, not the machine's folders above it (issue 13)
                secret.getParent().getParent().getFileName().toString()),
            List.of("dump.jsonl#3", "null", "structured", "2024-01-03", "front_matter", "")),
        rows(
            "SELECT source_path, coalesce(original_path, 'null'), title,"
                + " CAST(published_date AS VARCHAR), date_source, array_to_string(categories, '|')"
                + " FROM "
                + table(out.resolve("posts"))
                + " ORDER BY 1"));
    assertEquals(
        secret.toString(),
        rows("SELECT json_extract_string(front_matter_json, '$.path') FROM "
                + table(out.resolve("posts"))
                + " WHERE source_path = 'dump.jsonl#3'")
            .get(0)
            .get(0),
        "a structured record's path stays in its front matter");
    for (String t :
        List.of("posts", "metrics", "date_mentions", "keywords", "entities", "rejects")) {
      if (!hasParquet(out.resolve(t))) {
        continue; // an empty table: nothing to hold the marker
      }
      for (String secretText : List.of(MARKER, "root:x:0:0")) {
        assertEquals(
            0,
            count(
                "SELECT count(*) FROM "
                    + table(out.resolve(t))
                    + " AS r WHERE CAST(r AS VARCHAR) LIKE '%"
                    + secretText
                    + "%'"),
            t + " holds text of a file named by a path: " + secretText);
      }
    }
  }

  private static boolean hasParquet(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.anyMatch(f -> f.toString().endsWith(".parquet"));
    }
  }
}
