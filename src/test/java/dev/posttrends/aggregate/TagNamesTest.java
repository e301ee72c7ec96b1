package dev.posttrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TagNamesTest {

  private static List<String> normalize(String... tags) {
    return TagNames.normalize(Arrays.asList(tags).iterator());
  }

  @Test
  void trimsAsciiSpacesOnlyAndLowerCasesEveryCasedScript() {
    assertEquals("ai", TagNames.normalize("  AI "));
    // Spark's trim removes U+0020 only: a tab or an ideographic space stays part of the tag
    assertEquals("\tai", TagNames.normalize("\tAI"));
    assertEquals("\u3000新能源", TagNames.normalize("\u3000新能源 "));
    assertEquals("éς straße", TagNames.normalize("ÉΣ STRAßE")); // final sigma in context
    assertEquals("οδός", TagNames.normalize("ΟΔΌΣ"));
    assertEquals("人民币", TagNames.normalize("人民币"));
    assertEquals("", TagNames.normalize((String) null));
  }

  /**
   * The same folding as Spark 4's {@code lower} (ICU's root-locale mappings), which it replaces.
   */
  @Test
  void lowerCasesAsIcuRootLocaleDoes() {
    for (String tag :
        List.of(
            "AI",
            "ÉΣ STRAßE",
            "ΟΔΌΣ Σ",
            "İSTANBUL",
            "ǅUNGLA",
            "ＡＢＣ全角",
            "ΆΈΉ",
            "АКЦИИ",
            "ՈՒՂ",
            "ᏣᎳᎩ",
            "𐐀𐐁",
            "Ⅻ",
            "ﬀ",
            "K")) {
      assertEquals(
          UCharacter.toLowerCase(ULocale.ROOT, tag), TagNames.normalize(tag), "lower of " + tag);
    }
  }

  @Test
  void ignoresTheMachineLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals("ipo", TagNames.normalize("IPO")); // not the dotless ı of Turkish
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void keepsDistinctNonEmptyTagsInFirstSeenOrder() {
    assertEquals(List.of("b", "a", "c"), normalize("B", " a", null, "", "   ", "b ", "C", "A"));
    assertEquals(List.of(), normalize());
    assertNull(TagNames.normalize((java.util.Iterator<String>) null));
  }
}
