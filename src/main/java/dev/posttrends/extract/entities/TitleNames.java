package dev.posttrends.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A post's title names what its text anchors: {@code 信江新材拟投资38亿元…} is titled by the company the
 * text writes as {@code 信江新材(603218)}. The title alone has no anchor, and its words may read
 * otherwise ({@code 信江} is a river), so the names the text anchors by a code or a price move are
 * looked for in the title too, with the text's type and code (and so are people the text names by
 * their role: {@code 分析师李立峰表示} in the text, {@code 李立峰：…} in the title). Such a name never overlaps
 * the title's surer names and wins over a single-word guess of the dictionary or Latin rules inside
 * it.
 */
public final class TitleNames {

  /** Rules whose names the text anchors: a code, a price move, a role. */
  static final java.util.Set<String> ANCHORS =
      java.util.Set.of("code", "mover", "stock-list", "role");

  private TitleNames() {}

  /** {@code titleNames} with the anchored names of {@code textNames} found in {@code title}. */
  public static List<Entity> withTextAnchors(
      String title, List<Entity> titleNames, List<Entity> textNames) {
    Map<String, Entity> anchored = new LinkedHashMap<>();
    for (Entity e : textNames) {
      if (ANCHORS.contains(e.foundBy()) && e.surface().length() >= 2) {
        anchored.putIfAbsent(e.surface(), e);
      }
    }
    if (anchored.isEmpty() || title == null || title.isEmpty()) {
      return titleNames;
    }
    List<Entity> names = new ArrayList<>(titleNames);
    List<Entity> longestFirst = new ArrayList<>(anchored.values());
    longestFirst.sort(Comparator.comparingInt((Entity e) -> -e.surface().length()));
    for (Entity a : longestFirst) {
      String surface = a.surface();
      for (int at = title.indexOf(surface); at >= 0; at = title.indexOf(surface, at + 1)) {
        Entity found =
            new Entity(surface, a.name(), a.type(), a.code(), a.exchange(), a.foundBy(), at);
        if (!overlapsSure(found, names)) {
          names.removeIf(n -> overlaps(n, found));
          names.add(found);
        }
      }
    }
    names.sort(Comparator.comparingInt(Entity::offset));
    return names;
  }

  private static boolean overlapsSure(Entity e, List<Entity> names) {
    for (Entity n : names) {
      if (overlaps(n, e) && !"dictionary".equals(n.foundBy()) && !"latin".equals(n.foundBy())) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(Entity a, Entity b) {
    return a.offset() < b.end() && b.offset() < a.end();
  }
}
