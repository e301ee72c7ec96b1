package dev.posttrends.aggregate;

import static dev.posttrends.aggregate.SeriesMeasures.filterPublished;
import static dev.posttrends.aggregate.SeriesMeasures.horizon;
import static dev.posttrends.aggregate.SeriesMeasures.selectSchema;
import static dev.posttrends.aggregate.SeriesMeasures.withSeries;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;

import dev.posttrends.io.Schemas;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code trends/tag_period} table: post measures, growth and spikes per normalized tag, period
 * type and period start (see {@link SeriesBuilder}). Tags are trimmed and lower-cased, empty tags
 * dropped, and a post counts once per normalized tag however often it lists it.
 */
public final class TagTrends {

  private TagTrends() {}

  /** {@code tag_period} rows (schema {@link Schemas#TAG_PERIOD}) of the published posts. */
  public static Dataset<Row> tagPeriod(Dataset<Row> posts) {
    return tagPeriod(posts, horizon(filterPublished(posts)));
  }

  /** {@code tag_period} rows, each series running up to the periods of {@code horizon}. */
  public static Dataset<Row> tagPeriod(Dataset<Row> posts, LocalDate horizon) {
    return selectSchema(
        withSeries(explodeTags(filterPublished(posts)), "tag", horizon, 0, Schemas.TAG_PERIOD),
        Schemas.TAG_PERIOD);
  }

  /**
   * A post's distinct normalized tags, in first-seen order: each trimmed of spaces and lower-cased
   * ({@code lower} folds every cased script, Latin included; CJK has no case), empty (and null)
   * ones dropped.
   */
  public static Column normalizedTags(Column tags) {
    // null tags become "" and are dropped with the empty ones; coalescing to a non-null literal
    // types the elements non-null on Spark 3.5 and 4.x alike (array_compact does so only from 4.0)
    Column normalized = transform(tags, t -> coalesce(lower(trim(t)), lit("")));
    return array_distinct(filter(normalized, t -> t.notEqual("")));
  }

  /** One row per post and normalized tag, with the columns the post measures need. */
  static Dataset<Row> explodeTags(Dataset<Row> posts) {
    return posts.select(
        explode(normalizedTags(col("tags"))).as("tag"),
        col("published_date"),
        col("content_hash"),
        col("source_name"),
        col("char_count"));
  }
}
