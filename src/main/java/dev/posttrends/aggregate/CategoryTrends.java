package dev.posttrends.aggregate;

import static dev.posttrends.aggregate.SeriesMeasures.filterPublished;
import static dev.posttrends.aggregate.SeriesMeasures.horizon;
import static dev.posttrends.aggregate.SeriesMeasures.selectSchema;
import static dev.posttrends.aggregate.SeriesMeasures.withSeries;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.posttrends.io.Schemas;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code trends/category_period} table: post measures, top tags, growth and spikes per category
 * (the post's {@code category}; posts without one are skipped), period type and period start (see
 * {@link SeriesBuilder}).
 */
public final class CategoryTrends {

  /** How many tags {@code top_tags} holds at most. */
  public static final int TOP_TAGS = 5;

  private CategoryTrends() {}

  /** {@code category_period} rows (schema {@link Schemas#CATEGORY_PERIOD}) of published posts. */
  public static Dataset<Row> categoryPeriod(Dataset<Row> posts) {
    return categoryPeriod(posts, horizon(filterPublished(posts)));
  }

  /**
   * {@code category_period} rows of the published posts, each series running up to the periods of
   * {@code horizon} (the latest date of the published posts; see {@link SeriesMeasures#horizon}).
   */
  public static Dataset<Row> categoryPeriod(Dataset<Row> posts, LocalDate horizon) {
    Dataset<Row> categorized = filterCategorized(filterPublished(posts));
    return selectSchema(
        withSeries(categorized, "category", horizon, TOP_TAGS, Schemas.CATEGORY_PERIOD),
        Schemas.CATEGORY_PERIOD);
  }

  /**
   * Posts with a category, reduced to the columns the measures need; {@code tags} normalized (see
   * {@link TagTrends#normalizedTags}) for {@code top_tags}: the {@value #TOP_TAGS} tags held by
   * most of the period's posts, ties by tag ascending, empty for periods without tagged posts.
   */
  static Dataset<Row> filterCategorized(Dataset<Row> posts) {
    return posts
        .where(col("category").isNotNull())
        .select(
            // no null is left: coalesce only lets Spark type the key non-null, as the schema says
            coalesce(col("category"), lit("")).as("category"),
            col("published_date"),
            col("content_hash"),
            col("source_name"),
            col("char_count"),
            TagTrends.normalizedTags(col("tags")).as("tags"));
  }
}
