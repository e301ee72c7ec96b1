package dev.posttrends.extract.entities;

import dev.posttrends.extract.keywords.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The entity word lists shipped under {@code dev/posttrends/entities/} on the classpath, read once
 * per JVM into {@link Tables} and shared: they are immutable. Every list says in its header where
 * its entries come from.
 */
final class EntityLists {

  static final String FOLDER = "/dev/posttrends/entities/";

  /** The keyword extractor's Chinese stop words: a name never is, or starts after, one of them. */
  static final String STOP_WORDS = "/dev/posttrends/keywords/stopwords-zh.txt";

  private EntityLists() {}

  /** The tables, loaded on first use. */
  static final class Tables {
    /**
     * Indices and institutions (group 0) and large companies (group 1) in one automaton: a post is
     * scanned once, and each group offered when its turn comes.
     */
    static final NameTrie<Entity> LISTS =
        listed("indexes.txt", "institutions.txt", "companies.txt");

    static final Set<String> COMPANY_SUFFIXES = Set.copyOf(lines(FOLDER + "company-suffixes.txt"));
    static final Set<String> INDUSTRY_SUFFIXES =
        Set.copyOf(lines(FOLDER + "industry-suffixes.txt"));
    static final Set<String> INSTITUTION_SUFFIXES =
        Set.copyOf(lines(FOLDER + "institution-suffixes.txt"));

    /** Company, industry and institution suffixes in one set: one lookup per candidate. */
    static final Set<String> ALL_SUFFIXES =
        union(COMPANY_SUFFIXES, INDUSTRY_SUFFIXES, INSTITUTION_SUFFIXES);

    static final int LONGEST_SUFFIX =
        ALL_SUFFIXES.stream().mapToInt(String::length).max().orElse(0);

    /**
     * Whether a character ends some suffix, indexed by the char: most words end in none, and need
     * no lookup.
     */
    static final boolean[] SUFFIX_ENDS =
        lastChars(COMPANY_SUFFIXES, INDUSTRY_SUFFIXES, INSTITUTION_SUFFIXES);

    static final Set<String> LEAD_INS = Set.copyOf(lines(FOLDER + "lead-ins.txt"));
    static final Set<String> GENERIC = Set.copyOf(lines(FOLDER + "generic-names.txt"));
    static final Set<String> COMMODITIES = Set.copyOf(lines(FOLDER + "commodities.txt"));
    static final Set<String> DICTIONARY_JUNK = Set.copyOf(lines(FOLDER + "dictionary-junk.txt"));
    static final Set<String> STOP = Set.copyOf(lines(STOP_WORDS));

    private Tables() {}
  }

  /**
   * The names of lists, each line the name to count under and then its other spellings ({@link
   * #spellings}); each spelling maps to an entity template with offset -1. The type follows the
   * file: {@code indexes.txt} index, {@code companies.txt} company, otherwise organization. A
   * spelling in two files keeps the first file's entry.
   */
  private static NameTrie<Entity> listed(String... files) {
    TreeMap<String, Entity> map = new TreeMap<>();
    for (String file : files) {
      String type =
          file.startsWith("indexes")
              ? Entity.INDEX
              : file.startsWith("companies") ? Entity.COMPANY : Entity.ORGANIZATION;
      addAll(map, lines(FOLDER + file), type);
    }
    return new NameTrie<>(map, e -> Entity.COMPANY.equals(e.type()));
  }

  private static void addAll(TreeMap<String, Entity> map, List<String> lines, String type) {
    for (String line : lines) {
      List<String> spellings = spellings(line);
      String name = spellings.get(0);
      for (String spelling : spellings) {
        map.putIfAbsent(spelling, new Entity(spelling, name, type, null, null, "list", -1));
      }
    }
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> out = new java.util.HashSet<>();
    for (Set<String> set : sets) {
      out.addAll(set);
    }
    return Set.copyOf(out);
  }

  @SafeVarargs
  static boolean[] lastChars(Set<String>... sets) {
    boolean[] out = new boolean[Character.MAX_VALUE + 1];
    for (Set<String> set : sets) {
      for (String word : set) {
        out[word.charAt(word.length() - 1)] = true;
      }
    }
    return out;
  }

  /**
   * The spellings of a list line: separated by spaces, except that neighbouring words written in
   * ASCII only stay one spelling ({@code Goldman Sachs}, {@code Bank of America}).
   */
  static List<String> spellings(String line) {
    List<String> out = new ArrayList<>();
    for (String token : line.split("\\s+")) {
      int last = out.size() - 1;
      if (last >= 0 && isAscii(token) && isAscii(out.get(last))) {
        out.set(last, out.get(last) + " " + token);
      } else {
        out.add(token);
      }
    }
    return out;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7E) {
        return false;
      }
    }
    return true;
  }

  /** The non-blank lines of a classpath list, stripped, without {@code #} comments. */
  static List<String> lines(String resource) {
    return WordList.resource(resource);
  }
}
