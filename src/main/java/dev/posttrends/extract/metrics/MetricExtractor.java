package dev.posttrends.extract.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the metric mentions of a text. Build one per thread and reuse it (patterns and tables are
 * built once).
 *
 * <p>A hand-written scanner reads each number once (Arabic, full-width or Chinese, with its
 * multipliers), then looks at the word after it for a unit and at the words before and after it for
 * hedges and change words; there are no regular expressions, so no backtracking, and the work is
 * linear in the text. The full-width folding keeps indices, so offsets point into {@code text}.
 */
public final class MetricExtractor {

  /** The mentions of {@code text} in reading order. */
  public List<MetricMention> extract(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    String t = TextScan.halfWidth(text);
    List<FigureReader.Figure> figures = FigureReader.read(t);
    List<MetricMention> mentions = new ArrayList<>(figures.size());
    int prevEnd = 0;
    for (FigureReader.Figure f : figures) {
      mentions.add(toMention(text, t, f, prevEnd));
      prevEnd = f.end;
    }
    return mentions;
  }

  private static MetricMention toMention(
      String text, String t, FigureReader.Figure f, int prevEnd) {
    int sentenceStart = Clauses.sentenceStart(t, f.start);
    int sentenceEnd = Clauses.sentenceEnd(t, f.end);
    int commaStart = Clauses.commaStart(t, f.start, sentenceStart);
    String subject = Clauses.subject(t, Math.max(commaStart, prevEnd), f.start);
    int clauseStart = sentenceStart;
    int clauseEnd = sentenceEnd;
    if (subject != null) {
      clauseStart = commaStart;
      clauseEnd = Clauses.commaEnd(t, f.end, sentenceEnd);
    }
    return new MetricMention(
        text.substring(f.start, f.end),
        clean(f.value),
        f.high == null ? null : clean(f.high),
        f.unit,
        f.kind,
        f.change,
        f.approx,
        subject,
        f.start,
        clauseStart,
        clauseEnd);
  }

  /** Exact decimal without trailing zeros or exponent: 3424.70 → 3424.7, 3E+10 → 30000000000. */
  static BigDecimal clean(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
