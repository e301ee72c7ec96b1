package dev.posttrends.extract.entities;

import dev.posttrends.extract.entities.EntityLists.Tables;
import dev.posttrends.extract.keywords.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The names of companies, people, organisations, places and market indices in a text, each once, in
 * text order and never overlapping. Sources run from the surest to the least sure, and a later one
 * only gets characters no earlier one took:
 *
 * <ol>
 *   <li>{@code code}: a name followed by a bracketed stock code ({@link CodeAnchors});
 *   <li>{@code list}: market indices and institutions from the shipped lists ({@code indexes.txt},
 *       {@code institutions.txt}), found with one Aho-Corasick automaton (one scan for these and
 *       the large companies below);
 *   <li>{@code mover}: stock names before a price move, {@code 英恒科技涨近8%} ({@link Movers});
 *   <li>{@code role}: people right after their role, {@code 分析师李立峰表示} ({@link RoleNames});
 *   <li>{@code suffix}: names ending in a company or institution suffix ({@link SuffixNames});
 *   <li>{@code list}: large companies from {@code companies.txt}, after the suffix rule so that
 *       {@code 比亚迪股份} stays whole rather than {@code 比亚迪} + {@code 股份};
 *   <li>{@code dictionary}: words the dictionary tags as names ({@link DictionaryNames});
 *   <li>{@code latin}: runs of capitalised Latin words ({@link LatinNames}).
 * </ol>
 *
 * Names are then normalised within the post ({@link PostNames}). Build one finder per thread: it
 * keeps scratch arrays. The word lists and automata load once per JVM, on first use.
 */
public final class EntityFinder {

  private static final Comparator<Entity> BY_OFFSET = Comparator.comparingInt(Entity::offset);

  /** Places naming the home country: 中国证监会 is 证监会. */
  private static final Set<String> HOME = Set.of("中国", "我国", "中华人民共和国", "全国", "国家");

  /** A local government's level: 省统计局 and 市发改委 are not the national bodies. */
  private static final Set<String> LOCAL = Set.of("省", "市", "县", "区", "州", "自治区");

  private final Spans spans = new Spans();
  private final Words index = new Words();
  private final NameTrie.Candidates<Entity> listed = new NameTrie.Candidates<>();

  /** A finder with the shipped lists; the first one in a JVM loads them. */
  public EntityFinder() {
    Tables.LISTS.getClass(); // load the tables now, not inside the first post's timing
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
    Tables.LISTS.scan(text, listed);
    listed.offer(
        0, text, spans, (begin, end, template) -> addListed(text, begin, end, template, out));
    Movers.find(text, index, spans, out);
    RoleNames.find(text, words, spans, out);
    SuffixNames.find(text, words, index, spans, out);
    listed.offer(
        1, text, spans, (begin, end, template) -> addListed(text, begin, end, template, out));
    DictionaryNames.find(words, spans, out);
    LatinNames.find(text, spans, out);
    out.sort(BY_OFFSET);
    return PostNames.normalise(out);
  }

  /**
   * Keeps a list match that is made of whole words ({@code 道指} is not in {@code 报道指出}). An
   * institution right after a foreign or local place, or a level of local government, is that
   * place's own ({@code 美国商务部}, {@code 上海市国资委}, {@code 省统计局}): the place joins the surface and the
   * name.
   */
  private boolean addListed(String text, int begin, int end, Entity template, List<Entity> out) {
    if (!index.isBoundary(begin) || !index.isBoundary(end)) {
      return false;
    }
    int start = begin;
    String name = template.name();
    Word place = index.endingAt(begin);
    if (Entity.ORGANIZATION.equals(template.type())
        && place != null
        && (place.nature().startsWith("ns") || LOCAL.contains(place.text()))
        && !HOME.contains(place.text())
        && spans.isFree(place.offset(), begin)) {
      start = place.offset();
      name = text.substring(start, end);
    }
    out.add(
        new Entity(text.substring(start, end), name, template.type(), null, null, "list", start));
    spans.take(start, end);
    return true;
  }
}
