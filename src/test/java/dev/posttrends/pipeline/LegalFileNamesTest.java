package dev.posttrends.pipeline;

import static dev.posttrends.testing.DuckDb.rows;
import static dev.posttrends.testing.DuckDb.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.posttrends.cli.Main;
import dev.posttrends.testing.TestSessions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every name a POSIX file system allows reads like any other: each generated file becomes a post
 * whose {@code source_path} is the name as written (issue 13: a real post named {@code
 * 2014:11:13:rexml-dos-cve-2014-8090.md} was rejected as unreadable).
 */
class LegalFileNamesTest {

  @TempDir Path tmp;

  static final List<String> NAMES =
      List.of(
          "2014:11:13:rexml-dos-cve-2014-8090.md",
          "a:b.md",
          "c#section.md",
          "100%.md",
          "percent%20encoded.md",
          "question?.md",
          "star*.md",
          "[bracket].md",
          "{brace}.md",
          "with space.md",
          " leading space.md",
          "-leading-dash.md",
          "中文文件名：冒号.md",
          "cafe\u0301-nfd.md",
          "caf\u00e9-nfc.md",
          "semi;colon&amp=1.md",
          "quote'\"back\\slash.md",
          "a".repeat(252) + ".md",
          "文".repeat(84) + ".md");

  @Test
  void everyLegalNameBecomesAPostUnderItsOwnName() throws Exception {
    Path posts =
        Files.createDirectories(tmp.resolve("site").resolve("media:one").resolve("_posts"));
    int day = 1;
    for (String name : NAMES) {
      assertEquals(true, name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
      Files.writeString(posts.resolve(name), post(day), StandardCharsets.UTF_8);
      day++;
    }
    Path out = tmp.resolve("out");
    runCli(tmp.resolve("site").toString(), out);
    var manifest =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(out.resolve("manifest.json").toFile());
    assertEquals(0, manifest.at("/rejects/total").asInt(), manifest.at("/rejects").toString());
    TreeSet<String> expected = new TreeSet<>();
    NAMES.forEach(n -> expected.add("media:one/_posts/" + n));
    TreeSet<String> actual = new TreeSet<>();
    rows("select source_path, category from " + table(out.resolve("posts")))
        .forEach(
            r -> {
              actual.add((String) r.get(0));
              assertEquals("media:one", r.get(1));
            });
    assertEquals(expected, actual);
  }

  /** The post written under the {@code day}-th name: dated 2024-03-{@code day}. */
  static String post(int day) {
    return "---\ntitle: post "
        + day
        + "\ndate: 2024-03-"
        + String.format("%02d", day)
        + " 08:00:00 +0800\n---\n正文第"
        + day
        + "篇。\n";
  }

  /** {@code posttrends run} on {@code input} into {@code out} through the CLI; must exit 0. */
  static void runCli(String input, Path out) {
    StringWriter err = new StringWriter();
    String[] args =
        Stream.concat(
                Stream.of(
                    "run",
                    "--input",
                    input,
                    "--output",
                    out.toString(),
                    "--timezone",
                    "Asia/Shanghai",
                    "--no-report"),
                Stream.of(TestSessions.confArgs()))
            .toArray(String[]::new);
    assertEquals(
        0,
        Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args),
        err.toString());
  }
}
