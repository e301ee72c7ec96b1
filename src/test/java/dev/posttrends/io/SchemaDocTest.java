package dev.posttrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.posttrends.extract.RejectReason;
import dev.posttrends.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** {@code docs/SCHEMA.md} documents exactly the written columns, in order, with their types. */
class SchemaDocTest {

  @Test
  void postsAreDocumented() throws IOException {
    assertEquals(columns(Schemas.POSTS), documented("posts"));
  }

  @Test
  void rejectsAreDocumented() throws IOException {
    assertEquals(columns(Schemas.REJECTS), documented("rejects"));
  }

  @Test
  void metricsAreDocumented() throws IOException {
    assertEquals(columns(Schemas.METRICS), documented("metrics"));
  }

  @Test
  void dateMentionsAreDocumented() throws IOException {
    assertEquals(columns(Schemas.DATE_MENTIONS), documented("date_mentions"));
  }

  @Test
  void keywordsAreDocumented() throws IOException {
    assertEquals(columns(Schemas.KEYWORDS), documented("keywords"));
  }

  @Test
  void entitiesAreDocumented() throws IOException {
    assertEquals(columns(Schemas.ENTITIES), documented("entities"));
  }

  @Test
  void trendTablesAreDocumented() throws IOException {
    assertEquals(columns(Schemas.CATEGORY_PERIOD), documented("category_period"));
    assertEquals(columns(Schemas.TAG_PERIOD), documented("tag_period"));
    assertEquals(columns(Schemas.KEYWORD_PERIOD), documented("keyword_period"));
    assertEquals(columns(Schemas.METRIC_PERIOD), documented("metric_period"));
    assertEquals(columns(Schemas.ENTITY_PERIOD), documented("entity_period"));
  }

  @Test
  void everyRejectReasonIsDocumented() throws IOException {
    List<String> reasons =
        Arrays.stream(RejectReason.values()).map(r -> "| `" + r.name() + "` |").toList();
    String doc = Files.readString(Repo.root().resolve("docs/SCHEMA.md"));
    for (String row : reasons) {
      assertTrue(doc.contains(row), "docs/SCHEMA.md has no row " + row);
    }
  }

  @Test
  void rawIsDocumented() throws IOException {
    assertEquals(columns(Schemas.RAW), documented("raw"));
  }

  /** "name type nullable"; nested types by their kind only ({@code struct}, {@code array}). */
  static List<String> columns(StructType schema) {
    return Arrays.stream(schema.fields())
        .map(f -> f.name() + " " + type(f.dataType()) + " " + (f.nullable() ? "yes" : "no"))
        .toList();
  }

  private static String type(org.apache.spark.sql.types.DataType type) {
    if (type instanceof StructType) {
      return "struct";
    }
    if (type instanceof org.apache.spark.sql.types.ArrayType array
        && array.elementType() instanceof StructType) {
      return "array";
    }
    return type.simpleString();
  }

  /** Rows of the first table under {@code ## <table>}: "name type nullable". */
  static List<String> documented(String table) throws IOException {
    List<String> lines = Files.readAllLines(Repo.root().resolve("docs/SCHEMA.md"));
    List<String> out = new ArrayList<>();
    boolean inSection = false;
    for (String line : lines) {
      if (line.startsWith("## ") || line.startsWith("### ")) {
        inSection = line.equals("## " + table) || line.equals("### " + table);
      } else if (inSection && line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        out.add(cells[1].trim().replace("`", "") + " " + cells[2].trim() + " " + cells[3].trim());
      } else if (inSection && !out.isEmpty() && !line.startsWith("|")) {
        break;
      }
    }
    return out;
  }
}
