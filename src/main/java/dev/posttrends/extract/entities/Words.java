package dev.posttrends.extract.entities;

import dev.posttrends.extract.keywords.Word;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The segmenter's words of one text, looked up by where they end, and the walk that finds where a
 * name ends on the left. Names in Chinese news have no capitals: the left edge of {@code 贵州茅台} in
 * {@code 今日贵州茅台(600519)} is where the words stop looking like a name. Not thread-safe; reused text
 * after text.
 */
final class Words {

  /**
   * Single characters that introduce a name in news and rarely begin one (从, 为, 予 in 首予…), written
   * for this project from Chinese grammar: prepositions, verbs of rating and reporting.
   */
  private static final String FUNCTION_CHARS = "在从为向对将把被由与和及或等的了是于至据获予升降称让给跟同较自以即仍已还也都又再更最很并而则但就";

  /** Natures that end a walk when a single character carries them. */
  private static final String SINGLE_STOP = "pcuwreyoqmt";

  /** Natures that end a walk when a word of two or more characters carries them. */
  private static final String WORD_STOP = "dpcurtfmqweyoilz";

  private List<Word> words = List.of();
  private int[] endingAt = new int[0];
  private int length;

  void reset(String text, List<Word> segmentation) {
    words = segmentation;
    int n = text.length();
    length = n;
    if (endingAt.length < n + 1) {
      endingAt = new int[Math.max(n + 1, endingAt.length * 2)];
    }
    Arrays.fill(endingAt, 0, n + 1, -1);
    for (int i = 0; i < segmentation.size(); i++) {
      int end = segmentation.get(i).end();
      if (end <= n) {
        endingAt[end] = i;
      }
    }
  }

  /** Whether a word starts (and another ends) at {@code pos}: the text's ends count. */
  boolean isBoundary(int pos) {
    return pos == 0 || pos == length || (pos < length && endingAt[pos] >= 0);
  }

  /** The word starting at {@code pos}, or null when none starts there. */
  Word startingAt(int pos) {
    if (pos < 0 || pos >= length) {
      return null;
    }
    int i = pos == 0 ? 0 : endingAt[pos] + 1; // words cover the text: the next one starts here
    return (pos == 0 || endingAt[pos] >= 0) && i < words.size() ? words.get(i) : null;
  }

  /** The word ending just before {@code pos}, or null when no word ends there. */
  Word endingAt(int pos) {
    if (pos <= 0 || pos >= endingAt.length) {
      return null;
    }
    int i = endingAt[pos];
    return i < 0 ? null : words.get(i);
  }

  /**
   * Where a name ending at {@code end} starts: walks left word by word while the words look like
   * part of a name, never before {@code floor}, and stops before a word that would make the name
   * longer than {@code maxChars}. Returns {@code end} when the first word already stops the walk.
   */
  int nameStart(int end, int floor, int maxChars, Set<String> stopWords, Set<String> leadIns) {
    int start = end;
    for (Word w = endingAt(end); w != null; w = endingAt(start)) {
      if (w.offset() < floor || end - w.offset() > maxChars || stops(w, stopWords, leadIns)) {
        break;
      }
      start = w.offset();
    }
    return start;
  }

  /**
   * Whether the words from {@code start} to {@code end} could all be part of a name, between
   * delimiters: no function character, and no word of two or more characters that {@link #stops} a
   * walk, verbs aside (company names are often made of verbs, {@code 领益智造}). Other single
   * characters are fragments of a name the dictionary does not know, whatever their tag ({@code
   * 维/q} in {@code 苏大维格}).
   */
  boolean mayBeName(int start, int end, Set<String> stopWords, Set<String> leadIns) {
    for (Word w = startingAt(start); w != null && w.offset() < end; w = startingAt(w.end())) {
      String text = w.text();
      boolean stop =
          text.length() == 1
              ? FUNCTION_CHARS.indexOf(text.charAt(0)) >= 0 || !isNameChar(text.charAt(0))
              : !w.nature().startsWith("v") && stops(w, stopWords, leadIns);
      if (stop) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word ends a walk: punctuation, a function word, a stop word or a lead-in. */
  static boolean stops(Word w, Set<String> stopWords, Set<String> leadIns) {
    String text = w.text();
    String nature = w.nature();
    if (text.isBlank() || nature.isEmpty()) {
      return true;
    }
    char tag = nature.charAt(0);
    if (text.length() == 1) {
      char c = text.charAt(0);
      if (FUNCTION_CHARS.indexOf(c) >= 0 || !isNameChar(c)) {
        return true;
      }
      // 斯/rg in 金斯瑞: a morpheme alone is a fragment of an unknown name, whatever its class
      return SINGLE_STOP.indexOf(tag) >= 0 && !nature.endsWith("g");
    }
    if (isLatinWord(text)) {
      return false; // TCL in TCL科技, ST in ST八菱, 5G: Latin words carry no useful nature
    }
    return (tag == 'v' && !nature.equals("vn"))
        || WORD_STOP.indexOf(tag) >= 0
        || stopWords.contains(text)
        || leadIns.contains(text);
  }

  static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '·' || c == '*';
  }

  /**
   * ASCII letters and digits with at least one letter: {@code TCL}, {@code 5G}, not {@code 2021}.
   */
  private static boolean isLatinWord(String text) {
    boolean letter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!NameTrie.isAsciiAlnum(c)) {
        return false;
      }
      letter |= c > '9';
    }
    return letter;
  }
}
