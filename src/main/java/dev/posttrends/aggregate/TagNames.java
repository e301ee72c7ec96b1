package dev.posttrends.aggregate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a tag is counted in the trend tables: trimmed of ASCII spaces at both ends (what Spark's
 * {@code trim} removes), lower-cased with the root locale's Unicode mappings (every cased script,
 * Latin included; CJK has no case; never the machine's locale), empty and null tags dropped, each
 * normalized tag once per post in first-seen order.
 *
 * <p>Plain Java rather than Spark's {@code lower}: from Spark 4.0 that function initializes ICU's
 * case mapping on first use, which loads its CJK word-break dictionary (≈ 2 s of every run's
 * critical path, measured in a JFR profile of the sample run), and with ICU switched off it follows
 * the JVM's default locale.
 */
public final class TagNames {

  private TagNames() {}

  /** The post's distinct normalized tags; null for null. */
  public static List<String> normalize(Iterator<String> tags) {
    if (tags == null) {
      return null;
    }
    Set<String> distinct = new LinkedHashSet<>();
    while (tags.hasNext()) {
      String tag = normalize(tags.next());
      if (!tag.isEmpty()) {
        distinct.add(tag);
      }
    }
    return new ArrayList<>(distinct);
  }

  /** One tag trimmed of ASCII spaces and lower-cased; "" for null. */
  public static String normalize(String tag) {
    if (tag == null) {
      return "";
    }
    int start = 0;
    int end = tag.length();
    while (start < end && tag.charAt(start) == ' ') {
      start++;
    }
    while (end > start && tag.charAt(end - 1) == ' ') {
      end--;
    }
    return tag.substring(start, end).toLowerCase(Locale.ROOT);
  }
}
