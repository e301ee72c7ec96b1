package dev.posttrends.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.posttrends.extract.ParserOptions;
import dev.posttrends.extract.PostParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Shared helpers of the gold-set evaluations: reading {@code gold/*.jsonl} lines, reading an
 * annotated post's title and text as the pipeline sees them, and formatting figures. The metric
 * gold lives here too ({@link #readMetrics}); each evaluation owns its own matching.
 */
final class Gold {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Gold() {}

  /** A gold metric mention (contract: {@code shared/METRICS.md}). */
  record Metric(
      String surface,
      BigDecimal value,
      BigDecimal valueHigh,
      String unit,
      String kind,
      String change,
      boolean approx) {}

  /** A post's file name and its gold metric mentions in reading order. */
  record MetricPost(String file, List<Metric> mentions) {}

  /** The JSON objects of a JSON Lines file, blank lines skipped. */
  static List<JsonNode> readJsonLines(Path jsonl) {
    List<JsonNode> nodes = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(jsonl)) {
        if (!line.isBlank()) {
          nodes.add(MAPPER.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read gold " + jsonl + ": " + e.getMessage(), e);
    }
    return nodes;
  }

  static List<MetricPost> readMetrics(Path jsonl) {
    List<MetricPost> posts = new ArrayList<>();
    for (JsonNode node : readJsonLines(jsonl)) {
      List<Metric> mentions = new ArrayList<>();
      for (JsonNode m : node.path("mentions")) {
        mentions.add(
            new Metric(
                m.path("surface").asText(),
                new BigDecimal(m.path("value").asText()),
                m.hasNonNull("value_high") ? new BigDecimal(m.get("value_high").asText()) : null,
                m.path("unit").asText(),
                m.path("kind").asText(),
                m.hasNonNull("change") ? m.get("change").asText() : null,
                m.path("approx").asBoolean(false)));
      }
      posts.add(new MetricPost(node.path("file").asText(), mentions));
    }
    return posts;
  }

  /** Title (null when none) and clean text of {@code goldDir/posts/file}, or null if unreadable. */
  static PostParser.TitleAndText readPost(Path goldDir, String file) {
    Path path = goldDir.resolve("posts").resolve(file);
    try {
      return new PostParser(ParserOptions.inZone("Asia/Shanghai"))
          .readTitleAndText(file, Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read gold post " + path + ": " + e.getMessage(), e);
    }
  }

  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * ratio);
  }

  static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  static String plain(BigDecimal v) {
    return v == null ? "-" : v.stripTrailingZeros().toPlainString();
  }
}
