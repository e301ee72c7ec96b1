package dev.posttrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.posttrends.testing.Repo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's logging ({@code jobs/log4j2.properties}) prints control and format characters of a
 * logged message or exception as {@code ?}: a file name with an ANSI escape or a bidi override
 * inside any library's log line cannot drive the terminal.
 */
class LogEscapingTest {

  @TempDir Path tmp;

  @Test
  void controlAndFormatCharactersInLogLinesArePrintedAsQuestionMarks() throws Exception {
    // escaped for the command line; LogLine turns \\uXXXX back into the character
    String hostile =
        "a\\u001b[31mred\\u001b[0m b\\u202Eevil\\u202C c\\u0000d\\u000De\\u009Bf<script>";
    Path log = tmp.resolve("log.txt");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlog4j2.configurationFile=" + Repo.root().resolve("jobs/log4j2.properties"),
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.posttrends.testing.LogLine",
                hostile)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, child.exitValue());
    String out = Files.readString(log, StandardCharsets.UTF_8);
    List<String> lines = out.lines().toList();
    assertTrue(out.contains("INFO LogLine: Read a?[31mred?[0m b?evil? c?d?e?f<script>"), out);
    assertTrue(out.contains("IllegalStateException: a?[31mred?[0m"), out);
    assertTrue(lines.size() > 3, "the stack trace keeps its lines");
    for (char c : new char[] {'\u001b', '\u202E', '\u0000', '\r', '\u009b'}) {
      assertFalse(out.indexOf(c) >= 0, "raw U+" + Integer.toHexString(c) + " printed");
    }
  }
}
