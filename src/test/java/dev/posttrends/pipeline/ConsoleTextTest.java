package dev.posttrends.pipeline;

import static dev.posttrends.testing.DuckDb.rows;
import static dev.posttrends.testing.DuckDb.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.posttrends.cli.Main;
import dev.posttrends.testing.ChildRun;
import dev.posttrends.testing.Jobs;
import dev.posttrends.testing.Repo;
import dev.posttrends.testing.TestSessions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input-derived text reaches the console only escaped: a real run (a child JVM with the launcher's
 * logging, jobs/log4j2.properties) over files named with ANSI escapes and a bidi override, with a
 * {@code <script>} title, prints no raw ESC; a site whose {@code _config.yml} holds an escape
 * sequence gets an error that shows it escaped. The tables keep the text as read.
 */
class ConsoleTextTest {

  private static final String RED = "\u001b[31m";

  @TempDir Path tmp;

  @Test
  void aRunOverHostileNamesPrintsNoRawEscapes() throws Exception {
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("_posts"));
    String name = "2024-01-02-" + RED + "red\u001b]0;pwned\u0007\u202Etxt.md";
    Files.writeString(
        site.resolve("_posts").resolve(name),
        "---\ntitle: \"<script>alert(1)</script>" + RED + "\"\n---\n正文。" + RED + "\n");
    Files.writeString(site.resolve("_posts/" + RED + "no-front-matter.md"), RED + "正文\n");
    Path out = tmp.resolve("out");
    Path log = tmp.resolve("child.log");
    String logging = "-Dlog4j2.configurationFile=" + Repo.root().resolve("jobs/log4j2.properties");
    List<String> args = Jobs.ingestArgs(site, out, "UTC");
    Process child = ChildRun.start(tmp, log, List.of(logging), args);
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the run finished");
    String printed = Files.readString(log);
    assertEquals(0, child.exitValue(), printed);
    assertTrue(printed.contains("2 inputs -> 1 posts, 1 rejects"), printed);
    assertFalse(printed.contains("\u001b"), "raw ESC printed:\n" + printed);
    assertFalse(printed.contains("\u202E"), "raw bidi override printed:\n" + printed);
    // the data is not the console: the tables keep the path and title as read
    assertEquals(
        List.of(List.of("_posts/" + name, "<script>alert(1)</script>" + RED)),
        rows("SELECT source_path, title FROM " + table(out.resolve("posts"))));
    assertEquals(
        List.of(List.of("_posts/" + RED + "no-front-matter.md")),
        rows("SELECT source_path FROM " + table(out.resolve("rejects"))));
  }

  @Test
  void anErrorQuotingAHostileConfigShowsItEscaped() throws Exception {
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("_posts"));
    Files.writeString(site.resolve("_config.yml"), "timezone: \"\\e[31mEvil/Zone\\e[0m\"\n");
    StringWriter err = new StringWriter();
    String[] args =
        Stream.concat(
                Stream.of("run", "--input", site.toString(), "--output", tmp + "/out"),
                Stream.of(TestSessions.confArgs()))
            .toArray(String[]::new);
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    assertEquals(Main.USAGE_ERROR, code, err.toString());
    // (the reader trims the value, which drops the leading ESC: trim() strips all chars <= ' ')
    assertTrue(err.toString().contains("Evil/Zone\\u001b[0m' in "), err.toString());
    assertFalse(err.toString().contains("\u001b"), err.toString());
  }
}
