package dev.posttrends.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The top-level keys of a post's front matter, as a JSON tree (from YAML, from the lenient reading,
 * or from a structured JSON Lines record), with Jekyll's ways of reading them.
 */
public final class FrontMatter {

  private final ObjectNode values;
  private final boolean lenient;

  FrontMatter(ObjectNode values, boolean lenient) {
    this.values = values;
    this.lenient = lenient;
  }

  /** True when YAML failed and the values come from the lenient {@code key: value} reading. */
  public boolean isLenient() {
    return lenient;
  }

  public boolean has(String key) {
    JsonNode node = values.get(key);
    return node != null && !node.isNull();
  }

  /** True when the key holds a mapping (where a list or a string was expected). */
  public boolean isMap(String key) {
    JsonNode node = values.get(key);
    return node != null && node.isObject();
  }

  /** A scalar as text (numbers and booleans as written); null for absent, null or containers. */
  public String text(String key) {
    JsonNode node = values.get(key);
    return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
  }

  /**
   * Jekyll's plural reading: a list item by item, or a string split on whitespace. Nested lists are
   * flattened; null items dropped.
   */
  public List<String> splitList(String key) {
    List<String> out = new ArrayList<>();
    JsonNode node = values.get(key);
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      flatten(node, out);
    } else if (!node.isObject()) {
      for (String part : node.asText().trim().split("\\s+")) {
        if (!part.isEmpty()) {
          out.add(part);
        }
      }
    }
    return out;
  }

  /** Jekyll's singular reading: one value, not split; a list counts item by item. */
  public List<String> singleList(String key) {
    List<String> out = new ArrayList<>();
    JsonNode node = values.get(key);
    if (node == null || node.isNull() || node.isObject()) {
      return out;
    }
    if (node.isArray()) {
      flatten(node, out);
    } else if (!node.asText().isBlank()) {
      out.add(node.asText().trim());
    }
    return out;
  }

  /** YAML-ish boolean: true/false/yes/no/on/off, case-insensitive; otherwise the default. */
  public boolean bool(String key, boolean otherwise) {
    String value = text(key);
    if (value == null) {
      return otherwise;
    }
    return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> otherwise;
    };
  }

  /** The whole front matter as compact JSON, for BI users who need a key we do not model. */
  public String toJson() {
    return values.toString();
  }

  private static void flatten(JsonNode array, List<String> out) {
    for (JsonNode item : array) {
      if (item.isArray()) {
        flatten(item, out);
      } else if (!item.isNull() && !item.isObject() && !item.asText().isBlank()) {
        out.add(item.asText().trim());
      }
    }
  }
}
