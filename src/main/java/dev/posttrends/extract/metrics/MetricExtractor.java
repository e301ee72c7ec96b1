package dev.posttrends.extract.metrics;

import java.util.List;

/**
 * Finds the metric mentions of a text. Build one per thread and reuse it (patterns and tables are
 * built once).
 */
public final class MetricExtractor {

  /** The mentions of {@code text} in reading order. */
  public List<MetricMention> extract(String text) {
    return List.of(); // placeholder until the extractor lands (issue 3)
  }
}
