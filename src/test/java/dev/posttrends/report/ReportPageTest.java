package dev.posttrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page as text: one file, every script allowed by hash, untrusted text only as escaped JSON.
 */
class ReportPageTest {

  private static String render() {
    ObjectNode data = new ObjectMapper().createObjectNode();
    data.putObject("run").put("output", HtmlTest.HOSTILE).put("title", HtmlTest.HOSTILE);
    return ReportPage.render(data);
  }

  @Test
  void everyScriptAndStyleIsAllowedByItsHashAndNothingElse() throws Exception {
    String page = render();
    Matcher csp = Pattern.compile("Content-Security-Policy\" content=\"([^\"]*)\"").matcher(page);
    assertTrue(csp.find(), "a CSP meta element");
    String policy = csp.group(1).replace("&#39;", "'");
    assertTrue(policy.startsWith("default-src 'none'; "), policy);
    assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
    List<String> scripts = new ArrayList<>();
    Matcher m = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page);
    while (m.find()) {
      scripts.add(m.group(1));
    }
    assertEquals(2, scripts.size(), "ECharts and the page's script");
    for (String script : scripts) {
      assertTrue(policy.contains("'sha256-" + sha256(script) + "'"), "script allowed by hash");
    }
    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page);
    assertTrue(style.find());
    assertTrue(policy.contains("style-src 'sha256-" + sha256(style.group(1)) + "'"), policy);
    assertFalse(page.contains("http://") && page.contains("src=\"http"), "no remote resource");
  }

  @Test
  void untrustedTextNeverBecomesMarkup() {
    String page = render();
    // three script elements end: the JSON data, ECharts, the page's script
    assertEquals(3, page.split("</script>", -1).length - 1);
    String markup = page.replaceAll("(?s)(<script[^>]*>).*?</script>", "$1</script>");
    assertFalse(markup.contains("<img"), "no injected element");
    assertFalse(page.contains("window.__pwned=1</"), "no injected script");
    assertTrue(
        page.contains("&lt;/script&gt;&lt;script&gt;window.__pwned=1"), "escaped in <title>");
    String json = page.substring(page.indexOf("id=\"report-data\">"), page.indexOf("</script>"));
    assertFalse(json.contains("\u2028") || json.contains("\u2029"), "line separators escaped");
    assertTrue(json.contains("\\u2028"), json);
    assertFalse(
        Pattern.compile("<[a-zA-Z]+\\s[^>]*\\bon[a-zA-Z]+\\s*=").matcher(markup).find(),
        "no inline event handler in the markup");
  }

  @Test
  void onePageWithEChartsInline() {
    String page = render();
    assertTrue(page.startsWith("<!DOCTYPE html>"));
    assertTrue(page.contains("echarts"), "ECharts inlined");
    int bytes = page.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes > 900_000 && bytes < 1_200_000, bytes + " bytes");
  }

  private static String sha256(String s) throws Exception {
    return Base64.getEncoder()
        .encodeToString(
            MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
