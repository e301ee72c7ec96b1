package dev.posttrends.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium driven through Selenium (Debian's {@code chromium} and {@code
 * chromium-driver}; {@code CHROMIUM} and {@code CHROMEDRIVER} override the paths). Tests skip with
 * a message when they are absent, unless {@code POSTTRENDS_REQUIRE_BROWSER=1} (set by {@code
 * .ci/run}), which makes their absence a failure.
 */
public final class Browser {

  private Browser() {}

  /** A new headless browser; the caller quits it. */
  public static ChromeDriver open() {
    String chromium = path("CHROMIUM", "/usr/bin/chromium");
    String driver = path("CHROMEDRIVER", "/usr/bin/chromedriver");
    boolean present = new File(chromium).canExecute() && new File(driver).canExecute();
    if (!present) {
      String why =
          "no Chromium at "
              + chromium
              + " or no chromedriver at "
              + driver
              + " (apt-get install chromium chromium-driver fonts-noto-cjk)";
      if ("1".equals(System.getenv("POSTTRENDS_REQUIRE_BROWSER"))) {
        fail("POSTTRENDS_REQUIRE_BROWSER=1 but " + why);
      }
      Assumptions.abort("Browser tests skipped: " + why);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--lang=zh-CN",
        "--allow-file-access-from-files");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
    return new ChromeDriver(service, options);
  }

  /** The page's console messages at level SEVERE (errors, CSP violations, failed loads). */
  public static List<String> consoleErrors(ChromeDriver browser) {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Pixels of the element's canvas that are not transparent (the chart's own drawing). */
  public static long drawnPixels(ChromeDriver browser, String elementId) {
    Object n =
        ((JavascriptExecutor) browser)
            .executeScript(
                "var c = document.querySelector('#' + arguments[0] + ' canvas');"
                    + "if (!c) { return -1; }"
                    + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + "var n = 0; for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) n++; }"
                    + "return n;",
                elementId);
    return ((Number) n).longValue();
  }

  /** A screenshot of the whole page (the window grown to the page's height). */
  public static void screenshot(ChromeDriver browser, Path file) throws java.io.IOException {
    Number height =
        (Number)
            ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight");
    browser
        .manage()
        .window()
        .setSize(new org.openqa.selenium.Dimension(1280, Math.min(height.intValue() + 40, 20_000)));
    ((JavascriptExecutor) browser).executeScript("window.dispatchEvent(new Event('resize'))");
    Files.createDirectories(file.getParent());
    Files.write(file, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }

  private static String path(String env, String fallback) {
    return System.getenv(env) != null ? System.getenv(env) : fallback;
  }
}
