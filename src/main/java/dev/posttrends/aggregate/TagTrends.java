package dev.posttrends.aggregate;

import static dev.posttrends.aggregate.SeriesMeasures.filterPublished;
import static dev.posttrends.aggregate.SeriesMeasures.horizon;
import static dev.posttrends.aggregate.SeriesMeasures.selectSchema;
import static dev.posttrends.aggregate.SeriesMeasures.withSeries;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.udf;

import dev.posttrends.io.Schemas;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.Seq;

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

  /** {@link TagNames#normalize(java.util.Iterator)} over an {@code array<string>}. */
  private static final UserDefinedFunction NORMALIZED_TAGS =
      udf(
          (UDF1<Seq<String>, java.util.List<String>>)
              tags -> tags == null ? null : TagNames.normalize(iterator(tags)),
          DataTypes.createArrayType(DataTypes.StringType, false));

  /**
   * A post's distinct normalized tags ({@link TagNames}), in first-seen order; null for null. The
   * elements are typed non-null.
   */
  public static Column normalizedTags(Column tags) {
    return NORMALIZED_TAGS.apply(tags);
  }

  private static java.util.Iterator<String> iterator(Seq<String> tags) {
    scala.collection.Iterator<String> it = tags.iterator();
    return new java.util.Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public String next() {
        return it.next();
      }
    };
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
