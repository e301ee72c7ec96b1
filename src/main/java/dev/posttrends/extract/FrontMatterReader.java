package dev.posttrends.extract;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads front matter with Jackson's YAML mapper into a tree (no type tags are ever turned into
 * objects: the tree holds only strings, numbers, booleans, lists and maps). When YAML fails, falls
 * back to a lenient top-level {@code key: value} reading, because the source site writes {@code
 * title: "…"} without escaping inner quotes.
 */
final class FrontMatterReader {

  // Greedy "(.*)" and trailing blanks trimmed in code: a lazy "(.*?)[ \t]*$" backtracks over
  // every run of inner blanks, quadratic on a long hostile line.
  private static final Pattern KEY_VALUE =
      Pattern.compile("^([A-Za-z_][A-Za-z0-9_.-]*)[ \\t]*:(?:[ \\t]+(.*))?$");
  private static final Pattern LIST_ITEM = Pattern.compile("^[ \\t]+-[ \\t]+(.*)$");

  private final ObjectMapper yaml;

  FrontMatterReader() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20); // billion-laughs guard
    options.setCodePointLimit(1 << 20);
    options.setAllowDuplicateKeys(true); // later key wins, as in Jekyll
    this.yaml = new YAMLMapper(YAMLFactory.builder().loaderOptions(options).build());
  }

  FrontMatter read(String text, List<String> notes) throws Rejected {
    if (text.isBlank()) {
      return new FrontMatter(JsonNodeFactory.instance.objectNode(), false);
    }
    String error;
    try {
      JsonNode node;
      try (JsonParser parser = depthLimited(yaml.createParser(text))) {
        node = yaml.readTree(parser);
      }
      if (node == null) {
        node = MissingNode.getInstance(); // as readTree(String) answers for empty content
      }
      if (node instanceof ObjectNode object) {
        return new FrontMatter(object, false);
      }
      error =
          "front matter is a YAML "
              + (node == null ? "nothing" : node.getNodeType())
              + ", not a mapping of keys";
    } catch (IOException | RuntimeException e) { // JacksonException is an IOException
      error = firstLine(e.getMessage());
    }
    ObjectNode lenient = readLeniently(text);
    if (lenient.isEmpty()) {
      throw new Rejected(
          RejectReason.INVALID_FRONT_MATTER, "Cannot parse front matter: " + error, text);
    }
    notes.add("LENIENT_FRONT_MATTER: " + error);
    return new FrontMatter(lenient, true);
  }

  /**
   * Deepest nesting of lists and maps a front matter may have. Real front matter nests two or three
   * levels; a deeper document is hostile or broken and falls back to the lenient reading. Checked
   * here because Jackson 2.15 (Spark 3.5) does not check YAML depth, Jackson 2.16+ only at 1000,
   * and snakeyaml's own nesting limit applies to its composer, which Jackson does not use.
   */
  static final int MAX_NESTING_DEPTH = 100;

  private static JsonParser depthLimited(JsonParser parser) {
    return new JsonParserDelegate(parser) {
      @Override
      public JsonToken nextToken() throws IOException {
        JsonToken token = super.nextToken();
        if (token != null
            && token.isStructStart()
            && getParsingContext().getNestingDepth() > MAX_NESTING_DEPTH) {
          throw new JsonParseException(
              this,
              "Document nesting depth ("
                  + getParsingContext().getNestingDepth()
                  + ") exceeds the maximum allowed ("
                  + MAX_NESTING_DEPTH
                  + ")");
        }
        return token;
      }
    };
  }

  /** Top-level {@code key: value} lines, with block lists of {@code - item} under a bare key. */
  static ObjectNode readLeniently(String text) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    ArrayNode openList = null;
    for (String line : text.split("\r?\n")) {
      Matcher item = LIST_ITEM.matcher(line);
      if (openList != null && item.matches()) {
        openList.add(unquote(trimBlanks(item.group(1))));
        continue;
      }
      openList = null;
      Matcher kv = KEY_VALUE.matcher(line);
      if (!kv.matches()) {
        continue;
      }
      String key = kv.group(1);
      String value = kv.group(2) == null ? "" : trimBlanks(kv.group(2));
      if (value.isEmpty()) {
        openList = out.putArray(key);
      } else if (value.startsWith("[") && value.endsWith("]")) {
        ArrayNode list = out.putArray(key);
        for (String part : value.substring(1, value.length() - 1).split(",")) {
          if (!part.isBlank()) {
            list.add(unquote(part.trim()));
          }
        }
      } else {
        out.put(key, unquote(value));
      }
    }
    return out;
  }

  /** Removes trailing spaces and tabs only, as YAML does; other white space is content. */
  private static String trimBlanks(String value) {
    int end = value.length();
    while (end > 0 && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
      end--;
    }
    return value.substring(0, end);
  }

  /** Strips one pair of matching outer quotes; inner quotes are kept as written. */
  private static String unquote(String value) {
    if (value.length() >= 2) {
      char first = value.charAt(0);
      char last = value.charAt(value.length() - 1);
      if ((first == '"' || first == '\'') && last == first) {
        return value.substring(1, value.length() - 1);
      }
    }
    return value;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown YAML error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
