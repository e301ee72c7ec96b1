package dev.posttrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.posttrends.io.Schemas;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Tiny {@code posts} Datasets (schema {@link Schemas#POSTS}) for trend tests: a post is an id and a
 * published date plus the few columns a test sets; every other column gets a plain default.
 */
public final class TestPosts {

  private TestPosts() {}

  /** A published post on {@code date} (ISO yyyy-MM-dd): no category, no tags, 100 chars. */
  public static Post post(String id, String date) {
    return new Post(id, LocalDate.parse(date));
  }

  /**
   * Makes {@code spark} return DATE and TIMESTAMP values as {@link LocalDate} and {@link
   * java.time.Instant}: decoding {@code java.sql.Date} needs {@code --add-opens
   * java.base/sun.util.calendar}, which the test JVM does not have. Input rows may hold either.
   */
  public static void useJavaTimeValues(SparkSession spark) {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
  }

  /** The posts as a Dataset with schema {@link Schemas#POSTS}. */
  public static Dataset<Row> posts(SparkSession spark, Post... posts) {
    List<Row> rows = Arrays.stream(posts).map(Post::row).toList();
    return spark.createDataFrame(rows, Schemas.POSTS);
  }

  /**
   * Asserts that {@code actual} holds exactly the {@code expected} rows, in any order: both sides
   * sorted by their text, doubles equal to 1e-9; the message prints both sides.
   */
  public static void assertRows(List<List<Object>> expected, Dataset<Row> actual) {
    List<List<Object>> got = new ArrayList<>();
    for (Row row : actual.collectAsList()) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        values.add(plain(row.get(i)));
      }
      got.add(values);
    }
    List<List<Object>> want = new ArrayList<>(expected);
    Comparator<List<Object>> byText = Comparator.comparing(List::toString);
    got.sort(byText);
    want.sort(byText);
    String message = "expected\n  " + join(want) + "\nactual\n  " + join(got);
    assertEquals(want.size(), got.size(), message);
    for (int r = 0; r < want.size(); r++) {
      assertEquals(want.get(r).size(), got.get(r).size(), message);
      for (int c = 0; c < want.get(r).size(); c++) {
        Object w = want.get(r).get(c);
        Object a = got.get(r).get(c);
        if (w instanceof Double d && a instanceof Double) {
          assertEquals(d, (Double) a, 1e-9, message);
        } else {
          assertEquals(w, a, message);
        }
      }
    }
  }

  /** Spark arrays as Java lists, so that expected rows can hold {@code List.of(...)}. */
  private static Object plain(Object value) {
    if (value instanceof scala.collection.Seq<?> seq) {
      return new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(seq));
    }
    return value;
  }

  private static String join(List<List<Object>> rows) {
    return rows.stream().map(List::toString).collect(Collectors.joining("\n  "));
  }

  /** One post's settable columns; setters return this. */
  public static final class Post {
    private final String id;
    private final LocalDate date;
    private String category;
    private List<String> tags = List.of();
    private String contentHash;
    private String sourceName = "site";
    private int charCount = 100;
    private boolean published = true;
    private String text = "";

    private Post(String id, LocalDate date) {
      this.id = id;
      this.date = date;
      this.contentHash = "hash-" + id;
    }

    public Post category(String value) {
      category = value;
      return this;
    }

    public Post tags(String... values) {
      tags = List.of(values);
      return this;
    }

    /** The content hash (by default unique per post: {@code hash-<id>}). */
    public Post hash(String value) {
      contentHash = value;
      return this;
    }

    /** The source name (default {@code site}; null allowed). */
    public Post source(String value) {
      sourceName = value;
      return this;
    }

    public Post chars(int value) {
      charCount = value;
      return this;
    }

    public Post text(String value) {
      text = value;
      return this;
    }

    public Post unpublished() {
      published = false;
      return this;
    }

    /** The row in {@link Schemas#POSTS} column order. */
    public Row row() {
      Timestamp at = Timestamp.valueOf(date.atStartOfDay());
      return RowFactory.create(
          id, // post_id
          "/posts/" + id + ".md", // source_path
          "/posts", // input_root
          null, // original_path
          "markdown", // source_format
          "UTF-8", // source_encoding
          "Post " + id, // title
          id, // slug
          "post", // layout
          at, // published_at
          Date.valueOf(date), // published_date
          "front_matter", // date_source
          false, // is_offset_assumed
          category, // category
          category == null ? List.of() : List.of(category), // categories
          tags, // tags
          published, // is_published
          false, // is_front_matter_lenient
          text, // text
          sourceName, // source_name
          null, // source_url
          charCount, // char_count
          0, // cjk_char_count
          0, // word_count
          1, // paragraph_count
          0, // link_count
          0, // image_count
          1.0, // reading_minutes
          contentHash, // content_hash
          "{}", // front_matter_json
          List.of(), // parse_notes
          1000L, // file_size
          null, // file_modified_at
          date.toString().substring(0, 7)); // published_month
    }
  }
}
