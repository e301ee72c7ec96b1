package dev.posttrends.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parts of a text whose numbers are not dates: URLs, and names in 《》 (a plan's, a law's). */
final class Masks {

  private Masks() {}

  /** A URL runs to the first space or closing punctuation; its path may hold CJK (12月8日.html). */
  static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s，。；！？、）)》<>\"“”]+");

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
