package dev.posttrends.extract.keywords;

import java.util.Map;

/** The terms of a text with their counts. Build one per thread; the segmenter loads once per JVM. */
public final class TermExtractor {

  /** Term → occurrences in {@code text}, in first-seen order. */
  public Map<String, Integer> termCounts(String text) {
    return Map.of(); // placeholder until the segmenter lands (issue 3)
  }
}
