package dev.posttrends.extract.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One name per thing within a post, so that counts across posts add up:
 *
 * <ul>
 *   <li>every mention carrying the same code is counted under the longest name written with that
 *       code ({@code 茅台(600519)} and {@code 贵州茅台(600519.SH)} both become {@code 贵州茅台});
 *   <li>a company name that is the short form of exactly one longer company name of the same post
 *       takes that name. Short forms are prefixes ({@code 比亚迪} of {@code 比亚迪股份}), or keep the first
 *       two characters and the company suffix ({@code 京城股份} of {@code 京城机电股份}). With two candidates
 *       ({@code 中国} of both {@code 中国石化} and {@code 中国平安}) the name stays, and a name from a list
 *       is a whole name already ({@code 腾讯} is not short for {@code 腾讯游戏}).
 * </ul>
 *
 * A short form takes the long form's code too. Nothing is learned across posts here; {@link
 * KnownNames} does that for a batch.
 */
final class PostNames {

  private PostNames() {}

  /** {@code entities} with their names normalised, in the same order. */
  static List<Entity> normalise(List<Entity> entities) {
    if (entities.size() < 2) {
      return entities;
    }
    Map<String, String> byCode = new HashMap<>();
    for (Entity e : entities) {
      if (e.code() != null) {
        byCode.merge(e.code(), e.name(), (a, b) -> b.length() > a.length() ? b : a);
      }
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      Entity named = e;
      if (e.code() != null) {
        named = e.withName(byCode.get(e.code()));
      } else if (Entity.COMPANY.equals(e.type()) && !e.foundBy().equals("list")) {
        Entity longer = onlyLongerForm(e, entities);
        if (longer != null) {
          named =
              new Entity(
                  e.surface(),
                  longer.name(),
                  e.type(),
                  longer.code(),
                  longer.exchange(),
                  e.foundBy(),
                  e.offset());
        }
      }
      out.add(named);
    }
    return out;
  }

  /** The one company of the post whose name {@code e}'s name shortens, or null. */
  private static Entity onlyLongerForm(Entity e, List<Entity> entities) {
    Entity found = null;
    for (Entity other : entities) {
      if (Entity.COMPANY.equals(other.type())
          && other.name().length() > e.name().length()
          && shortens(e.name(), other.name())) {
        if (found != null && !found.name().equals(other.name())) {
          return null;
        }
        found = other;
      }
    }
    return found;
  }

  /** Whether {@code shorter} is a short form of {@code longer}: a prefix, or head + same suffix. */
  static boolean shortens(String shorter, String longer) {
    if (shorter.length() < 2) {
      return false;
    }
    if (longer.startsWith(shorter)) {
      return true;
    }
    String suffix = SuffixNames.suffixOf(shorter);
    return suffix != null
        && shorter.length() - suffix.length() >= 2
        && longer.endsWith(suffix)
        && longer.startsWith(shorter.substring(0, 2))
        && longer.startsWith(shorter.substring(0, shorter.length() - suffix.length()));
  }
}
