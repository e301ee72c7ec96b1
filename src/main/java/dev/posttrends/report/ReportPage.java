package dev.posttrends.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report as one self-contained HTML file: ECharts (from the {@code org.webjars.npm:echarts} jar
 * on the class path), the page's own script and style, and the report data as JSON, all inline. No
 * network request at view time. Untrusted text reaches the page only as escaped JSON ({@link
 * Html#scriptJson}) that the page's script puts into the DOM as text; the Content-Security-Policy
 * allows exactly the two scripts and the style shipped here (by SHA-256).
 */
public final class ReportPage {

  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  private static final String SCRIPT = "dev/posttrends/report/report.js";
  private static final String STYLE = "dev/posttrends/report/report.css";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportPage() {}

  /** The whole page for the report data (see {@code docs/REPORT.md}). */
  public static String render(JsonNode data) {
    String echarts = scriptResource(ECHARTS);
    String script = scriptResource(SCRIPT);
    String style = resource(STYLE);
    String json;
    try {
      json = Html.scriptJson(JSON.writeValueAsString(data));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String csp =
        "default-src 'none'; script-src "
            + hash(echarts)
            + " "
            + hash(script)
            + "; style-src "
            + hash(style)
            + "; img-src data:; base-uri 'none'; form-action 'none'";
    String title = "posttrends report — " + data.path("run").path("output").asText("");
    StringBuilder page = new StringBuilder(echarts.length() + json.length() + 20_000);
    page.append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(Html.escape(csp))
        .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n<title>")
        .append(Html.escape(title))
        .append("</title>\n<style>")
        .append(style)
        .append("</style>\n</head>\n<body>\n<header><h1>posttrends report</h1><p id=\"subtitle\">")
        .append(Html.escape(data.path("run").path("output").asText("")))
        .append("</p></header>\n<main id=\"report\"><noscript>This report draws its charts and")
        .append(" tables with JavaScript; the data is in the page as JSON.</noscript></main>\n")
        .append("<script type=\"application/json\" id=\"report-data\">")
        .append(json)
        .append("</script>\n<script>")
        .append(echarts)
        .append("</script>\n<script>")
        .append(script)
        .append("</script>\n</body>\n</html>\n");
    return page.toString();
  }

  private static String hash(String inline) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A script to inline; one that could close its element or open a comment is refused. */
  private static String scriptResource(String name) {
    String text = resource(name);
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("</script") || lower.contains("<!--")) {
      throw new IllegalStateException(name + " cannot be inlined: it holds </script or <!--");
    }
    return text;
  }

  private static String resource(String name) {
    try (InputStream in = ReportPage.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            name + " is not on the class path (the org.webjars.npm:echarts jar or the build)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
