package dev.posttrends.extract.metrics;

import java.util.List;

/**
 * Lists of figures: {@code 同比分别下降26%和50%}, {@code 18%/21%} and {@code fell 150 points, or 1.1%}
 * share the change word of their first figure.
 */
final class ListContext {

  private static final String[] SEPARATORS = TextScan.words("、|/|和|及|与|或| and | or ");

  /** {@code fell 150 points, or 1.1%}: the same move restated. */
  private static final String OR = ", or ";

  private ListContext() {}

  /** Length of the list separator at {@code k}, or 0. */
  static int separator(String t, int k) {
    for (String s : SEPARATORS) {
      if (t.startsWith(s, k)) {
        return s.length();
      }
    }
    return 0;
  }

  static void shareChange(String t, List<FigureReader.Figure> figures) {
    for (int i = 1; i < figures.size(); i++) {
      FigureReader.Figure prev = figures.get(i - 1);
      FigureReader.Figure cur = figures.get(i);
      if (cur.change == null
          && prev.change != null
          && prev.end < cur.start
          && (separator(t, prev.end) == cur.start - prev.end
              || (cur.start - prev.end == OR.length() && t.startsWith(OR, prev.end)))) {
        cur.change = prev.change;
      }
    }
  }
}
