package dev.posttrends.extract;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One line of a JSON Lines dump: either {@code {"path": …, "content": "<whole Jekyll file>"}} or a
 * structured post {@code {"title", "date", "categories", "tags", "body", "url"}} (any other keys
 * are kept as front matter).
 */
final class JsonLineReader {

  // Anything after the first value (two records glued on one line, a torn write) is malformed:
  // by default Jackson would read the first value and silently drop the rest.
  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  Post read(RawInput input, PostParser parser, List<String> notes) throws Rejected {
    String line = input.line();
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JacksonException e) {
      throw new Rejected(
          RejectReason.MALFORMED_JSON_LINE,
          "Malformed JSON at " + input.sourcePath() + ": " + firstLine(e.getOriginalMessage()),
          line);
    }
    if (!(node instanceof ObjectNode object)) {
      throw new Rejected(
          RejectReason.NOT_A_JSON_OBJECT,
          "Line "
              + input.sourcePath()
              + " is a JSON "
              + (node == null ? "nothing" : node.getNodeType())
              + ", not an object",
          line);
    }
    JsonNode content = object.get("content");
    if (content != null && content.isTextual()) {
      JsonNode path = object.get("path");
      String logical =
          path != null && path.isTextual() && !path.asText().isBlank()
              ? path.asText().replace('\\', '/')
              : input.sourcePath();
      return parser.parseDocument(input, logical, content.asText(), "UTF-8", notes);
    }
    if (object.has("title") || object.has("date") || object.has("body")) {
      JsonNode body = object.remove("body");
      object.remove("content");
      String bodyText = body == null || body.isNull() ? "" : body.asText();
      return parser.build(
          input, null, "UTF-8", new FrontMatter(object, false), bodyText, false, notes, line);
    }
    throw new Rejected(
        RejectReason.NOT_A_JSON_OBJECT,
        "Line "
            + input.sourcePath()
            + " has neither 'content' nor 'title'/'date'/'body': keys "
            + fieldNames(object),
        line);
  }

  private static String fieldNames(ObjectNode object) {
    StringBuilder out = new StringBuilder("[");
    object
        .fieldNames()
        .forEachRemaining(name -> out.append(out.length() > 1 ? ", " : "").append(name));
    return out.append(']').toString();
  }

  private static String firstLine(String message) {
    int nl = message == null ? -1 : message.indexOf('\n');
    return nl < 0 ? String.valueOf(message) : message.substring(0, nl);
  }
}
