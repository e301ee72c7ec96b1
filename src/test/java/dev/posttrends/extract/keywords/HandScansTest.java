package dev.posttrends.extract.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans that replaced library calls in hot loops (issue 11) answer exactly what
 * the calls did: {@link LatinTerms#termEnd} what {@code find()} of {@link LatinTerms#TERM} finds,
 * {@link ChineseTerms#isHan} what {@code Character.UnicodeScript.of} says, {@link Boilerplate}'s
 * bracket-led scan what a {@code find()} loop blanked.
 */
class HandScansTest {

  @Test
  void latinScanFindsWhatThePatternFinds() {
    Random random = new Random(11);
    String alphabet = "aZk09.-&&--.. 中5GQ_:/";
    for (int round = 0; round < 200_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(16); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(byPattern(text.toString()), byScan(text.toString()), text.toString());
    }
  }

  @Test
  void latinScanOnWrittenCases() {
    for (String text :
        List.of("HY-L3 5G 3D 18.6GWh 100MW www.a.com A&B-c a- -b 5Gx 5G- 5Ga x5G .5G", "")) {
      assertEquals(byPattern(text), byScan(text), text);
    }
  }

  @Test
  void hanTestAgreesWithUnicodeScriptOnEveryCodePoint() {
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      boolean expected = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
      if (ChineseTerms.isHan(c) != expected) {
        assertEquals(expected, ChineseTerms.isHan(c), "U+" + Integer.toHexString(c));
      }
    }
  }

  @Test
  void boilerplateBlanksWhatAFindLoopBlanked() {
    Boilerplate boilerplate = new Boilerplate(List.of("返回首页"));
    Random random = new Random(11);
    String[] parts = {"（", "(", "）", ")", "来源", "记者", "：", ":", " ", "\n", "上饶日报", "返回首页", "文章"};
    for (int round = 0; round < 100_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      String t = text.toString();
      assertEquals(blankedByFind(t, "返回首页"), boilerplate.blank(t), t);
    }
  }

  /** Boilerplate.blank as it was before issue 11: a find() loop, then the phrases. */
  private static String blankedByFind(String text, String phrase) {
    char[] chars = text.toCharArray();
    Matcher m = Boilerplate.ATTRIBUTION.matcher(text);
    while (m.find()) {
      java.util.Arrays.fill(chars, m.start(), m.end(), ' ');
    }
    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      java.util.Arrays.fill(chars, at, at + phrase.length(), ' ');
    }
    return new String(chars);
  }

  private static List<String> byPattern(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = LatinTerms.TERM.matcher(text);
    while (m.find()) {
      out.add(m.start() + ":" + m.end());
    }
    return out;
  }

  private static List<String> byScan(String text) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int end = LatinTerms.termEnd(text, i);
      if (end < 0) {
        i++;
      } else {
        out.add(i + ":" + end);
        i = end;
      }
    }
    return out;
  }
}
