package dev.posttrends.report;

import static dev.posttrends.testing.DuckDb.rows;
import static dev.posttrends.testing.DuckDb.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.posttrends.testing.Browser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report of the README's sample run: its numbers against DuckDB over the same output, and the
 * page in a real headless Chromium (charts drawn, period switch, links, no console error).
 */
class ReportRunTest {

  @TempDir static Path tmp;
  static Path out;
  static String stdout;
  static JsonNode data;

  @BeforeAll
  static void runSample() throws Exception {
    out = tmp.resolve("out");
    stdout = ReportFiles.run(out, "--job", "jobs/sample.yaml");
    data = ReportFiles.data(out);
  }

  private static String t(String name) {
    return table(out.resolve(name));
  }

  @Test
  void theRunPrintsTheReportPath() {
    assertTrue(stdout.contains("Report: "), stdout);
    assertTrue(stdout.contains("report/index.html"), stdout);
    assertTrue(Files.isRegularFile(ReportFiles.page(out)));
  }

  @Test
  void runFactsEqualTheTables() {
    JsonNode run = data.get("run");
    assertEquals(
        rows("select count(*) from " + t("posts")).get(0).get(0), run.get("posts").asLong());
    assertEquals(
        rows("select count(*) from " + t("rejects")).get(0).get(0), run.get("rejects").asLong());
    for (List<Object> r :
        rows("select reason, count(*) from " + t("rejects") + " group by reason")) {
      assertEquals(
          ((Number) r.get(1)).longValue(),
          run.get("rejects_by_reason").get((String) r.get(0)).asLong());
    }
    List<Object> range =
        rows("select min(published_date)::varchar, max(published_date)::varchar, count(distinct"
                + " category) from "
                + t("posts"))
            .get(0);
    assertEquals(range.get(0), run.get("first_date").asText());
    assertEquals(range.get(1), run.get("last_date").asText());
    assertEquals(((Number) range.get(2)).longValue(), run.get("media").asLong());
  }

  @Test
  void namesInTheNewsEqualTheEntityTrends() {
    String ep = t("trends/entity_period");
    List<String> expected = new ArrayList<>();
    rows("with named as (select * from "
            + ep
            + " where post_count > 0), latest as (select period, max(period_start) s from named"
            + " group by period) select n.period, n.period_start::varchar, n.entity,"
            + " coalesce(n.code, ''), n.post_count from named n join latest l on n.period ="
            + " l.period and n.period_start = l.s qualify row_number() over (partition by"
            + " n.period order by n.post_count desc, n.entity) <= 15 order by n.period,"
            + " n.post_count desc, n.entity")
        .forEach(r -> expected.add(r.toString()));
    List<String> shown = new ArrayList<>();
    data.get("names")
        .forEach(
            r ->
                shown.add(
                    List.of(
                            r.get("period").asText(),
                            r.get("period_start").asText(),
                            r.get("entity").asText(),
                            r.get("code").isNull() ? "" : r.get("code").asText(),
                            r.get("post_count").asLong())
                        .toString()));
    assertEquals(expected, shown);
    assertTrue(
        shown.stream().anyMatch(r -> r.contains("603218.SH")),
        "the sample's code-anchored company is among the year's names: " + shown);
  }

  @Test
  void volumeSeriesEqualCategoryPeriod() {
    String cp = t("trends/category_period");
    List<String> top = new ArrayList<>();
    rows("select category from "
            + cp
            + " where period = 'year' group by category"
            + " order by sum(post_count) desc, category limit 8")
        .forEach(r -> top.add((String) r.get(0)));
    List<String> shown = new ArrayList<>();
    data.at("/volume/categories").forEach(c -> shown.add(c.asText()));
    assertEquals(top, shown);
    assertFalse(top.isEmpty());
    for (String period : ReportData.PERIODS) {
      JsonNode p = data.at("/volume/periods/" + period);
      Map<String, List<Object>> cells =
          cells(
              "select category, period_start::varchar, post_count, is_spike from "
                  + cp
                  + " where period = '"
                  + period
                  + "'");
      for (JsonNode series : p.get("series")) {
        for (int i = 0; i < p.get("starts").size(); i++) {
          List<Object> r =
              cells.get(series.get("key").asText() + "|" + p.get("starts").get(i).asText());
          JsonNode v = series.get("values").get(i);
          if (r == null) {
            assertTrue(v.isNull(), series.get("key") + " " + i);
          } else {
            assertEquals(((Number) r.get(0)).longValue(), v.asLong(), series.get("key") + " " + i);
            assertEquals(r.get(1), series.get("spikes").get(i).asBoolean());
          }
        }
      }
      long distinct =
          ((Number)
                  rows("select count(distinct period_start) from "
                          + cp
                          + " where period = '"
                          + period
                          + "'")
                      .get(0)
                      .get(0))
              .longValue();
      assertEquals(Math.min(distinct, ReportData.MAX_POINTS), p.get("starts").size(), period);
    }
    String def = data.at("/volume/default_period").asText();
    assertTrue(ReportData.PERIODS.contains(def), def);
  }

  @Test
  void spikesAndMoneyEqualTheTables() {
    List<List<Object>> spikes =
        rows(
            "select period, period_start::varchar, category, post_count from "
                + t("trends/category_period")
                + " where is_spike order by period_start desc, zscore desc, category limit 20");
    assertEquals(spikes.size(), data.get("spikes").size());
    for (int i = 0; i < spikes.size(); i++) {
      JsonNode s = data.get("spikes").get(i);
      assertEquals(
          spikes.get(i),
          List.of(
              s.get("period").asText(),
              s.get("period_start").asText(),
              s.get("category").asText(),
              s.get("post_count").asLong()));
    }
    Map<String, List<Object>> money =
        cells(
            "select category, period_start::varchar, sum_value from "
                + t("trends/metric_period")
                + " where period = 'month' and kind = 'money' and unit = 'CNY'");
    Map<String, List<Object>> change =
        cells(
            "select category, period_start::varchar, avg_change_pct from "
                + t("trends/metric_period")
                + " where period = 'month' and kind = 'percent' and avg_change_pct is not null");
    int compared = 0;
    for (String chart : List.of("/money/periods/month", "/percent_change/periods/month")) {
      JsonNode month = data.at(chart);
      for (JsonNode series : month.get("series")) {
        for (int i = 0; i < month.get("starts").size(); i++) {
          String key = series.get("key").asText() + "|" + month.get("starts").get(i).asText();
          List<Object> r = (chart.startsWith("/money") ? money : change).get(key);
          JsonNode v = series.get("values").get(i);
          if (r == null) {
            assertTrue(v.isNull(), chart + " " + key);
          } else if (chart.startsWith("/money")) {
            assertEquals(yi((BigDecimal) r.get(0)), v.decimalValue().setScale(6), key);
            compared++;
          } else {
            assertEquals((Double) r.get(0), v.asDouble(), 0.0, key);
            compared++;
          }
        }
      }
    }
    assertTrue(compared > 10, "figures compared: " + compared);
    List<List<Object>> largest =
        rows(
            "select value from "
                + t("metrics")
                + " where kind = 'money' and unit = 'CNY' order by value desc, post_id, ordinal"
                + " limit 10");
    assertEquals(largest.size(), data.get("largest").size());
    for (int i = 0; i < largest.size(); i++) {
      assertEquals(
          yi((BigDecimal) largest.get(i).get(0)),
          data.get("largest").get(i).get("value_yi").decimalValue().setScale(6));
    }
  }

  /** Rows keyed by their first two columns ("a|b"), the rest as values. */
  private static Map<String, List<Object>> cells(String sql) {
    Map<String, List<Object>> out = new HashMap<>();
    for (List<Object> r : rows(sql)) {
      out.put(r.get(0) + "|" + r.get(1), r.subList(2, r.size()));
    }
    return out;
  }

  private static BigDecimal yi(BigDecimal value) {
    return value.divide(new BigDecimal("100000000")).setScale(6, RoundingMode.HALF_UP);
  }

  @Test
  void thePageInARealBrowser() throws Exception {
    ChromeDriver browser = Browser.open();
    try {
      browser.get(ReportFiles.page(out).toUri().toString());
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(
              d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-rendered")));
      Browser.screenshot(browser, Path.of("target", "report-screenshot.png"));
      assertEquals(List.of(), Browser.consoleErrors(browser), "console errors");
      for (String chart :
          List.of("volume-chart", "rising-chart", "names-chart", "money-chart", "percent-chart")) {
        if (!browser.findElements(By.id(chart)).isEmpty()) {
          assertTrue(Browser.drawnPixels(browser, chart) > 2_000, chart + " has drawn");
        }
      }
      assertFalse(browser.findElements(By.id("volume-chart")).isEmpty(), "the volume chart");
      String text = browser.findElement(By.tagName("body")).getText();
      assertTrue(text.contains(data.at("/volume/categories/0").asText()), "top category shown");
      assertTrue(text.contains("Names in the news"), "the names section");
      assertTrue(text.contains(data.at("/names/0/entity").asText()), "a name shown");
      // the sample has no spike (HostileReportTest has one and checks its titles on the page)
      for (JsonNode spike : data.get("spikes")) {
        for (JsonNode title : spike.get("titles")) {
          assertTrue(text.contains(title.get("title").asText()), "spike title shown: " + title);
        }
      }
      for (WebElement a : browser.findElements(By.tagName("a"))) {
        String href = a.getAttribute("href");
        assertTrue(href.startsWith("http://") || href.startsWith("https://"), href);
      }
      switchesPeriod(browser);
    } finally {
      browser.quit();
    }
  }

  private static void switchesPeriod(ChromeDriver browser) {
    JavascriptExecutor js = browser;
    String xAxis =
        "return"
            + " echarts.getInstanceByDom(document.getElementById('volume-chart')).getOption().xAxis[0].data.length";
    String before = data.at("/volume/default_period").asText();
    long beforePoints = ((Number) js.executeScript(xAxis)).longValue();
    assertEquals(data.at("/volume/periods/" + before + "/starts").size(), beforePoints);
    String other = null;
    for (String p : ReportData.PERIODS) {
      if (!p.equals(before)
          && data.at("/volume/periods/" + p + "/starts").size() != beforePoints
          && data.at("/volume/periods/" + p + "/starts").size() > 0) {
        other = p;
        break;
      }
    }
    assertTrue(other != null, "another period with a different number of points");
    browser.findElement(By.cssSelector("#volume button[data-period='" + other + "']")).click();
    assertEquals(other, browser.findElement(By.id("volume-chart")).getAttribute("data-period"));
    long afterPoints = ((Number) js.executeScript(xAxis)).longValue();
    assertEquals(data.at("/volume/periods/" + other + "/starts").size(), afterPoints);
    assertNotEquals(beforePoints, afterPoints);
    assertTrue(Browser.drawnPixels(browser, "volume-chart") > 2_000, "redrawn");
  }
}
