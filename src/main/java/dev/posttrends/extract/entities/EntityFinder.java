package dev.posttrends.extract.entities;

import dev.posttrends.extract.entities.EntityLists.Tables;
import dev.posttrends.extract.keywords.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The names of companies, people, organisations, places and market indices in a text, each once,
 * in text order and never overlapping. Sources run from the surest to the least sure, and a later
 * one only gets characters no earlier one took:
 *
 * <ol>
 *   <li>{@code code}: a name followed by a bracketed stock code ({@link CodeAnchors});
 *   <li>{@code list}: market indices and institutions from the shipped lists ({@code indexes.txt},
 *       {@code institutions.txt}), found with one Aho-Corasick automaton;
 *   <li>{@code mover}: stock names before a price move, {@code 英恒科技涨近8%} ({@link Movers});
 *   <li>{@code suffix}: names ending in a company or institution suffix ({@link SuffixNames});
 *   <li>{@code dictionary}: words the dictionary tags as names ({@link DictionaryNames});
 *   <li>{@code latin}: runs of capitalised Latin words ({@link LatinNames}).
 * </ol>
 *
 * Names are then normalised within the post ({@link PostNames}). Build one finder per thread: it
 * keeps scratch arrays. The word lists and automata load once per JVM, on first use.
 */
public final class EntityFinder {

  private static final Comparator<Entity> BY_OFFSET = Comparator.comparingInt(Entity::offset);

  private final Spans spans = new Spans();
  private final Words index = new Words();

  /** A finder with the shipped lists; the first one in a JVM loads them. */
  public EntityFinder() {
    Tables.LISTED.getClass(); // load the tables now, not inside the first post's timing
  }

  /**
   * Entities of {@code text} in text order, non-overlapping.
   *
   * @param words the FAST segmentation of this same text ({@code Segmenter.FAST})
   */
  public List<Entity> find(String text, List<Word> words) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    spans.reset(text.length());
    index.reset(text, words);
    List<Entity> out = new ArrayList<>();
    CodeAnchors.find(text, index, spans, out);
    Tables.LISTED.find(
        text,
        spans,
        (begin, end, template) -> {
          if (end - begin <= 2 && !(index.isBoundary(begin) && index.isBoundary(end))) {
            return false; // 道指 in 报道指出, 人行 in 个人行为: short names must be whole words
          }
          out.add(
              new Entity(
                  text.substring(begin, end), template.name(), template.type(), null, null,
                  "list", begin));
          spans.take(begin, end);
          return true;
        });
    Movers.find(text, index, spans, out);
    SuffixNames.find(text, words, index, spans, out);
    DictionaryNames.find(words, spans, out);
    LatinNames.find(text, spans, out);
    out.sort(BY_OFFSET);
    return PostNames.normalise(out);
  }
}
