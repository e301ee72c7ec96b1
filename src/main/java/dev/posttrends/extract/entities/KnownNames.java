package dev.posttrends.extract.entities;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Names a batch learned from all its posts (say, every code-anchored or mover name of a day's
 * news), found again in every post: a post that writes {@code 信义能源} without a code still names the
 * company another post anchored with {@code (03868)}. Each learned entity is searched by its name
 * and by its surface; an occurrence is reported with the learned name, type, code and exchange,
 * {@code foundBy = "batch"}.
 *
 * <p>Serializable so that Spark can broadcast it: only the entity list travels; the Aho-Corasick
 * automaton (HanLP's is not serializable) is rebuilt lazily, once per JVM that receives it. Safe to
 * share between threads.
 */
public final class KnownNames implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Spellings shorter than this are too ambiguous to search everywhere. */
  private static final int MIN_CHARS = 2;

  private final ArrayList<Entity> names;
  private transient volatile NameTrie<Entity> trie;

  /**
   * Known names from {@code names}: their name, type, code and exchange are kept. When two entities
   * share a spelling, one with a code wins over one without, then the one seen first.
   */
  public KnownNames(Collection<Entity> names) {
    this.names = new ArrayList<>(names.size());
    for (Entity e : names) {
      this.names.add(
          new Entity(e.surface(), e.name(), e.type(), e.code(), e.exchange(), "batch", -1));
    }
    this.trie = build(this.names);
  }

  /** How many entities were learned. */
  public int size() {
    return names.size();
  }

  /** The learned names, as the batch counts them. */
  public List<String> names() {
    List<String> out = new ArrayList<>(names.size());
    names.forEach(e -> out.add(e.name()));
    return out;
  }

  /**
   * Occurrences of the known names in {@code text}, in text order: leftmost-longest, not
   * overlapping each other nor any of {@code taken} (the entities already found in this text).
   */
  public List<Entity> find(String text, List<Entity> taken) {
    List<Entity> out = new ArrayList<>();
    if (text == null || text.isEmpty() || names.isEmpty()) {
      return out;
    }
    Spans spans = new Spans();
    spans.reset(text.length());
    for (Entity e : taken) {
      if (e.offset() >= 0 && e.end() <= text.length()) {
        spans.take(e.offset(), e.end());
      }
    }
    trie()
        .find(
            text,
            spans,
            new NameTrie.Candidates<>(),
            (begin, end, known) -> {
              String surface = text.substring(begin, end);
              out.add(
                  new Entity(
                      surface,
                      known.name(),
                      known.type(),
                      known.code(),
                      known.exchange(),
                      "batch",
                      begin));
              return true;
            });
    return out;
  }

  private NameTrie<Entity> trie() {
    NameTrie<Entity> t = trie;
    if (t == null) {
      synchronized (this) {
        t = trie;
        if (t == null) {
          t = build(names);
          trie = t;
        }
      }
    }
    return t;
  }

  private static NameTrie<Entity> build(List<Entity> names) {
    TreeMap<String, Entity> map = new TreeMap<>();
    for (Entity e : names) {
      put(map, e.name(), e);
      put(map, e.surface(), e);
    }
    return new NameTrie<>(map);
  }

  private static void put(TreeMap<String, Entity> map, String spelling, Entity e) {
    if (spelling == null || spelling.length() < MIN_CHARS) {
      return;
    }
    Entity old = map.get(spelling);
    if (old == null || (old.code() == null && e.code() != null)) {
      map.put(spelling, e);
    }
  }
}
