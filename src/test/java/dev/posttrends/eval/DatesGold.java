package dev.posttrends.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The annotated date mentions of {@code gold/dates_dev.jsonl}, one entry per post. */
final class DatesGold {

  private DatesGold() {}

  /** A gold mention: surface, inclusive interval and resolution. */
  record Mention(String surface, LocalDate start, LocalDate end, String resolution) {}

  /** A post's file name, its reference date (null: not scored) and its mentions in order. */
  record Entry(String file, LocalDate reference, List<Mention> mentions) {}

  static List<Entry> read(Path jsonl) {
    ObjectMapper mapper = new ObjectMapper();
    List<Entry> entries = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(jsonl)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = mapper.readTree(line);
        JsonNode ref = node.path("reference");
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : node.path("mentions")) {
          mentions.add(
              new Mention(
                  m.path("surface").asText(),
                  LocalDate.parse(m.path("start_date").asText()),
                  LocalDate.parse(m.path("end_date").asText()),
                  m.path("resolution").asText()));
        }
        entries.add(
            new Entry(
                node.path("file").asText(),
                ref.isNull() || ref.isMissingNode() ? null : LocalDate.parse(ref.asText()),
                mentions));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read date gold " + jsonl + ": " + e.getMessage(), e);
    }
    return entries;
  }
}
