package dev.posttrends.aggregate;

import static dev.posttrends.aggregate.SeriesMeasures.aggregatePostMeasures;
import static dev.posttrends.aggregate.SeriesMeasures.filterPublished;
import static dev.posttrends.aggregate.SeriesMeasures.periodHorizon;
import static dev.posttrends.aggregate.SeriesMeasures.selectSchema;
import static dev.posttrends.aggregate.SeriesMeasures.withSeriesMeasures;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;

import dev.posttrends.io.Schemas;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The {@code trends/category_period} table: post measures, top tags, growth and spikes per category
 * (the post's {@code category}; posts without one are skipped), period type and period start (see
 * {@link SeriesMeasures}).
 */
public final class CategoryTrends {

  /** How many tags {@code top_tags} holds at most. */
  public static final int TOP_TAGS = 5;

  private static final String[] GRAIN = {"category", "period", "period_start"};

  private CategoryTrends() {}

  /** {@code category_period} rows (schema {@link Schemas#CATEGORY_PERIOD}) of published posts. */
  public static Dataset<Row> categoryPeriod(Dataset<Row> posts) {
    Dataset<Row> published = filterPublished(posts);
    Dataset<Row> periodRows =
        Periods.explodePeriods(filterCategorized(published), "published_date");
    Dataset<Row> series =
        withSeriesMeasures(
            aggregatePostMeasures(periodRows, "category"), "category", periodHorizon(published));
    return selectSchema(withTopTags(series, periodRows), Schemas.CATEGORY_PERIOD);
  }

  /** Posts with a category, reduced to the columns the measures need. */
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
            col("tags"));
  }

  /**
   * Adds {@code top_tags} to the series: the {@value #TOP_TAGS} normalized tags (see {@link
   * TagTrends#normalizedTags}) held by most of the period's posts, ties by tag ascending; empty for
   * periods without tagged posts.
   */
  static Dataset<Row> withTopTags(Dataset<Row> series, Dataset<Row> periodRows) {
    Dataset<Row> ranked =
        periodRows
            .select(
                col("category"),
                col("period"),
                col("period_start"),
                explode(TagTrends.normalizedTags(col("tags"))).as("tag"))
            .groupBy(col("category"), col("period"), col("period_start"), col("tag"))
            .agg(count(lit(1)).as("_posts"))
            .withColumn(
                "_rank",
                row_number()
                    .over(
                        Window.partitionBy(col("category"), col("period"), col("period_start"))
                            .orderBy(col("_posts").desc(), col("tag").asc())))
            .where(col("_rank").leq(TOP_TAGS));
    Column inOrder = array_sort(collect_list(struct(col("_rank"), col("tag"))));
    Dataset<Row> top =
        ranked
            .groupBy(col("category"), col("period"), col("period_start"))
            .agg(transform(inOrder, s -> s.getField("tag")).as("top_tags"));
    return series
        .join(top, GRAIN, "left")
        .withColumn("top_tags", array_compact(coalesce(col("top_tags"), array())));
  }
}
