package dev.posttrends.extract.dates;

import java.time.LocalDate;
import java.util.List;

/** Finds and resolves the dates named in a text. Build one per thread and reuse it. */
public final class DateExtractor {

  /** The date mentions of {@code text}, in reading order, resolved against {@code reference}. */
  public List<DateMention> extract(String text, LocalDate reference) {
    return List.of(); // placeholder until the extractor lands (issue 3)
  }
}
