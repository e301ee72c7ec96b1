package dev.posttrends.extract.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds and resolves the dates named in a text (contract: {@code shared/DATES.md}). Build one per
 * thread and reuse it: it holds a matcher.
 *
 * <p>The patterns read a {@link NormalizedText} (full-width digits and spaced-out dates read as
 * plain ones); surfaces and offsets are those of the text as written. The scan visits only
 * characters that can open an expression and matches the single pattern of {@link DatePatterns}
 * there; a match may then grow by a suffix ({@code 以来}) or into a run ({@code 2021年1月至3月}).
 * Comparison bases ({@code 去年同期}) are completed last, from the period named before them in the same
 * sentence.
 */
public final class DateExtractor {

  private final Matcher matcher = DatePatterns.EXPRESSION.matcher("");
  private final Matcher separator = DatePatterns.SEPARATOR.matcher("");

  /** The date mentions of {@code text}, in reading order, resolved against {@code reference}. */
  public List<DateMention> extract(String written, LocalDate reference) {
    List<DateMention> out = new ArrayList<>();
    if (written == null || written.isEmpty() || reference == null) {
      return out;
    }
    NormalizedText normalized = NormalizedText.of(written);
    String text = normalized.text;
    matcher.reset(text).useTransparentBounds(true).useAnchoringBounds(false);
    separator.reset(text).useTransparentBounds(true).useAnchoringBounds(false);
    List<int[]> urls = Masks.urls(text);
    List<Resolver.Comparison> pending = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!StartFilter.mayStartAt(text, i) || Masks.inside(urls, i) || !matchAt(i, n)) {
        i++;
        continue;
      }
      Resolver.Resolved r = Resolver.resolve(matcher, text, reference, null);
      if (r == null) {
        i++;
        continue;
      }
      int end = matcher.end();
      boolean yearNow = "今年".equals(matcher.group("yR")) && matcher.end("yR") == end;
      Period p = r.period();
      if (p != null) {
        int grown = growSuffix(text, end, yearNow, p.start(), reference);
        if (grown > end) {
          p = Period.range(p.start(), reference);
          end = grown;
        } else {
          int[] runEnd = new int[1];
          Period run = run(text, end, p, reference, runEnd);
          if (run != null) {
            p = run;
            end = runEnd[0];
          }
        }
      }
      if (!Masks.insideTitleMarks(text, i)) {
        boolean base = r.comparison() != null || (i > 0 && "比较".indexOf(text.charAt(i - 1)) >= 0);
        String surface = text.substring(i, end);
        out.add(
            p == null
                ? new DateMention(surface, null, null, null, i, true)
                : new DateMention(surface, p.start(), p.end(), p.resolution(), i, base));
        pending.add(r.comparison());
      }
      i = end;
    }
    out = Comparisons.wholeYears(text, Comparisons.complete(text, out, pending, reference));
    return normalized.toOriginal(out, written);
  }

  private boolean matchAt(int from, int to) {
    matcher.region(from, to);
    return matcher.lookingAt() && matcher.end() > from;
  }

  /**
   * The end after {@code 以来}/{@code 至今}/{@code 迄今} (since a start, up to the post's date), or after
   * the {@code 内} of {@code 今年内} or the {@code 来} of {@code 今年来，}; {@code end} itself when no such
   * suffix follows.
   */
  private static int growSuffix(
      String text, int end, boolean yearNow, LocalDate start, LocalDate reference) {
    if (start.isAfter(reference)) {
      return end;
    }
    if (text.startsWith("以来", end) || text.startsWith("至今", end) || text.startsWith("迄今", end)) {
      return end + 2;
    }
    if (yearNow && text.startsWith("来", end) && end + 1 < text.length()) {
      // 今年来， is 今年以来 written short; 今年来华 is a visit
      return "，,、".indexOf(text.charAt(end + 1)) >= 0 ? end + 1 : end;
    }
    return yearNow && text.startsWith("内", end) ? end + 1 : end;
  }

  /** The run {@code first 至 second} when a second expression follows a separator, else null. */
  private Period run(String text, int end, Period first, LocalDate reference, int[] runEnd) {
    separator.region(end, text.length());
    if (text.startsWith("至今", end) || !separator.lookingAt() || separator.end() == end) {
      return null;
    }
    int from = separator.end();
    if (from >= text.length() || !matchAt(from, text.length())) {
      return null;
    }
    Resolver.Resolved second = Resolver.resolve(matcher, text, reference, first.start());
    if (second == null || second.period() == null) {
      return null;
    }
    Period p = second.period();
    boolean hasYear = matcher.group("yD") != null || matcher.group("yR") != null;
    if (p.end().isBefore(first.start()) && !hasYear) {
      p = p.shiftYears(1); // 2021年12月至3月: the run crosses into the next year
    }
    if (p.end().isBefore(first.start())) {
      return null;
    }
    runEnd[0] = matcher.end();
    return Period.range(first.start(), p.end());
  }
}
