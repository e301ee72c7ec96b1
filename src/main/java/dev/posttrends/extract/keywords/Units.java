package dev.posttrends.extract.keywords;

/**
 * Character classes of {@link FastSegmenter}'s units. Full-width letters and digits ({@code ２０２４},
 * {@code ＡＩ}) count like ASCII ones, so text that was not NFKC-normalised (a test set) keeps its
 * figures whole without changing any offset.
 */
final class Units {

  private Units() {}

  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  static boolean isAlnum(char c) {
    return isDigit(c)
        || (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= 'ａ' && c <= 'ｚ')
        || (c >= 'Ａ' && c <= 'Ｚ');
  }

  /** A decimal point, when it stands between two digits. */
  static boolean isPoint(char c) {
    return c == '.' || c == '．';
  }

  /**
   * Nature of a character no dictionary word covers: {@code m} for a Chinese numeral (the core
   * dictionary files 两, 万 under its number placeholder, so they are not entries of their own),
   * {@code x} for other letters, else {@code w}.
   */
  static short natureOf(int codePoint) {
    if (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT && isHanNumeral((char) codePoint)) {
      return FastDictionary.NUMBER;
    }
    return Character.isLetter(codePoint) ? FastDictionary.OTHER : FastDictionary.PUNCTUATION;
  }

  /** A Chinese numeral character, as in 一千, 三百五十, 两万. */
  static boolean isHanNumeral(char c) {
    return HAN_NUMERALS.indexOf(c) >= 0;
  }

  private static final String HAN_NUMERALS = "零〇一二三四五六七八九十百千万亿两";
}
