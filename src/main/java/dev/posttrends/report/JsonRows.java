package dev.posttrends.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import scala.collection.Seq;

/** Collected rows (small: aggregates and capped lists) as JSON objects keyed by column name. */
final class JsonRows {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonRows() {}

  static ArrayNode array(List<Row> rows) {
    ArrayNode out = NODES.arrayNode();
    rows.forEach(row -> out.add(object(row)));
    return out;
  }

  static ObjectNode object(Row row) {
    ObjectNode out = NODES.objectNode();
    StructField[] fields = row.schema().fields();
    for (int i = 0; i < fields.length; i++) {
      out.set(fields[i].name(), value(row.get(i)));
    }
    return out;
  }

  /** Dates as ISO strings, decimals as numbers (exact in the JSON text), arrays as arrays. */
  static com.fasterxml.jackson.databind.JsonNode value(Object v) {
    if (v == null) {
      return NODES.nullNode();
    } else if (v instanceof String s) {
      return NODES.textNode(s);
    } else if (v instanceof Long l) {
      return NODES.numberNode(l);
    } else if (v instanceof Integer n) {
      return NODES.numberNode(n);
    } else if (v instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? NODES.nullNode() : NODES.numberNode(d);
    } else if (v instanceof BigDecimal d) {
      return NODES.numberNode(d);
    } else if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    } else if (v instanceof java.sql.Date || v instanceof java.time.LocalDate) {
      return NODES.textNode(v.toString());
    } else if (v instanceof Row r) {
      return object(r);
    } else if (v instanceof Seq<?> seq) {
      ArrayNode out = NODES.arrayNode();
      scala.collection.Iterator<?> it = seq.iterator();
      while (it.hasNext()) {
        out.add(value(it.next()));
      }
      return out;
    } else if (v instanceof List<?> list) {
      ArrayNode out = NODES.arrayNode();
      list.forEach(e -> out.add(value(e)));
      return out;
    }
    return NODES.textNode(v.toString());
  }
}
