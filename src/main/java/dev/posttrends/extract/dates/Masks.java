package dev.posttrends.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts of a text whose numbers are not dates: URLs, names in 《》 (a plan's, a law's) and reports
 * named by their year.
 */
final class Masks {

  private Masks() {}

  /** A URL runs to the first space or closing punctuation; its path may hold CJK (12月8日.html). */
  static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s，。；！？、）)》<>\"“”]+");

  /**
   * What follows a year when the year is part of a report's name: 2022年年报, 2022年度报告, 2022年半年报,
   * 2022年第一季度报告 are reports, as 2022年报 is (DATES.md); 2022年度报告期 is the period itself.
   */
  private static final Pattern REPORT_NAME = Pattern.compile("(?:年度?|半年度?|第?[一二三四1-4]季度?)?报(?!告期)");

  /** True when a report's name continues at {@code end}, right after a year. */
  static boolean reportNameAt(String text, int end) {
    return end < text.length()
        && "年半第一二三四1234报".indexOf(text.charAt(end)) >= 0
        && REPORT_NAME.matcher(text).region(end, text.length()).lookingAt();
  }

  /** Start and end of each URL; empty (and cheap) for the usual text without one. */
  static List<int[]> urls(String text) {
    if (!text.contains("http") && !text.contains("www.")) {
      return List.of();
    }
    List<int[]> spans = new ArrayList<>();
    Matcher m = URL.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }

  static boolean inside(List<int[]> spans, int index) {
    for (int[] span : spans) {
      if (index >= span[0] && index < span[1]) {
        return true;
      }
    }
    return false;
  }

  /** True inside 《…》 on the same line: the year of 《2022年工作要点》 is part of a name. */
  static boolean insideTitleMarks(String text, int index) {
    for (int i = index - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '《') {
        return true;
      }
      if (c == '》' || c == '\n') {
        return false;
      }
    }
    return false;
  }
}
