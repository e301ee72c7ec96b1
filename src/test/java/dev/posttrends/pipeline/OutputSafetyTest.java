package dev.posttrends.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.posttrends.cli.Main;
import dev.posttrends.config.JobSpecException;
import dev.posttrends.ingest.InputRoots;
import dev.posttrends.testing.TestSessions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run replaces its output folder as a whole, so it refuses an output that would swallow or
 * pollute an input, or a non-empty folder that is not a previous posttrends output (unless forced),
 * before anything is written.
 */
class OutputSafetyTest {

  @TempDir Path tmp;
  Path site;
  Path post;

  @BeforeEach
  void site() throws IOException {
    site = tmp.resolve("site");
    post = site.resolve("_posts/2024-01-01-one.md");
    Files.createDirectories(post.getParent());
    Files.writeString(post, "---\ntitle: t\n---\n一\n");
  }

  private String refusal(Path output, boolean force) {
    JobSpecException e =
        assertThrows(
            JobSpecException.class,
            () ->
                OutputSafety.check(
                    output.toString(),
                    InputRoots.open(List.of(site.toString()), false, new Configuration()),
                    force,
                    new Configuration()));
    return e.getMessage();
  }

  private static void accepted(Path output, Path input, boolean force) {
    OutputSafety.check(
        output.toString(),
        InputRoots.open(List.of(input.toString()), false, new Configuration()),
        force,
        new Configuration());
  }

  @Test
  void refusesAnOutputInsideAnInputFolderEvenWhenForced() {
    String message = refusal(site.resolve("out"), true);
    assertTrue(message.contains("into input folder " + site), message);
    assertTrue(refusal(site, true).contains("holds input"), "the input itself");
  }

  @Test
  void refusesAnOutputAboveAnInputEvenWhenForced() {
    String message = refusal(tmp, true);
    assertTrue(message.contains("holds input " + site), message);
    assertTrue(message.contains("would delete"), message);
  }

  @Test
  void refusesANonEmptyFolderThatIsNoPreviousOutputUnlessForced() throws IOException {
    Path out = tmp.resolve("photos");
    Files.createDirectories(out);
    Files.writeString(out.resolve("holiday.jpg"), "not ours");
    String message = refusal(out, false);
    assertTrue(message.contains("holds no manifest.json"), message);
    assertTrue(message.contains("--force"), message);
    accepted(out, site, true);
    Files.writeString(tmp.resolve("file-out"), "x");
    assertTrue(refusal(tmp.resolve("file-out"), false).contains("not a folder"));
  }

  @Test
  void acceptsANewAnEmptyOrAPreviousOutputAndASiblingOfAFileInput() throws IOException {
    accepted(tmp.resolve("new"), site, false);
    Files.createDirectories(tmp.resolve("empty"));
    accepted(tmp.resolve("empty"), site, false);
    Path previous = tmp.resolve("previous");
    Files.createDirectories(previous.resolve("posts"));
    Files.writeString(previous.resolve("manifest.json"), "{}");
    accepted(previous, site, false);
    accepted(post.resolveSibling("out"), post, false); // beside a file input is fine
  }

  @Test
  void commandLineExitsWithUsageErrorAndWritesNothing() throws IOException {
    Path out = tmp.resolve("photos");
    Files.createDirectories(out);
    Files.writeString(out.resolve("holiday.jpg"), "not ours");
    String[] args = {"run", "--input", site.toString(), "--output", out.toString()};
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            Stream.concat(Stream.of(args), Stream.of(TestSessions.confArgs()))
                .toArray(String[]::new));
    assertEquals(2, code, err.toString());
    assertTrue(err.toString().contains("Cannot write output " + out), err.toString());
    assertEquals("not ours", Files.readString(out.resolve("holiday.jpg")));
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertEquals(List.of(), siblings.filter(p -> p.toString().contains(".photos.")).toList());
    }

    String[] forced = {"run", "--input", site.toString(), "--output", out.toString(), "--force"};
    err = new StringWriter();
    code =
        Main.execute(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            Stream.concat(Stream.of(forced), Stream.of(TestSessions.confArgs()))
                .toArray(String[]::new));
    assertEquals(0, code, err.toString());
    assertTrue(Files.exists(out.resolve("manifest.json")));
    assertTrue(Files.notExists(out.resolve("holiday.jpg")), "--force replaces the folder");
  }
}
