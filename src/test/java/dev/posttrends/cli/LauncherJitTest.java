package dev.posttrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local launcher's JIT choice ({@code jit_opts} in {@code jobs/java-opts.sh}): C1 only for
 * {@code run} on local inputs under 64 MB, the default JIT for larger, remote or unknown inputs.
 */
class LauncherJitTest {

  private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

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

  /** What {@code jit_opts ARGS} prints under the launcher's shell options. */
  private static String jitOpts(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", "-c"));
    command.add("set -euo pipefail; source jobs/java-opts.sh; jit_opts \"$@\"");
    command.add("jit_opts");
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError("jit_opts failed: " + out);
    }
    return out.strip();
  }
}
