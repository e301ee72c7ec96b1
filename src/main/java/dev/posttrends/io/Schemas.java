package dev.posttrends.io;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.Arrays;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Every table's schema, in one place. {@code docs/SCHEMA.md} documents each column and a test pins
 * the two together. Column order is the order BI users see.
 */
public final class Schemas {

  private Schemas() {}

  /** {@code posts}: one row per post, partitioned by {@code published_month}. */
  public static final StructType POSTS =
      struct(
          field("post_id", StringType, false),
          field("source_path", StringType, false),
          field("input_root", StringType, false),
          field("original_path", StringType, true),
          field("source_format", StringType, false),
          field("source_encoding", StringType, false),
          field("title", StringType, true),
          field("slug", StringType, true),
          field("layout", StringType, true),
          field("published_at", TimestampType, false),
          field("published_date", DateType, false),
          field("date_source", StringType, false),
          field("is_offset_assumed", BooleanType, false),
          field("category", StringType, true),
          field("categories", createArrayType(StringType, false), false),
          field("tags", createArrayType(StringType, false), false),
          field("is_published", BooleanType, false),
          field("is_front_matter_lenient", BooleanType, false),
          field("text", StringType, false),
          field("source_name", StringType, true),
          field("source_url", StringType, true),
          field("char_count", IntegerType, false),
          field("cjk_char_count", IntegerType, false),
          field("word_count", IntegerType, false),
          field("paragraph_count", IntegerType, false),
          field("link_count", IntegerType, false),
          field("image_count", IntegerType, false),
          field("reading_minutes", DoubleType, false),
          field("content_hash", StringType, false),
          field("front_matter_json", StringType, false),
          field("parse_notes", createArrayType(StringType, false), false),
          field("file_size", LongType, false),
          field("file_modified_at", TimestampType, true),
          field("published_month", StringType, false));

  /** {@code rejects}: one row per rejected input, partitioned by {@code reason}. */
  public static final StructType REJECTS =
      struct(
          field("source_path", StringType, false),
          field("input_root", StringType, false),
          field("source_format", StringType, false),
          field("message", StringType, false),
          field("excerpt", StringType, true),
          field("file_size", LongType, false),
          field("reason", StringType, false));

  /** {@code DECIMAL(38,6)}: exact figures up to 10^32, six decimals (basis points fit). */
  public static final DecimalType FIGURE = DataTypes.createDecimalType(38, 6);

  /** {@code metrics}: one row per metric mention, partitioned by {@code published_month}. */
  public static final StructType METRICS =
      struct(
          field("post_id", StringType, false),
          field("source_path", StringType, false),
          field("ordinal", IntegerType, false),
          field("surface", StringType, false),
          field("value", FIGURE, false),
          field("value_high", FIGURE, true),
          field("unit", StringType, false),
          field("kind", StringType, false),
          field("change", StringType, true),
          field("approx", BooleanType, false),
          field("subject", StringType, true),
          field("sentence", StringType, false),
          field("char_offset", IntegerType, false),
          field("is_in_title", BooleanType, false),
          field("period_start", DateType, true),
          field("period_end", DateType, true),
          field("category", StringType, true),
          field("published_date", DateType, false),
          field("published_month", StringType, false));

  /** {@code date_mentions}: one row per date named in a post, by {@code published_month}. */
  public static final StructType DATE_MENTIONS =
      struct(
          field("post_id", StringType, false),
          field("source_path", StringType, false),
          field("ordinal", IntegerType, false),
          field("surface", StringType, false),
          field("start_date", DateType, false),
          field("end_date", DateType, false),
          field("resolution", StringType, false),
          field("char_offset", IntegerType, false),
          field("is_in_title", BooleanType, false),
          field("is_comparison_base", BooleanType, false),
          field("category", StringType, true),
          field("published_date", DateType, false),
          field("published_month", StringType, false));

  /** {@code keywords}: a post's top terms by TF-IDF over the batch, by {@code published_month}. */
  public static final StructType KEYWORDS =
      struct(
          field("post_id", StringType, false),
          field("term", StringType, false),
          field("tf", IntegerType, false),
          field("tfidf", DoubleType, false),
          field("rank", IntegerType, false),
          field("published_month", StringType, false));

  /**
   * {@code entities}: one row per name of a company, person, organization, place or index found in
   * a post, by {@code published_month}.
   */
  public static final StructType ENTITIES =
      struct(
          field("post_id", StringType, false),
          field("source_path", StringType, false),
          field("ordinal", IntegerType, false),
          field("surface", StringType, false),
          field("name", StringType, false),
          field("type", StringType, false),
          field("code", StringType, true),
          field("exchange", StringType, true),
          field("found_by", StringType, false),
          field("char_offset", IntegerType, false),
          field("is_in_title", BooleanType, false),
          field("category", StringType, true),
          field("published_date", DateType, false),
          field("published_month", StringType, false));

  /** Growth and smoothing columns shared by the per-key trend tables. */
  private static StructField[] series(StructField key, StructField... extra) {
    java.util.List<StructField> fields = new java.util.ArrayList<>();
    fields.add(key);
    fields.add(field("period_start", DateType, false));
    fields.add(field("post_count", LongType, false));
    fields.add(field("story_count", LongType, false));
    fields.add(field("source_count", LongType, false));
    fields.add(field("avg_chars", DoubleType, true));
    fields.add(field("median_chars", DoubleType, true));
    fields.addAll(java.util.List.of(extra));
    fields.add(field("prev_post_count", LongType, true));
    fields.add(field("pop_growth", DoubleType, true));
    fields.add(field("rolling_avg", DoubleType, false));
    fields.add(field("zscore", DoubleType, true));
    fields.add(field("is_spike", BooleanType, false));
    fields.add(field("period", StringType, false));
    return fields.toArray(StructField[]::new);
  }

  /** {@code trends/category_period}: category × period type × period start. */
  public static final StructType CATEGORY_PERIOD =
      struct(
          series(
              field("category", StringType, false),
              field("top_tags", createArrayType(StringType, false), false)));

  /** {@code trends/tag_period}: normalized tag × period type × period start. */
  public static final StructType TAG_PERIOD = struct(series(field("tag", StringType, false)));

  /** {@code trends/keyword_period}: keyword × period type × period start (≥ 3 posts). */
  public static final StructType KEYWORD_PERIOD =
      struct(
          field("keyword", StringType, false),
          field("period_start", DateType, false),
          field("post_count", LongType, false),
          field("period_post_count", LongType, false),
          field("share", DoubleType, false),
          field("baseline_share", DoubleType, true),
          field("lift", DoubleType, true),
          field("is_first_seen", BooleanType, false),
          field("is_emerging", BooleanType, false),
          field("period", StringType, false));

  /** {@code trends/entity_period}: entity name × period type × period start. */
  public static final StructType ENTITY_PERIOD =
      struct(
          series(
              field("entity", StringType, false),
              field("type", StringType, false),
              field("code", StringType, true)));

  /** {@code trends/metric_period}: category × period × kind × unit of metric mentions. */
  public static final StructType METRIC_PERIOD =
      struct(
          field("category", StringType, false),
          field("period_start", DateType, false),
          field("kind", StringType, false),
          field("unit", StringType, false),
          field("mention_count", LongType, false),
          field("post_count", LongType, false),
          field("sum_value", DataTypes.createDecimalType(38, 6), false),
          field("median_value", DataTypes.createDecimalType(38, 6), false),
          field("p90_value", DataTypes.createDecimalType(38, 6), false),
          field("avg_change_pct", DoubleType, true),
          field("period", StringType, false));

  /** One (post, term) with its count in the post (internal: input of the TF-IDF steps). */
  public static final StructType TERMS =
      struct(
          field("post_id", StringType, false),
          field("term", StringType, false),
          field("tf", IntegerType, false),
          field("is_in_title", BooleanType, false),
          field("is_compound", BooleanType, false),
          field("published_month", StringType, false));

  /** One listed file (internal; not written). */
  public static final StructType LISTING =
      struct(
          field("path", StringType, false),
          field("input_root", StringType, false),
          field("relative_path", StringType, false),
          field("size", LongType, false),
          field("modified_millis", LongType, false),
          field("format", StringType, false),
          field("is_included", BooleanType, false));

  /**
   * Columns of the fact tables that are their post's ({@code post_id}, where it came from, its
   * category and dates): stored once per post in {@code raw}, not once per fact (27 M times at
   * 200,000 posts), and taken from the post when a fact table is selected.
   */
  public static final java.util.List<String> POST_COLUMNS_OF_FACTS =
      java.util.List.of("post_id", "source_path", "category", "published_date", "published_month");

  /**
   * {@code raw}: the listed inputs and what was extracted from them, the state that lets a rerun
   * read only new or changed files. Per listed file one {@code file} row (how many inputs it held;
   * not its bytes: nothing reads them, a rerun's key is path, size and time) and one {@code input}
   * row per input (its post or reject and the post's facts, in the adapter form of {@link
   * #adapterForm}). Not partitioned.
   */
  public static final StructType RAW =
      struct(
          field("file_path", StringType, false),
          field("kind", StringType, false),
          field("input_root", StringType, false),
          field("relative_path", StringType, false),
          field("format", StringType, false),
          field("size", LongType, false),
          field("modified_millis", LongType, false),
          field("records", LongType, true),
          field("executor_id", StringType, true),
          field("post", adapterForm(POSTS), true),
          field("reject", REJECTS, true),
          field("metrics", createArrayType(factForm(METRICS), false), true),
          field("dates", createArrayType(factForm(DATE_MENTIONS), false), true),
          field("terms", createArrayType(factForm(TERMS), false), true),
          field("entities", createArrayType(factForm(ENTITIES), false), true),
          // scalars for the steps that only filter or count: a test on the post struct or the size
          // of an array makes Parquet read every nested column (the post's text included)
          field("has_post", BooleanType, false),
          field("metric_count", IntegerType, true),
          field("date_count", IntegerType, true),
          field("term_count", IntegerType, true));

  /**
   * One post's terms (internal: input of the ranking step): its {@link #TERMS} without the post's
   * columns, as {@code raw} holds them, after the batch's phrases are joined in.
   */
  // after POST_COLUMNS_OF_FACTS, which factForm reads
  public static final StructType POST_TERMS =
      struct(
          field("post_id", StringType, false),
          field("terms", createArrayType(factForm(TERMS), false), false),
          field("published_month", StringType, false));

  /** A fact table's element in {@code raw}: its adapter form without the post's columns. */
  public static StructType factForm(StructType table) {
    return new StructType(
        Arrays.stream(adapterForm(table).fields())
            .filter(f -> !POST_COLUMNS_OF_FACTS.contains(f.name()))
            .toArray(StructField[]::new));
  }

  /**
   * The schema the adapter fills from plain Java values: timestamps as epoch microseconds (LONG)
   * and dates as epoch days (INT). Column steps turn them back into TIMESTAMP and DATE, so no
   * session setting (such as the java8 datetime API) changes what the adapter must build.
   */
  public static StructType adapterForm(StructType schema) {
    return new StructType(
        Arrays.stream(schema.fields())
            .map(
                f ->
                    new StructField(
                        f.name(), adapterType(f.dataType()), f.nullable(), f.metadata()))
            .toArray(StructField[]::new));
  }

  static DataType adapterType(DataType type) {
    if (type.equals(TimestampType)) {
      return LongType;
    }
    return type.equals(DateType) ? IntegerType : type;
  }

  private static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }
}
