package dev.posttrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staging-folder swap, including what a run killed in the middle of it leaves behind. */
class OutputCommitTest {

  @TempDir Path tmp;

  private final Configuration conf = new Configuration();

  @Test
  void commitSwapsTheStagedFolderIn() throws IOException {
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("old.txt"), "old");
    OutputCommit commit = OutputCommit.begin(out.toString(), "run1", conf);
    Files.writeString(Path.of(java.net.URI.create(commit.staged("new.txt"))), "new");
    commit.commit();
    assertTrue(Files.exists(out.resolve("new.txt")));
    assertFalse(Files.exists(out.resolve("old.txt")));
    assertEquals(List.of("out"), siblings());
  }

  @Test
  void aSwapStoppedBetweenItsTwoRenamesIsRepairedByTheNextRun() throws IOException {
    // what commit() leaves when killed after "output -> previous" and before "staging -> output"
    Path previous = Files.createDirectories(tmp.resolve(".out.previous-run1"));
    Files.writeString(previous.resolve("manifest.json"), "{}");
    Files.createDirectories(tmp.resolve(".out.staging-run1"));
    Path out = tmp.resolve("out");

    OutputCommit commit = OutputCommit.begin(out.toString(), "run2", conf);
    assertTrue(Files.exists(out.resolve("manifest.json")), "the previous output is back");
    assertFalse(Files.exists(previous));
    assertTrue(
        Files.exists(tmp.resolve(".out.staging-run1")),
        "another run's staging folder is only named in a warning: it may still be writing");
    commit.abort();
    assertEquals(List.of(".out.staging-run1", "out"), siblings());
  }

  @Test
  void anExistingOutputIsNeverReplacedByAnOldPreviousFolder() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("current.txt"), "current");
    Files.createDirectories(tmp.resolve(".out.previous-old"));
    OutputCommit.begin(out.toString(), "run3", conf).abort();
    assertTrue(Files.exists(out.resolve("current.txt")));
    assertTrue(Files.exists(tmp.resolve(".out.previous-old")));
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
