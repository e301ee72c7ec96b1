package dev.posttrends.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.unix_date;

import dev.posttrends.io.Schemas;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.AtomicType;
import org.apache.spark.sql.types.StructType;

/**
 * Per-key period series shared by {@code category_period} and {@code tag_period}: post measures, a
 * dense calendar (silent periods as zero rows), growth, a 4-period rolling average, a robust
 * z-score and spikes, as {@link SeriesBuilder} defines them.
 *
 * <p>Why not windows: the same measures as Column expressions took an exploded row per post and
 * period type, three aggregations with distinct counts and exact percentiles, a calendar join and
 * three window passes (about ten shuffles; 22 s of a 200,000-post run for {@code category_period}).
 * Here the posts are shuffled once by key, sorted by date within each task, and each key's series
 * is built in one pass in plain Java (docs/PERFORMANCE.md).
 */
public final class SeriesMeasures {

  private SeriesMeasures() {}

  /** Posts whose {@code is_published} is true. */
  public static Dataset<Row> filterPublished(Dataset<Row> posts) {
    return posts.where(col("is_published"));
  }

  /**
   * The latest {@code published_date} of {@code posts}, null when there is none: series end there.
   */
  public static LocalDate horizon(Dataset<Row> posts) {
    Row latest = posts.agg(max(unix_date(col("published_date")))).first();
    return latest.isNullAt(0) ? null : LocalDate.ofEpochDay(latest.getInt(0));
  }

  /**
   * The series of every key of {@code posts} (columns {@code key}, {@code published_date}, {@code
   * content_hash}, {@code source_name}, {@code char_count} and, for {@code top_tags}, normalized
   * {@code tags}) up to the periods of {@code horizon}, as rows of {@code target}: posts hashed by
   * key, sorted by date in each task, built by {@link SeriesPartitions}.
   */
  public static Dataset<Row> withSeries(
      Dataset<Row> posts, String key, LocalDate horizon, int topTags, StructType target) {
    return withSeries(posts, key, horizon, topTags, List.of(), target);
  }

  /**
   * As {@link #withSeries(Dataset, String, LocalDate, int, StructType)}, with {@code constants}:
   * columns of {@code posts} that hold one value per key (an entity's type, say), copied to every
   * row of the key under the same name in {@code target}. Computed before the shuffle, they ride
   * along with the posts: no join of the series back to a per-key table.
   */
  public static Dataset<Row> withSeries(
      Dataset<Row> posts,
      String key,
      LocalDate horizon,
      int topTags,
      List<String> constants,
      StructType target) {
    StructType adapter = Schemas.adapterForm(target);
    if (horizon == null) {
      return posts.sparkSession().createDataFrame(List.of(), target);
    }
    Column tags = topTags > 0 ? col("tags") : org.apache.spark.sql.functions.lit(null);
    List<Column> columns =
        new ArrayList<>(
            List.of(
                col(key),
                unix_date(col("published_date")).as("_day"),
                col("content_hash"),
                col("source_name"),
                col("char_count"),
                tags.as("_tags")));
    constants.forEach(c -> columns.add(col(c)));
    SeriesPartitions series = new SeriesPartitions(horizon, topTags, constants, adapter);
    Dataset<Row> points =
        posts
            .select(columns.toArray(Column[]::new))
            .repartition(col(key))
            .sortWithinPartitions(col(key), col("_day"))
            .mapPartitions(series, Encoders.row(adapter));
    return points.withColumn("period_start", date_from_unix_date(col("period_start")));
  }

  /**
   * The columns of {@code schema}, in its order, cast to its atomic types (counts to BIGINT and so
   * on); complex columns are kept as built.
   */
  public static Dataset<Row> selectSchema(Dataset<Row> rows, StructType schema) {
    Column[] columns =
        Arrays.stream(schema.fields())
            .map(
                f ->
                    f.dataType() instanceof AtomicType
                        ? col(f.name()).cast(f.dataType()).as(f.name())
                        : col(f.name()))
            .toArray(Column[]::new);
    return rows.select(columns);
  }
}
