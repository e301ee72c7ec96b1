package dev.posttrends.extract.dates;

import java.util.ArrayList;
import java.util.List;

/**
 * The text the patterns read, with the index of each of its chars in the text as written. Other
 * media write dates as {@code ２０２２年６月８日} (full-width forms) or {@code 2022 年 6 月 8 日} (editors that
 * space Chinese from digits); the patterns read both as {@code 2022年6月8日}, while mentions keep the
 * surface and offset as written.
 *
 * <p>Full-width digits, Latin letters and {@code －／．～％＋} become ASCII (not {@code ：}: a date after
 * 日期： is still one); the ideographic and the no-break space become plain spaces; a run of spaces
 * disappears when it stands between a Chinese character and a digit, or between two Chinese
 * characters one of which is a date word (never between two digits, never after a URL). Most posts
 * need none of this and are read as they are, without a copy.
 */
final class NormalizedText {

  /** The text to match. */
  final String text;

  /** For each char of {@link #text}, its index in the original; null when they are the same. */
  private final int[] originalIndex;

  private NormalizedText(String text, int[] originalIndex) {
    this.text = text;
    this.originalIndex = originalIndex;
  }

  static NormalizedText of(String original) {
    if (!needsWork(original)) {
      return new NormalizedText(original, null);
    }
    List<int[]> urls = Masks.urls(original);
    int n = original.length();
    StringBuilder out = new StringBuilder(n);
    int[] map = new int[n];
    for (int i = 0; i < n; i++) {
      char c = fold(original.charAt(i));
      if (c != ' ') {
        map[out.length()] = i;
        out.append(c);
        continue;
      }
      int j = spaceRunEnd(original, i);
      char left = out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
      char right = j < n ? fold(original.charAt(j)) : ' ';
      if (!joins(left, right) || endsUrl(urls, i)) {
        for (int k = i; k < j; k++) {
          map[out.length()] = k;
          out.append(' ');
        }
      }
      i = j - 1;
    }
    return new NormalizedText(out.toString(), map);
  }

  /** The mentions found in {@link #text}, with surfaces and offsets of {@code original}. */
  List<DateMention> toOriginal(List<DateMention> mentions, String original) {
    if (originalIndex == null) {
      return mentions;
    }
    List<DateMention> out = new ArrayList<>(mentions.size());
    for (DateMention m : mentions) {
      int start = originalIndex[m.charOffset()];
      int end = originalIndex[m.charOffset() + m.surface().length() - 1] + 1;
      out.add(
          new DateMention(
              original.substring(start, end),
              m.start(),
              m.end(),
              m.resolution(),
              start,
              m.isComparisonBase()));
    }
    return out;
  }

  /** One pass that decides whether {@link #fold} or a space join would change anything. */
  private static boolean needsWork(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t') {
        int j = spaceRunEnd(s, i);
        if (i > 0 && j < n && joins(fold(s.charAt(i - 1)), fold(s.charAt(j)))) {
          return true;
        }
        i = j - 1;
      } else if (c >= '\uff01' && c <= '\uff5e' && fold(c) != c || c == '\u3000' || c == '\u00a0') {
        return true;
      }
    }
    return false;
  }

  private static int spaceRunEnd(String s, int from) {
    int j = from;
    while (j < s.length() && fold(s.charAt(j)) == ' ') {
      j++;
    }
    return j;
  }

  static char fold(char c) {
    if (c >= '\uff10' && c <= '\uff19'
        || c >= '\uff21' && c <= '\uff3a'
        || c >= '\uff41' && c <= '\uff5a') {
      return (char) (c - 0xfee0);
    }
    return switch (c) {
      case '\uff0d', '\uff0f', '\uff0e', '\uff5e', '\uff05', '\uff0b' -> (char) (c - 0xfee0);
      case '\u3000', '\u00a0', '\t' -> ' ';
      default -> c;
    };
  }

  /**
   * Whether spaces between these two chars are layout the patterns must not see: between a Chinese
   * character and a digit (2022 年, 近 2 日), and between Chinese characters next to a date word (2022
   * 年 第一季度). Spaces between other words are left alone, so most texts need no copy.
   */
  private static boolean joins(char left, char right) {
    boolean leftHan = isHan(left);
    boolean rightHan = isHan(right);
    if (leftHan && rightHan) {
      return DATE_WORDS.indexOf(left) >= 0 || DATE_WORDS.indexOf(right) >= 0;
    }
    return leftHan && isDigit(right) || isDigit(left) && rightHan;
  }

  private static final String DATE_WORDS = "年月日号季度财";

  private static boolean isHan(char c) {
    return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf' || c == '〇';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean endsUrl(List<int[]> urls, int index) {
    for (int[] span : urls) {
      if (span[1] == index) {
        return true;
      }
    }
    return false;
  }
}
