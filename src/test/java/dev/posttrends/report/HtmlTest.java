package dev.posttrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class HtmlTest {

  static final String HOSTILE =
      "</script><script>window.__pwned=1</script><!-- \"><img src=x onerror=alert(1)> & '"
          + " \u2028\u2029 ]]>";

  @Test
  void escapesTextAndAttributes() {
    assertEquals(
        "&lt;b title=&quot;x&quot; a=&#39;y&#39;&gt;&amp;amp;&lt;/b&gt;",
        Html.escape("<b title=\"x\" a='y'>&amp;</b>"));
    assertEquals("", Html.escape(null));
    assertEquals("人民币 7.79%", Html.escape("人民币 7.79%"));
  }

  @Test
  void jsonInAScriptElementCannotEndItAndKeepsItsValue() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode value = mapper.createObjectNode().put("title", HOSTILE);
    value.putArray("tags").add("<SCRIPT>").add("-->");
    String safe = Html.scriptJson(mapper.writeValueAsString(value));
    String lower = safe.toLowerCase(java.util.Locale.ROOT);
    assertFalse(lower.contains("</script"), safe);
    assertFalse(lower.contains("<!--"), safe);
    assertFalse(lower.contains("-->"), safe);
    assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&"), safe);
    assertFalse(safe.contains("\u2028") || safe.contains("\u2029"), safe);
    JsonNode back = mapper.readTree(safe);
    assertEquals(value, back);
  }

  @Test
  void linksOnlyToAbsoluteHttpUrls() {
    assertEquals(
        "https://finance.eastmoney.com/a/1.html",
        Html.safeLink(" https://finance.eastmoney.com/a/1.html "));
    assertEquals("HTTP://example.com/x?a=1&b=2", Html.safeLink("HTTP://example.com/x?a=1&b=2"));
    for (String bad :
        new String[] {
          "javascript:alert(1)",
          "JavaScript:alert(1)",
          " javascript:alert(1)",
          "java\nscript:alert(1)",
          "data:text/html,<script>alert(1)</script>",
          "vbscript:x",
          "//evil.example/x",
          "/relative/path",
          "relative.html",
          "http:/no-host",
          "https://exa mple.com/",
          "ftp://example.com/file",
          "http://example.com/a\u2028b",
          "",
          null
        }) {
      assertNull(Html.safeLink(bad), String.valueOf(bad));
    }
  }
}
