package dev.posttrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local launcher's JVM options ({@code jobs/java-opts.sh}): the JIT choice ({@code jit_opts}:
 * C1 only for {@code run} on local inputs under 64 MB, the default JIT for larger, remote or
 * unknown inputs) and when the class-data sharing archive is used ({@code cds_state}).
 */
class LauncherOptionsTest {

  private static final String C1_ONLY = "-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m";

  @TempDir Path tmp;

  @Test
  void smallLocalInputsRunWithC1Only() throws Exception {
    Path posts = Files.createDirectories(tmp.resolve("site/_posts"));
    Files.writeString(posts.resolve("2024-01-01-a.md"), "---\ndate: 2024-01-01\n---\ntext\n");
    assertEquals(C1_ONLY, jitOpts("run", "--input", tmp.resolve("site").toString()));
    assertEquals(C1_ONLY, jitOpts("run", "--input=" + tmp.resolve("site")));
    Path spec = tmp.resolve("jobs/small.yaml");
    Files.createDirectories(spec.getParent());
    Files.writeString(
        spec, "name: small\ninputs:\n  - ../site   # relative to the spec\noutput: out\n");
    assertEquals(C1_ONLY, jitOpts("run", "--job", spec.toString()));
  }

  @Test
  void largeRemoteOrUnknownInputsKeepTheDefault() throws Exception {
    Path big = Files.createDirectories(tmp.resolve("big"));
    try (RandomAccessFile file = new RandomAccessFile(big.resolve("dump.jsonl").toFile(), "rw")) {
      file.setLength(65L << 20); // sparse: 65 MB as listed, nothing written
    }
    assertEquals("", jitOpts("run", "--input", big.toString()));
    assertEquals("", jitOpts("run", "--input", "hdfs://namenode/posts"));
    assertEquals("", jitOpts("run", "--input", tmp.resolve("missing").toString()));
    assertEquals("", jitOpts("run", "--output", tmp.resolve("out").toString()));
    assertEquals("", jitOpts("report", "--output", tmp.resolve("out").toString()));
    Path inline = tmp.resolve("inline.yaml");
    Files.writeString(inline, "inputs: [" + big + "]\n");
    assertEquals("", jitOpts("run", "--job", inline.toString()));
  }

  @Test
  void theArchiveIsUsedOnlyWhenNewerThanWhatItWasRecordedAgainst() throws Exception {
    Path jar = Files.writeString(tmp.resolve("classes.jar"), "jar");
    Path classpath = Files.writeString(tmp.resolve("runtime-classpath.txt"), "a.jar:b.jar");
    Path archive = tmp.resolve("cds/posttrends.jsa");
    assertEquals("stale", shell("cds_state", archive.toString(), jar.toString()));

    Files.createDirectories(archive.getParent());
    Files.writeString(archive, "archive");
    age(jar, 60);
    age(classpath, 60);
    assertEquals(
        "use", shell("cds_state", archive.toString(), jar.toString(), classpath.toString()));

    age(archive, 120); // a rebuilt jar (or a new classpath, or a new JDK) is newer than the archive
    assertEquals("stale", shell("cds_state", archive.toString(), jar.toString()));
    assertEquals("stale", shell("cds_state", archive.toString(), classpath.toString()));
  }

  private static void age(Path file, long seconds) throws Exception {
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(seconds)));
  }

  /** What {@code jit_opts ARGS} prints under the launcher's shell options. */
  private static String jitOpts(String... args) throws Exception {
    String[] call = new String[args.length + 1];
    call[0] = "jit_opts";
    System.arraycopy(args, 0, call, 1, args.length);
    return shell(call);
  }

  /** What FUNCTION ARGS of {@code jobs/java-opts.sh} prints under the launcher's shell options. */
  private static String shell(String... call) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", "-c"));
    command.add("set -euo pipefail; source jobs/java-opts.sh; \"$@\"");
    command.add("java-opts.sh");
    command.addAll(List.of(call));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError(call[0] + " failed: " + out);
    }
    return out.strip();
  }
}
