package dev.posttrends.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.posttrends.cli.Main;
import dev.posttrends.testing.TestSessions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Runs the job through the command line and reads the report it wrote. */
final class ReportFiles {

  private static final String DATA_START = "<script type=\"application/json\" id=\"report-data\">";

  private ReportFiles() {}

  /** {@code posttrends run ARGS --output OUT} (test session settings); returns its stdout. */
  static String run(Path out, String... args) {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    String[] all =
        Stream.of(
                Stream.of("run"),
                Stream.of(args),
                Stream.of("--output", out.toString()),
                Stream.of(TestSessions.confArgs()))
            .flatMap(s -> s)
            .toArray(String[]::new);
    int code = Main.execute(new PrintWriter(stdout), new PrintWriter(stderr), all);
    if (code != 0) {
      throw new AssertionError("exit " + code + "; stderr:\n" + stderr);
    }
    return stdout.toString();
  }

  static Path page(Path out) {
    return out.resolve("report").resolve("index.html");
  }

  /** The JSON embedded in the page, parsed back. */
  static JsonNode data(Path out) throws IOException {
    String html = Files.readString(page(out));
    int start = html.indexOf(DATA_START) + DATA_START.length();
    int end = html.indexOf("</script>", start);
    return new ObjectMapper().readTree(html.substring(start, end));
  }
}
