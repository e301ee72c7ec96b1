package dev.posttrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.posttrends.testing.Browser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Posts whose title, category, tags, body and URL carry markup and script: the report shows them as
 * text and runs none of them. A hostile category spikes in its last week, so its titles and links
 * reach the spikes table too.
 */
class HostileReportTest {

  static final String TITLE = "</script><script>window.__pwned=1</script> 标题";
  static final String CATEGORY = "\"><img src=x onerror=window.__pwned=2>";
  static final String TAG = "<script>window.__pwned=3</script>";
  static final String SEPARATORS = "行\u2028分\u2029隔";

  @TempDir static Path tmp;
  static Path out;
  static JsonNode data;

  /** Weekly posts 1, 2, 3, 1, 2, 3 then 10: the last week is a spike (z = 5.4). */
  @BeforeAll
  static void runHostileSample() throws Exception {
    Path posts = tmp.resolve("in").resolve("_posts");
    Files.createDirectories(posts);
    int[] weekly = {1, 2, 3, 1, 2, 3, 10};
    LocalDate monday = LocalDate.of(2024, 1, 1);
    int n = 0;
    for (int week = 0; week < weekly.length; week++) {
      for (int i = 0; i < weekly[week]; i++) {
        LocalDate day = monday.plusWeeks(week).plusDays(i % 5);
        String url =
            n % 2 == 0 ? "javascript:window.__pwned=4" : "https://example.com/a/" + n + ".html";
        String post =
            "---\n"
                + "title: "
                + yaml(TITLE + " " + SEPARATORS + " #" + n)
                + "\n"
                + "date: "
                + day
                + " 08:00:00 +0800\n"
                + "categories: ["
                + yaml(CATEGORY)
                + "]\n"
                + "tags: ["
                + yaml(TAG)
                + ", "
                + yaml("\"><svg onload=window.__pwned=5>")
                + "]\n"
                + "url: "
                + yaml(url)
                + "\n"
                + "---\n"
                + "<p>营业收入12.5亿元，同比增长7.9%。<script>window.__pwned=6</script></p>\n"
                + "<p><a href=\"javascript:window.__pwned=7\">点击</a> 净利润"
                + (n + 1)
                + "亿元 </script> \u2028</p>\n";
        Files.writeString(
            posts.resolve(day + "-post-" + n + ".html"), post, StandardCharsets.UTF_8);
        n++;
      }
    }
    out = tmp.resolve("out");
    ReportFiles.run(out, "--input", tmp.resolve("in").toString(), "--timezone", "Asia/Shanghai");
    data = ReportFiles.data(out);
  }

  /** A YAML double-quoted scalar (JSON string escapes, line separators escaped too). */
  private static String yaml(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\u2028' -> b.append("\\L");
        case '\u2029' -> b.append("\\P");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  @Test
  void theDataKeepsTheTextAndDropsUnsafeLinks() {
    assertEquals(CATEGORY, data.at("/volume/categories/0").asText());
    JsonNode spike = data.at("/spikes/0");
    assertEquals(CATEGORY, spike.get("category").asText());
    assertEquals(3, spike.get("titles").size());
    for (JsonNode title : spike.get("titles")) {
      assertTrue(title.get("title").asText().startsWith(TITLE), title.toString());
      String url = title.get("url").isNull() ? null : title.get("url").asText();
      if (url != null) {
        assertTrue(url.startsWith("https://example.com/"), url);
      }
    }
    assertTrue(data.toString().contains("javascript") == false, "no javascript: URL in the data");
  }

  @Test
  void thePageShowsHostileTextAsTextAndRunsNoneOfIt() throws Exception {
    ChromeDriver browser = Browser.open();
    try {
      browser.get(ReportFiles.page(out).toUri().toString());
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(
              d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-rendered")));
      Browser.screenshot(browser, Path.of("target", "report-hostile-screenshot.png"));
      try {
        String text = browser.switchTo().alert().getText();
        throw new AssertionError("a dialog opened: " + text);
      } catch (NoAlertPresentException expected) {
        // no dialog
      }
      JavascriptExecutor js = browser;
      assertNull(
          js.executeScript("return window.__pwned === undefined ? null : String(window.__pwned)"),
          "canary global stays unset");
      assertEquals(
          3L, js.executeScript("return document.scripts.length"), "only the page's scripts");
      assertEquals(
          0L,
          js.executeScript(
              "return document.querySelectorAll('img, svg[onload], iframe, object,"
                  + " embed').length"));
      assertEquals(
          0L,
          js.executeScript(
              "return Array.prototype.filter.call(document.querySelectorAll('*'), function (e) {"
                  + " return Array.prototype.some.call(e.attributes, function (a) { return"
                  + " /^on/i.test(a.name); }); }).length"));
      String body = browser.findElement(By.tagName("body")).getText();
      assertTrue(
          body.contains("</script><script>window.__pwned=1</script>"), "title shown as text");
      assertTrue(body.contains(CATEGORY), "category shown as text");
      String spikes = browser.findElement(By.id("spikes")).getText();
      assertTrue(spikes.contains(TITLE), spikes);
      for (JsonNode title : data.at("/spikes/0/titles")) {
        // the line separators in the middle may render as line breaks: check the number too
        String text = title.get("title").asText();
        assertTrue(spikes.contains(text.substring(text.lastIndexOf(" #"))), "spike title: " + text);
      }
      for (WebElement a : browser.findElements(By.tagName("a"))) {
        String href = a.getAttribute("href");
        assertTrue(href.startsWith("https://example.com/"), href);
      }
      assertFalse(browser.findElements(By.tagName("a")).isEmpty(), "safe links kept");
      for (String chart : List.of("volume-chart", "money-chart")) {
        assertTrue(Browser.drawnPixels(browser, chart) > 2_000, chart + " has drawn");
      }
      assertEquals(List.of(), Browser.consoleErrors(browser), "console errors");
    } finally {
      browser.quit();
    }
  }
}
