package dev.posttrends.extract;

import java.util.List;

/**
 * Size measures of a post's clean text. Characters are Unicode code points of the text without line
 * breaks; CJK characters are those of the Han script; words are CJK characters plus runs of other
 * letters or digits (Latin words, numbers). Reading time assumes 400 CJK characters or 200 other
 * words per minute.
 */
public record PostMetrics(
    int charCount,
    int cjkCharCount,
    int wordCount,
    int paragraphCount,
    int linkCount,
    int imageCount,
    double readingMinutes) {

  static final double CJK_PER_MINUTE = 400.0;
  static final double WORDS_PER_MINUTE = 200.0;

  public static PostMetrics of(List<String> paragraphs, int links, int images) {
    int chars = 0;
    int cjk = 0;
    int otherWords = 0;
    for (String paragraph : paragraphs) {
      boolean inWord = false;
      for (int i = 0; i < paragraph.length(); ) {
        int cp = paragraph.codePointAt(i);
        i += Character.charCount(cp);
        chars++;
        if (isHan(cp)) {
          cjk++;
          inWord = false;
        } else if (Character.isLetterOrDigit(cp)) {
          if (!inWord) {
            otherWords++;
          }
          inWord = true;
        } else if (cp != '.' && cp != ',' && cp != '\'' || !inWord) {
          inWord = false; // "7.79" and "1,200" and "don't" stay one word
        }
      }
    }
    double minutes = cjk / CJK_PER_MINUTE + otherWords / WORDS_PER_MINUTE;
    return new PostMetrics(
        chars,
        cjk,
        cjk + otherWords,
        paragraphs.size(),
        links,
        images,
        Math.round(minutes * 10.0) / 10.0);
  }

  /**
   * {@code Character.UnicodeScript.of(cp) == HAN}, without its binary search for the common cases
   * (it ran for every char of every post, issue 11): nothing below U+2E80 is Han, and
   * U+4E00..U+9FEF (CJK Unified Ideographs as of Unicode 11) all are.
   */
  static boolean isHan(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    if (cp >= 0x4E00 && cp <= 0x9FEF) {
      return true;
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}
