package dev.posttrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Untrusted text is escaped and capped before it reaches a terminal or a log line. */
class PrintableTest {

  @Test
  void ansiSequencesAreEscapedNotInterpreted() {
    assertEquals("\\u001b[31mred\\u001b[0m", Printable.line("\u001b[31mred\u001b[0m"));
    // OSC: would set the terminal's title; BEL ends it
    assertEquals("\\u001b]0;pwned\\u0007", Printable.line("\u001b]0;pwned\u0007"));
    // the C1 one-character CSI that some terminals honour, and NEL
    assertEquals("\\u009b2J \\u0085", Printable.line("\u009b2J \u0085"));
  }

  @Test
  void controlCharactersAndLineBreaksCannotForgeLines() {
    assertEquals("a\\rb\\nc\\td", Printable.line("a\rb\nc\td"));
    assertEquals("nul\\u0000 del\\u007f bs\\u0008", Printable.line("nul\u0000 del\u007f bs\b"));
    assertEquals("ls\\u2028ps\\u2029", Printable.line("ls\u2028ps\u2029"));
  }

  @Test
  void linesKeepLineFeedsAndTabsOnly() {
    assertEquals("at a\n\tat b\\u001b[2J\n", Printable.lines("at a\r\n\tat b\u001b[2J\n", 100));
    assertEquals("x\\ry", Printable.lines("x\ry", 100));
  }

  @Test
  void bidiOverridesAndInvisibleFormatCharactersAreEscaped() {
    // "evil\u202Etxt.exe" would display as "evilexe.txt"
    assertEquals("evil\\u202etxt.exe", Printable.line("evil\u202Etxt.exe"));
    assertEquals(
        "\\u2066i\\u2069 \\u200fm \\u200bz \\ufeffb \\u061ca",
        Printable.line("\u2066i\u2069 \u200Fm \u200Bz \uFEFFb \u061Ca"));
  }

  @Test
  void markupAndOrdinaryTextAreKept() {
    // a console shows markup as text; HTML output must escape for HTML itself
    assertEquals("<script>alert(1)</script>", Printable.line("<script>alert(1)</script>"));
    assertEquals("上饶日报：同比增长7.79% — ok ✓ 😀", Printable.line("上饶日报：同比增长7.79% — ok ✓ 😀"));
    assertEquals("null", Printable.line(null));
  }

  @Test
  void unpairedSurrogatesAreEscaped() {
    assertEquals("a\\ud83db", Printable.line("a\uD83Db"));
  }

  @Test
  void longTextIsCappedInCodePoints() {
    String capped = Printable.line("x".repeat(100_000));
    assertEquals("x".repeat(Printable.MAX_CHARS) + "…[+" + (100_000 - 300) + " chars]", capped);
    // a cap never splits a surrogate pair, and counts the pair as one
    assertEquals("😀😀…[+1 chars]", Printable.line("😀😀😀", 2));
    String body = "正文".repeat(50_000) + "\u001b[31m";
    String line = Printable.line(body, 500);
    assertTrue(line.length() < 600, "capped: " + line.length());
    assertFalse(line.contains("\u001b"));
  }

  @Test
  void nothingUnsafeSurvivesAnyCodePoint() {
    StringBuilder all = new StringBuilder();
    for (int cp = 0; cp < 0x3000; cp++) {
      all.appendCodePoint(cp);
    }
    String line = Printable.line(all.toString(), Integer.MAX_VALUE);
    line.codePoints().forEach(cp -> assertFalse(Printable.isUnsafe(cp), () -> "unescaped U+" + cp));
  }
}
