package dev.posttrends.aggregate;

import static dev.posttrends.aggregate.SeriesMeasures.filterPublished;
import static dev.posttrends.aggregate.SeriesMeasures.horizon;
import static dev.posttrends.aggregate.SeriesMeasures.selectSchema;
import static dev.posttrends.aggregate.SeriesMeasures.withSeries;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.struct;

import dev.posttrends.io.Schemas;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code trends/entity_period} table: post measures, growth and spikes per entity name (table
 * {@code entities}), period type and period start (see {@link SeriesBuilder}) — which companies,
 * people or indexes the news talks about, period by period.
 *
 * <p>Choices:
 *
 * <ul>
 *   <li>A post counts once per name however often it names it; names of unpublished posts, or of
 *       posts missing from {@code posts}, are left out (joined to the posts on {@code post_id}).
 *   <li>{@code type} and {@code code} are one value per name over the whole batch, so a BI filter
 *       on them keeps or drops an entity's whole series: the value most mentions carry, ties by
 *       value ascending; {@code code} only among mentions with a code, null for a name that never
 *       has one. The two are chosen independently: a name found with a code in a few mentions and
 *       without one in most still gets its code.
 * </ul>
 */
public final class EntityTrends {

  private EntityTrends() {}

  /** {@code entity_period} rows (schema {@link Schemas#ENTITY_PERIOD}) of the published posts. */
  public static Dataset<Row> entityPeriod(Dataset<Row> entities, Dataset<Row> posts) {
    return entityPeriod(entities, posts, horizon(filterPublished(posts)));
  }

  /**
   * {@code entity_period} rows, each series running up to the periods of {@code horizon} (the
   * latest date of the published posts; see {@link SeriesMeasures#horizon}).
   */
  public static Dataset<Row> entityPeriod(
      Dataset<Row> entities, Dataset<Row> posts, LocalDate horizon) {
    Dataset<Row> named = withEntityLabels(joinPublishedPosts(entities, posts), entities);
    return selectSchema(
        withSeries(named, "entity", horizon, 0, List.of("type", "code"), Schemas.ENTITY_PERIOD),
        Schemas.ENTITY_PERIOD);
  }

  /**
   * One row per distinct (post, name) of a published post, with the post's columns the measures
   * need: {@code entity}, {@code published_date}, {@code content_hash}, {@code source_name}, {@code
   * char_count}.
   */
  static Dataset<Row> joinPublishedPosts(Dataset<Row> entities, Dataset<Row> posts) {
    Dataset<Row> pairs = entities.select(col("post_id"), col("name").as("entity")).distinct();
    Dataset<Row> published =
        filterPublished(posts)
            .select("post_id", "published_date", "content_hash", "source_name", "char_count");
    return pairs.join(published, "post_id").drop("post_id");
  }

  /** Adds each name's {@code type} and {@code code} (see the class comment) to its rows. */
  static Dataset<Row> withEntityLabels(Dataset<Row> named, Dataset<Row> entities) {
    Dataset<Row> types = mostFrequent(entities, "type");
    Dataset<Row> codes = mostFrequent(entities.where(col("code").isNotNull()), "code");
    return named.join(types, "entity").join(codes, "entity", "left");
  }

  /**
   * Per name ({@code entity}), the value of {@code column} most of its mentions carry, ties by
   * value ascending: the least of (−mentions, value), as Spark orders structs field by field.
   */
  static Dataset<Row> mostFrequent(Dataset<Row> entities, String column) {
    return entities
        .groupBy(col("name").as("entity"), col(column))
        .agg(count(lit(1)).as("_mentions"))
        .groupBy("entity")
        .agg(min(struct(negate(col("_mentions")), col(column))).getField(column).as(column));
  }
}
