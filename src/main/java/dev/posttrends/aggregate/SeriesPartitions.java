package dev.posttrends.aggregate;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The adapter from partitions of posts, sorted by key and date, to {@link SeriesBuilder}'s points
 * as rows of {@code target} in adapter form ({@code period_start} as epoch day). Input columns by
 * position: key, epoch day, content hash, source name, char count, normalized tags (may be null),
 * then the key's constants, whose values are taken from the key's first post.
 */
final class SeriesPartitions implements MapPartitionsFunction<Row, Row> {

  /** Input columns before the constants: key, day, hash, source, chars, tags. */
  private static final int FIXED_COLUMNS = 6;

  private final long horizonDay;
  private final int topTags;
  private final List<String> constants;
  private final StructType target;

  /**
   * @param constants names of the columns (in {@code target} and after the tags in the input) that
   *     hold one value per key
   */
  SeriesPartitions(LocalDate horizon, int topTags, List<String> constants, StructType target) {
    this.horizonDay = horizon.toEpochDay();
    this.topTags = topTags;
    this.constants = List.copyOf(constants);
    this.target = target;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> posts) {
    PushedRows out = new PushedRows(posts);
    Object[] keyConstants = new Object[constants.size()];
    SeriesBuilder series =
        new SeriesBuilder(
            LocalDate.ofEpochDay(horizonDay), topTags, p -> out.emit(row(p, keyConstants)));
    return out.feeding(
        post -> {
          String key = post.getString(0);
          if (!key.equals(series.key())) {
            // the previous key's last rows go out with its own constants, before they change
            series.finishKey();
            for (int i = 0; i < keyConstants.length; i++) {
              keyConstants[i] = post.get(FIXED_COLUMNS + i);
            }
          }
          series.add(
              key,
              LocalDate.ofEpochDay(post.getInt(1)),
              post.getString(2),
              post.getString(3),
              post.isNullAt(4) ? null : post.getInt(4),
              post.isNullAt(5) ? null : post.getList(5));
        },
        series::finishKey);
  }

  private Row row(SeriesPoint p, Object[] keyConstants) {
    StructField[] fields = target.fields();
    Object[] values = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      int constant = constants.indexOf(fields[i].name());
      values[i] = constant >= 0 ? keyConstants[constant] : value(p, fields[i].name(), i);
    }
    return RowFactory.create(values);
  }

  private static Object value(SeriesPoint p, String column, int position) {
    return switch (column) {
      case "period_start" -> (int) p.periodStart().toEpochDay();
      case "post_count" -> p.postCount();
      case "story_count" -> p.storyCount();
      case "source_count" -> p.sourceCount();
      case "avg_chars" -> p.avgChars();
      case "median_chars" -> p.medianChars();
      case "top_tags" -> seq(p.topTags());
      case "prev_post_count" -> p.prevPostCount();
      case "pop_growth" -> p.popGrowth();
      case "rolling_avg" -> p.rollingAvg();
      case "zscore" -> p.zscore();
      case "is_spike" -> p.isSpike();
      case "period" -> p.period().label();
      default -> {
        if (position != 0) {
          throw new IllegalArgumentException("Not a series column: " + column);
        }
        yield p.key(); // the key column comes first, whatever its name
      }
    };
  }

  private static Object seq(List<String> values) {
    return CollectionConverters.asScala(values).toSeq();
  }
}
