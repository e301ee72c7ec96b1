package dev.posttrends.extract.entities;

import dev.posttrends.extract.entities.EntityLists.Tables;
import dev.posttrends.extract.keywords.Word;
import java.util.List;
import java.util.Set;

/**
 * Names that end in a company suffix ({@code 集团}, {@code 科技}, {@code 股份有限公司}…) or an
 * institution suffix ({@code 委员会}, {@code 交易所}, {@code 部}, {@code 局}…). A run of suffix
 * words ({@code 科技 股份 有限公司}) ends the name; its head is found walking left ({@link
 * Words#nameStart}) so that the whole name holds 3 to {@value #MAX_CHARS} characters.
 *
 * <p>Common nouns build generic compounds with the same suffixes ({@code 商业银行}, {@code 金融科技},
 * {@code 子公司}, {@code 新能源汽车}), so the head must hold a proper part: a word the dictionary
 * tags as a place, organisation, person, other proper noun or abbreviation, a Latin word, or a
 * fragment the dictionary does not know as a word (a morpheme or unknown character, as in the
 * transliterated or invented names of companies). A one-character suffix (部, 局) needs a head of
 * two characters or more. Names of big banks and ministries whose heads are common words ({@code
 * 建设银行}, {@code 国家统计局}) come from {@code institutions.txt} instead.
 */
final class SuffixNames {

  static final int MAX_CHARS = 12;

  /** Head words that make an institution's name specific although the dictionary calls them nouns. */
  private static final Set<String> STATE_HEADS = Set.of("国家", "中央", "全国", "国务院", "中国");

  private SuffixNames() {}

  /** Adds the suffix names of the segmented text to {@code out} and takes their spans. */
  static void find(String text, List<Word> words, Words index, Spans spans, List<Entity> out) {
    for (int i = 0; i < words.size(); i++) {
      Word first = words.get(i);
      String suffix = suffixOf(first.text());
      if (suffix == null) {
        continue;
      }
      int j = i;
      while (j + 1 < words.size() && isSuffix(words.get(j + 1).text())) {
        j++; // 科技 股份 有限公司: the name ends after the last suffix word
      }
      String last = j > i ? words.get(j).text() : suffix;
      boolean institution =
          Tables.INSTITUTION_SUFFIXES.contains(last) && !Tables.COMPANY_SUFFIXES.contains(last);
      int end = words.get(j).end();
      int headEnd = first.end() - suffix.length();
      int budget = MAX_CHARS - (end - first.offset());
      int start =
          budget <= 0
              ? first.offset()
              : index.nameStart(first.offset(), 0, budget, Tables.STOP, Tables.LEAD_INS);
      int head = headEnd - start;
      if (head < 1 || (suffix.length() == 1 && head < 2) || end - start < 3
          || end - start > MAX_CHARS) {
        i = j;
        continue;
      }
      if (hasProperPart(words, index, start, first, institution) && spans.isFree(start, end)) {
        String surface = text.substring(start, end);
        String type = institution ? Entity.ORGANIZATION : Entity.COMPANY;
        out.add(new Entity(surface, surface, type, null, null, "suffix", start));
        spans.take(start, end);
      }
      i = j;
    }
  }

  /** The longest company or institution suffix {@code word} ends with, or null. */
  static String suffixOf(String word) {
    for (int k = Math.min(word.length(), 7); k >= 1; k--) {
      String tail = word.substring(word.length() - k);
      if (isSuffix(tail)) {
        return tail;
      }
    }
    return null;
  }

  private static boolean isSuffix(String s) {
    return Tables.COMPANY_SUFFIXES.contains(s) || Tables.INSTITUTION_SUFFIXES.contains(s);
  }

  /** Whether a word from {@code start} up to and including {@code first} is a proper part. */
  private static boolean hasProperPart(
      List<Word> words, Words index, int start, Word first, boolean institution) {
    if (first.text().length() > 1 && isProper(first, institution)) {
      return true;
    }
    for (Word w = index.endingAt(first.offset()); w != null && w.offset() >= start;
        w = index.endingAt(w.offset())) {
      if (isProper(w, institution)) {
        return true;
      }
    }
    return false;
  }

  static boolean isProper(Word w, boolean institution) {
    String nature = w.nature();
    if (institution && STATE_HEADS.contains(w.text())) {
      return true;
    }
    return nature.startsWith("ns")
        || nature.startsWith("nt")
        || nature.startsWith("nr")
        || nature.equals("nz")
        || nature.equals("nx")
        || nature.equals("j")
        || nature.equals("x")
        || (nature.length() == 2 && nature.charAt(1) == 'g'); // ng, ag, vg: a fragment, not a word
  }
}
