package dev.posttrends.extract.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Completes comparison bases ({@code 去年同期}, {@code 上年同期}, {@code 较同期}): the period named earlier in
 * the same sentence, moved to the base's year; the post's date one year earlier when the sentence
 * names none.
 */
final class Comparisons {

  private Comparisons() {}

  private static final String SENTENCE_ENDS = "。！？；!?;\n";

  static List<DateMention> complete(
      String text,
      List<DateMention> mentions,
      List<Resolver.Comparison> pending,
      LocalDate reference) {
    if (!pending.stream().anyMatch(c -> c != null)) {
      return mentions;
    }
    List<DateMention> out = new ArrayList<>(mentions.size());
    for (int k = 0; k < mentions.size(); k++) {
      DateMention mention = mentions.get(k);
      Resolver.Comparison comparison = pending.get(k);
      if (comparison == null) {
        out.add(mention);
        continue;
      }
      Period clause = clausePeriod(text, mentions, k);
      Period p = comparison.apply(clause, reference);
      out.add(
          new DateMention(
              mention.surface(), p.start(), p.end(), p.resolution(), mention.charOffset(), true));
    }
    return out;
  }

  /**
   * A bare {@code 全年} ("the whole year") after an explicit year in the same sentence is that year,
   * not the post's: {@code 2023年该区全年引进项目78个} speaks of 2023.
   */
  static List<DateMention> wholeYears(String text, List<DateMention> mentions) {
    List<DateMention> out = new ArrayList<>(mentions);
    for (int k = 1; k < out.size(); k++) {
      DateMention mention = out.get(k);
      if (!mention.surface().equals("全年")) {
        continue;
      }
      Period before = clausePeriod(text, out, k);
      if (before != null && before.resolution().equals("year")) {
        out.set(
            k,
            new DateMention(
                mention.surface(),
                before.start(),
                before.end(),
                "year",
                mention.charOffset(),
                false));
      }
    }
    return out;
  }

  /** The nearest period named before mention {@code k} in its sentence that is not a base. */
  private static Period clausePeriod(String text, List<DateMention> mentions, int k) {
    int offset = mentions.get(k).charOffset();
    for (int j = k - 1; j >= 0; j--) {
      DateMention before = mentions.get(j);
      if (crossesSentence(text, before.charOffset(), offset)) {
        return null;
      }
      if (!before.isComparisonBase()) {
        return new Period(before.start(), before.end(), before.resolution());
      }
    }
    return null;
  }

  private static boolean crossesSentence(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
