package dev.posttrends.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.timestamp_micros;

import dev.posttrends.io.Schemas;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Named Dataset-to-Dataset steps of the ingest, composed by {@link IngestJob}. */
public final class PostSteps {

  private PostSteps() {}

  /** Listed files that the include/exclude globs keep. */
  public static Dataset<Row> filterIncluded(Dataset<Row> listing) {
    return listing.where(col("is_included"));
  }

  /** Spreads files over enough read tasks: at most {@code filesPerTask} files each. */
  public static Dataset<Row> repartitionForRead(
      Dataset<Row> files, long fileCount, int filesPerTask, int parallelism) {
    long byCount = (fileCount + filesPerTask - 1) / filesPerTask;
    int tasks = (int) Math.max(1, Math.min(Math.max(byCount, parallelism), fileCount));
    return files.repartition(tasks);
  }

  /**
   * Raw rows without the posts published outside {@code [since, until]} (either bound may be null);
   * {@code raw} itself when there is no range. Rejects and file rows stay.
   */
  public static Dataset<Row> inRange(Dataset<Row> raw, LocalDate since, LocalDate until) {
    if (since == null && until == null) {
      return raw;
    }
    Column day = col("post.published_date");
    Column keep = lit(true);
    if (since != null) {
      keep = keep.and(day.geq(lit((int) since.toEpochDay())));
    }
    if (until != null) {
      keep = keep.and(day.leq(lit((int) until.toEpochDay())));
    }
    return raw.where(not(col("has_post")).or(keep));
  }

  /** The {@code posts} table from raw rows, with SQL TIMESTAMP and DATE columns. */
  public static Dataset<Row> selectPosts(Dataset<Row> raw) {
    return withSqlDatetimes(raw.where(col("has_post")).select("post.*"), Schemas.POSTS);
  }

  /** The {@code rejects} table from raw rows. */
  public static Dataset<Row> selectRejects(Dataset<Row> raw) {
    return raw.where(col("reject").isNotNull()).select("reject.*");
  }

  /** The {@code metrics} table: one row per metric mention. */
  public static Dataset<Row> selectMetrics(Dataset<Row> raw) {
    return withSqlDatetimes(exploded(raw, "metrics"), Schemas.METRICS);
  }

  /** The {@code date_mentions} table: one row per date named in a post. */
  public static Dataset<Row> selectDateMentions(Dataset<Row> raw) {
    return withSqlDatetimes(exploded(raw, "dates"), Schemas.DATE_MENTIONS);
  }

  /** The names each post gives itself (not yet those the batch learns): one row per mention. */
  public static Dataset<Row> selectEntities(Dataset<Row> raw) {
    return withSqlDatetimes(exploded(raw, "entities"), Schemas.ENTITIES);
  }

  /** One row per (post, term) with the term's count in the post: input of the TF-IDF steps. */
  public static Dataset<Row> selectTerms(Dataset<Row> raw) {
    return exploded(raw, "terms")
        .select("post_id", "term", "tf", "is_in_title", "is_compound", "published_month");
  }

  /**
   * The elements of the posts' array column {@code facts}, one row each, as columns, with their
   * post's columns ({@link Schemas#POST_COLUMNS_OF_FACTS}) that the elements do not repeat.
   */
  private static Dataset<Row> exploded(Dataset<Row> raw, String facts) {
    java.util.List<Column> columns = new java.util.ArrayList<>();
    for (String name : Schemas.POST_COLUMNS_OF_FACTS) {
      columns.add(col("post." + name).as(name));
    }
    columns.add(explode(col(facts)).as("fact"));
    java.util.List<Column> flat = new java.util.ArrayList<>();
    for (String name : Schemas.POST_COLUMNS_OF_FACTS) {
      flat.add(col(name));
    }
    flat.add(col("fact.*"));
    return raw.where(col("has_post"))
        .select(columns.toArray(Column[]::new))
        .select(flat.toArray(Column[]::new));
  }

  /**
   * Turns the adapter's epoch microseconds and epoch days into TIMESTAMP and DATE, and orders the
   * columns as in {@code target}.
   */
  static Dataset<Row> withSqlDatetimes(Dataset<Row> rows, StructType target) {
    Column[] columns = Arrays.stream(target.fields()).map(PostSteps::typed).toArray(Column[]::new);
    return rows.select(columns);
  }

  private static Column typed(StructField field) {
    Column column = col(field.name());
    if (field.dataType().equals(DataTypes.TimestampType)) {
      return timestamp_micros(column).as(field.name());
    }
    if (field.dataType().equals(DataTypes.DateType)) {
      return date_from_unix_date(column).as(field.name());
    }
    return column;
  }
}
