package dev.posttrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors: exit code 2 and a message naming the bad option, key or value. */
class MainTest {

  @TempDir Path tmp;

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Result r = run("run", "--inptu", "x", "--output", "y");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--inptu"), r.err());
  }

  @Test
  void missingCommandIsAUsageError() {
    Result r = run();
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Missing command"), r.err());
  }

  @Test
  void unknownSpecKeyIsNamed() throws IOException {
    Path spec = tmp.resolve("bad.yaml");
    Files.writeString(spec, "inputs: [a]\noutptu: b\n");
    Result r = run("run", "--job", spec.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Unknown key 'outptu'"), r.err());
  }

  @Test
  void unknownLimitKeyIsNamed() throws IOException {
    Path spec = tmp.resolve("bad.yaml");
    Files.writeString(spec, "inputs: [a]\nlimits:\n  max_files: 3\n");
    Result r = run("run", "--job", spec.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("'limits.max_files'"), r.err());
  }

  @Test
  void badTimeZoneIsNamed() {
    Result r =
        run(
            "run",
            "--input",
            tmp.toString(),
            "--output",
            tmp.resolve("o").toString(),
            "--timezone",
            "Mars/Olympus");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Mars/Olympus"), r.err());
  }

  @Test
  void missingJobSpecFileIsNamed() {
    Result r = run("run", "--job", tmp.resolve("nope.yaml").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("nope.yaml"), r.err());
  }

  @Test
  void confMustBeASparkSetting() {
    Result r = run("run", "--input", "a", "--output", "b", "--conf", "shuffle=4");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("shuffle"), r.err());
  }

  @Test
  void helpExitsZero() {
    Result r = run("run", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("--timezone"), r.out());
  }
}
