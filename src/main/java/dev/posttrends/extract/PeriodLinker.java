package dev.posttrends.extract;

import dev.posttrends.extract.dates.DateMention;
import dev.posttrends.extract.metrics.MetricMention;
import java.util.List;

/**
 * The period a figure covers: the nearest date mention before it in the same sentence that is not a
 * comparison base. In {@code 今年1至4月，该区实际使用外资1.68亿美元，同比增长7.79%；外贸进出口 99.34亿元} every figure covers
 * {@code 今年1至4月}; {@code 去年同期} only says what they are compared with. Sentences end at {@code
 * 。！？!?} and line breaks (a {@code ；} or {@code ，} does not end the period's reach).
 */
public final class PeriodLinker {

  private PeriodLinker() {}

  /** The date mention that names the period of {@code metric}, or null. */
  public static DateMention periodOf(MetricMention metric, List<DateMention> dates, String text) {
    int sentenceStart = sentenceStart(text, metric.charOffset());
    DateMention best = null;
    for (DateMention date : dates) {
      if (date.charOffset() >= metric.charOffset()) {
        break; // dates come in reading order
      }
      if (date.charOffset() >= sentenceStart && !date.isComparisonBase()) {
        best = date;
      }
    }
    return best;
  }

  static int sentenceStart(String text, int offset) {
    for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n') {
        return i + 1;
      }
    }
    return 0;
  }
}
