package dev.posttrends.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.sum;

import dev.posttrends.extract.entities.Entity;
import dev.posttrends.extract.entities.KnownNames;
import dev.posttrends.io.Schemas;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * The batch-level pass over names: a name that one post anchors (by a stock code, {@code
 * 贵州茅台(600519)}, as a stock that moved, {@code 英恒科技涨近8%}, or as a person after a role) is a name in
 * every post of the batch, so the posts that write it bare ({@code 贵州茅台发布公告}) name it too. The
 * anchored names are counted in Spark, the most frequent {@value #MAX_NAMES} reach the driver as
 * one automaton, which is broadcast and run over every post's title and text.
 */
public final class EntitySteps {

  /** Most names learned from one batch: a vocabulary, never the data. */
  static final int MAX_NAMES = 200_000;

  /** Rules whose names hold anywhere: the text anchors them, they are no guess from words. */
  static final List<String> ANCHORED = List.of("code", "mover", "stock-list", "role");

  private EntitySteps() {}

  /**
   * The names {@code entities} (rows of {@link PostSteps#selectEntities}) anchor, each with its
   * most frequent type, code and exchange; the names of most posts first, at most {@code max}.
   */
  public static KnownNames learnNames(Dataset<Row> entities, int max) {
    List<Row> rows =
        entities
            .where(col("found_by").isin(ANCHORED.toArray()))
            .groupBy("name", "type", "code", "exchange")
            .agg(count(lit(1)).as("mentions"), count_distinct(col("post_id")).as("posts"))
            .groupBy("name")
            .agg(
                max_by(col("type"), col("mentions")).as("type"),
                max_by(col("code"), col("mentions")).as("code"),
                max_by(col("exchange"), col("mentions")).as("exchange"),
                sum("posts").as("posts"))
            .orderBy(col("posts").desc(), col("name"))
            .limit(max)
            .collectAsList();
    List<Entity> names = new ArrayList<>(rows.size());
    for (Row r : rows) {
      String name = r.getString(0);
      names.add(new Entity(name, name, r.getString(1), r.getString(2), r.getString(3), "batch", 0));
    }
    return new KnownNames(names);
  }

  /** Rules whose single-word guesses give way to a longer name the batch anchors. */
  static final List<String> WEAK = List.of("dictionary", "latin");

  /**
   * The {@code entities} table ({@link Schemas#ENTITIES}): each post's own names, and the {@code
   * known} names it writes elsewhere ({@code found_by} {@code batch}). A known name wins over a
   * post's own dictionary or Latin guess inside it ({@code 信江新材} over the river {@code 信江}); it
   * never overlaps the post's surer names. Ordinals run over the post's mentions, its own first.
   */
  public static Dataset<Row> withKnownNames(Dataset<Row> raw, KnownNames known) {
    Broadcast<KnownNames> names =
        JavaSparkContext.fromSparkContext(raw.sparkSession().sparkContext()).broadcast(known);
    StructType adapter = Schemas.adapterForm(Schemas.ENTITIES);
    Dataset<Row> posts =
        raw.where(col("has_post"))
            .select(
                col("post.post_id"),
                col("post.source_path"),
                col("post.category"),
                col("post.published_date"),
                col("post.published_month"),
                col("post.title"),
                col("post.text"),
                col("entities"));
    Dataset<Row> found = posts.flatMap(new FindNames(names), Encoders.row(adapter));
    return PostSteps.withSqlDatetimes(found, Schemas.ENTITIES);
  }

  /** The flat map of {@link #withKnownNames}; holds only the broadcast. */
  private static final class FindNames implements FlatMapFunction<Row, Row> {
    private final Broadcast<KnownNames> names;

    FindNames(Broadcast<KnownNames> names) {
      this.names = names;
    }

    @Override
    public Iterator<Row> call(Row post) {
      List<Row> own = post.isNullAt(7) ? List.of() : post.getList(7);
      List<Entity> kept = new ArrayList<>();
      List<Boolean> keptInTitle = new ArrayList<>();
      List<Entity> batch = new ArrayList<>();
      List<Boolean> batchInTitle = new ArrayList<>();
      for (boolean inTitle : new boolean[] {true, false}) {
        String text = post.getString(inTitle ? 5 : 6);
        List<Entity> sure = new ArrayList<>();
        List<Entity> weak = new ArrayList<>();
        for (Row e : own) {
          if (e.getBoolean(8) == inTitle) { // ordinal, surface, …, char_offset, is_in_title
            Entity entity =
                new Entity(
                    e.getString(1),
                    e.getString(2),
                    e.getString(3),
                    e.isNullAt(4) ? null : e.getString(4),
                    e.isNullAt(5) ? null : e.getString(5),
                    e.getString(6),
                    e.getInt(7));
            (WEAK.contains(entity.foundBy()) ? weak : sure).add(entity);
          }
        }
        List<Entity> known =
            text == null || text.isEmpty() ? List.of() : names.value().find(text, sure);
        for (Entity e : own.isEmpty() ? List.<Entity>of() : ownInOrder(sure, weak)) {
          if (sure.contains(e) || !overlapsAny(e, known)) {
            kept.add(e);
            keptInTitle.add(inTitle);
          }
        }
        for (Entity e : known) {
          batch.add(e);
          batchInTitle.add(inTitle);
        }
      }
      List<Row> out = new ArrayList<>(kept.size() + batch.size());
      for (int i = 0; i < kept.size(); i++) {
        out.add(row(post, out.size() + 1, kept.get(i), keptInTitle.get(i)));
      }
      for (int i = 0; i < batch.size(); i++) {
        out.add(row(post, out.size() + 1, batch.get(i), batchInTitle.get(i)));
      }
      return out.iterator();
    }

    private static List<Entity> ownInOrder(List<Entity> sure, List<Entity> weak) {
      List<Entity> all = new ArrayList<>(sure);
      all.addAll(weak);
      all.sort(java.util.Comparator.comparingInt(Entity::offset));
      return all;
    }

    private static boolean overlapsAny(Entity e, List<Entity> others) {
      for (Entity o : others) {
        if (e.offset() < o.end() && o.offset() < e.end()) {
          return true;
        }
      }
      return false;
    }

    private static Row row(Row post, int ordinal, Entity e, boolean inTitle) {
      return RowFactory.create(
          post.getString(0),
          post.getString(1),
          ordinal,
          e.surface(),
          e.name(),
          e.type(),
          e.code(),
          e.exchange(),
          e.foundBy(),
          e.offset(),
          inTitle,
          post.isNullAt(2) ? null : post.getString(2),
          post.getInt(3),
          post.getString(4));
    }
  }
}
