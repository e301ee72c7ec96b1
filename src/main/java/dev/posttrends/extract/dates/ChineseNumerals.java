package dev.posttrends.extract.dates;

/** Small Chinese numerals as they appear in dates: digit strings (二零二一) and 1..31 (二十八). */
final class ChineseNumerals {

  private ChineseNumerals() {}

  /** The value of one digit, Chinese or ASCII, or -1. */
  static int digit(char c) {
    return switch (c) {
      case '〇', '零', '○', '0' -> 0;
      case '一', '1' -> 1;
      case '二', '两', '2' -> 2;
      case '三', '3' -> 3;
      case '四', '4' -> 4;
      case '五', '5' -> 5;
      case '六', '6' -> 6;
      case '七', '7' -> 7;
      case '八', '8' -> 8;
      case '九', '9' -> 9;
      default -> -1;
    };
  }

  /**
   * The value of a number below 100 written in ASCII digits, Chinese digits read positionally
   * ({@code 二零二一}) or with 十 ({@code 十一}, {@code 二十}, {@code 三十一}); -1 when unreadable.
   */
  static int parse(String s) {
    int ten = s.indexOf('十');
    if (ten < 0) {
      int value = 0;
      for (int i = 0; i < s.length(); i++) {
        int d = digit(s.charAt(i));
        if (d < 0) {
          return -1;
        }
        value = value * 10 + d;
      }
      return s.isEmpty() ? -1 : value;
    }
    int tens = ten == 0 ? 1 : parse(s.substring(0, ten));
    int units = ten == s.length() - 1 ? 0 : parse(s.substring(ten + 1));
    return tens < 0 || units < 0 ? -1 : tens * 10 + units;
  }
}
