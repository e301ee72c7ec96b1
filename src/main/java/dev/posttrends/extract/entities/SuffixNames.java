package dev.posttrends.extract.entities;

import dev.posttrends.extract.entities.EntityLists.Tables;
import dev.posttrends.extract.keywords.Word;
import java.util.List;
import java.util.Set;

/**
 * Names that end in a company suffix ({@code 集团}, {@code 股份有限公司}, {@code 科技}…) or an institution
 * suffix ({@code 委员会}, {@code 交易所}, {@code 部}, {@code 局}…). A run of suffix words ({@code 科技 股份
 * 有限公司}) ends the name; its head is found walking left ({@link Words#nameStart}), at most {@value
 * #MAX_HEAD} characters, and the whole name holds at least 3.
 *
 * <p>Common nouns build generic compounds with the same suffixes ({@code 商业银行}, {@code 子公司}, {@code
 * 新能源汽车}, {@code 美国半导体}), so the head must hold a proper part: a word the dictionary tags as a
 * place, organisation, person, other proper noun or abbreviation, a Latin word, or a fragment the
 * dictionary does not know as a word (a morpheme or unknown character, as in invented and
 * transliterated company names). Before an industry word ({@code industry-suffixes.txt}) a place
 * name is not enough ({@code 江苏能源}), before a legal form or a licensed business it is ({@code
 * 北京银行}). A head word that itself ends in a suffix ({@code 新能源}, {@code 总投资}) is no proper part,
 * whatever its tag. A one-character suffix (部, 局) must stand as its own word or end a word of three
 * or more characters or a proper word ({@code 商务部}, {@code 工信部}), never {@code 布局} or {@code 全部}.
 * Big banks and ministries whose heads are common words ({@code 建设银行}, {@code 国家统计局}) come from
 * {@code institutions.txt} instead.
 */
final class SuffixNames {

  /** At most this many characters before the suffix run: names are short, sentences long. */
  static final int MAX_HEAD = 10;

  /**
   * Head words that make an institution's name specific although the dictionary calls them nouns.
   */
  private static final Set<String> STATE_HEADS = Set.of("国家", "中央", "全国", "国务院", "中国");

  private SuffixNames() {}

  /** Adds the suffix names of the segmented text to {@code out} and takes their spans. */
  static void find(String text, List<Word> words, Words index, Spans spans, List<Entity> out) {
    for (int i = 0; i < words.size(); i++) {
      Word first = words.get(i);
      String suffix = suffixOf(first.text());
      if (suffix == null || !standsAlone(first, suffix)) {
        continue;
      }
      int j = i;
      while (j + 1 < words.size() && isSuffix(words.get(j + 1).text())) {
        j++; // 科技 股份 有限公司: the name ends after the last suffix word
      }
      String last = j > i ? words.get(j).text() : suffix;
      boolean institution = Tables.INSTITUTION_SUFFIXES.contains(last) && !isCompanySuffix(last);
      boolean industry = Tables.INDUSTRY_SUFFIXES.contains(last);
      int end = words.get(j).end();
      int start = index.nameStart(first.offset(), 0, MAX_HEAD, Tables.STOP, Tables.LEAD_INS);
      int head = first.end() - suffix.length() - start;
      boolean fits =
          !afterDirection(text, start, index)
              && head >= 1
              && head <= MAX_HEAD
              && (suffix.length() > 1 || head >= 2)
              && end - start >= 3;
      boolean sector = j + 1 < words.size() && Tables.GENERIC.contains(words.get(j + 1).text());
      if (fits
          && !sector // 光伏新能源板块: an industry, not a company
          && hasProperPart(index, start, first, suffix, institution, industry)
          && spans.isFree(start, end)) {
        String surface = text.substring(start, end);
        String type = institution ? Entity.ORGANIZATION : Entity.COMPANY;
        out.add(new Entity(surface, surface, type, null, null, "suffix", start));
        spans.take(start, end);
      }
      i = j;
    }
  }

  /**
   * Whether the suffix is a morpheme of its own in {@code word}: the word is the suffix, a proper
   * word, or long enough to hold a head; and the word is no generic noun such as 子公司.
   */
  private static boolean standsAlone(Word word, String suffix) {
    String text = word.text();
    if (Tables.LEAD_INS.contains(text) && !text.equals(suffix)) {
      return false; // 有研稀土子公司: the company is the one before 子公司
    }
    return suffix.length() > 1 || text.length() == 1 || text.length() >= 3 || isProper(word, true);
  }

  /**
   * Whether the name would start with a one-character country right after a verb of direction: 华 in
   * {@code 对华电动汽车} or {@code 对华实际投资} is China in a phrase (对华, 在华, 赴美, 访华), not the start of a
   * name.
   */
  private static boolean afterDirection(String text, int start, Words index) {
    Word first = index.startingAt(start);
    return start > 0
        && first != null
        && first.text().length() == 1
        && "华美日韩欧英德法俄".indexOf(first.text().charAt(0)) >= 0
        && "对在赴访来驻向".indexOf(text.charAt(start - 1)) >= 0;
  }

  /** The longest company or institution suffix {@code word} ends with, or null. */
  static String suffixOf(String word) {
    if (word.isEmpty() || !Tables.SUFFIX_ENDS[word.charAt(word.length() - 1)]) {
      return null; // most words: no substring, no set lookup (this runs for every word)
    }
    for (int k = Math.min(word.length(), Tables.LONGEST_SUFFIX); k >= 1; k--) {
      String tail = k == word.length() ? word : word.substring(word.length() - k);
      if (isSuffix(tail)) {
        return tail;
      }
    }
    return null;
  }

  private static boolean isSuffix(String s) {
    return Tables.ALL_SUFFIXES.contains(s);
  }

  private static boolean isCompanySuffix(String s) {
    return Tables.COMPANY_SUFFIXES.contains(s) || Tables.INDUSTRY_SUFFIXES.contains(s);
  }

  /** Whether the head, from {@code start} to the suffix inside {@code first}, has a proper part. */
  private static boolean hasProperPart(
      Words index, int start, Word first, String suffix, boolean institution, boolean industry) {
    String inside = first.text().substring(0, first.text().length() - suffix.length());
    if (inside.length() >= 2
        && !isSuffix(inside)
        && !Tables.GENERIC.contains(inside)
        && !(industry && first.nature().startsWith("ns"))
        && isProper(first, institution)) {
      return true; // 商务部, 外交部: the head is inside the word; not 新能源汽车, not 总投资
    }
    for (Word w = index.endingAt(first.offset());
        w != null && w.offset() >= start;
        w = index.endingAt(w.offset())) {
      if (isProperHead(w, institution, industry)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isProperHead(Word w, boolean institution, boolean industry) {
    if (suffixOf(w.text()) != null || Tables.GENERIC.contains(w.text())) {
      return false; // 新能源 in 新能源汽车 is an industry, 总投资 (nz) a phrase, not a name
    }
    if (industry && w.nature().startsWith("ns")) {
      return false; // 美国半导体, 江苏能源
    }
    return isProper(w, institution);
  }

  /**
   * Bound morphemes that derive common words (政府性, 市场化, 新型, 高级, 增长率): after a word they make an
   * adjective or a noun of it, never a fragment of a name. From Chinese grammar.
   */
  private static final String DERIVATIONAL = "性化式型类级率度者";

  static boolean isProper(Word w, boolean institution) {
    String nature = w.nature();
    if (w.text().length() == 1 && DERIVATIONAL.indexOf(w.text().charAt(0)) >= 0) {
      return false; // 政府性基金 is a kind of fund, not a company
    }
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
