package dev.posttrends.extract.entities;

import dev.posttrends.extract.entities.EntityLists.Tables;
import dev.posttrends.extract.keywords.Word;
import java.util.List;

/**
 * Single words HanLP's dictionaries tag as names: {@code nt…} organisations ({@code ntc}, {@code
 * ntcb}, {@code ntcf} companies, banks and factories as companies), {@code ns…} places, {@code nr…}
 * persons. The FAST segmenter recognises no unknown names, so these are only the names the
 * dictionaries hold. Single characters, stop words, the dictionary's known false tags ({@code
 * dictionary-junk.txt}) and person words glued to name fragments are skipped. Limits: HanLP files
 * some brands under transliterated persons ({@code nrf}: 比亚迪, 特斯拉); {@code companies.txt} takes the
 * big ones first, the rest come out as persons.
 */
final class DictionaryNames {

  private DictionaryNames() {}

  /** Adds the dictionary names of the segmented text to {@code out} and takes their spans. */
  static void find(List<Word> words, Spans spans, List<Entity> out) {
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      String type = typeOf(w.nature());
      String text = w.text();
      if (type == null
          || text.length() < 2
          || !isHan(text.charAt(0))
          || Tables.STOP.contains(text)
          || Tables.DICTIONARY_JUNK.contains(text)
          || (type.equals(Entity.PERSON) && (isFragment(words, i - 1) || isFragment(words, i + 1)))
          || !spans.isFree(w.offset(), w.end())) {
        continue;
      }
      out.add(new Entity(text, text, type, null, null, "dictionary", w.offset()));
      spans.take(w.offset(), w.end());
    }
  }

  /**
   * Whether word {@code i} is a lone character the dictionary knows only as a piece of a name (a
   * morpheme, abbreviation, name or unknown character): a person word beside one is most likely a
   * fragment of a longer transliteration the dictionary lacks ({@code 霍尼韦尔}, {@code 麦康奈尔}).
   */
  private static boolean isFragment(List<Word> words, int i) {
    if (i < 0 || i >= words.size()) {
      return false;
    }
    Word w = words.get(i);
    String nature = w.nature();
    return w.text().length() == 1
        && isHan(w.text().charAt(0))
        && (nature.endsWith("g")
            || nature.startsWith("nr")
            || nature.startsWith("ns")
            || nature.equals("j")
            || nature.equals("x"));
  }

  /** The entity type of a HanLP nature, or null when it names none. */
  static String typeOf(String nature) {
    if (nature.length() < 2 || nature.charAt(0) != 'n') {
      return null;
    }
    return switch (nature.charAt(1)) {
      case 't' -> nature.startsWith("ntc") ? Entity.COMPANY : Entity.ORGANIZATION;
      case 's' -> Entity.PLACE;
      case 'r' -> Entity.PERSON;
      default -> null;
    };
  }

  private static boolean isHan(char c) {
    return c >= 0x3400 && c <= 0x9FFF;
  }
}
