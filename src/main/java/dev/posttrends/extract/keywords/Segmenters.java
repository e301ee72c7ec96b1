package dev.posttrends.extract.keywords;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;

/**
 * HanLP's Viterbi segmenter over its core dictionary (the one behind {@code StandardTokenizer}),
 * with the project's domain words: {@link Segmenter#ACCURATE}. Compared with the fast one in {@code
 * docs/KEYWORDS.md}.
 *
 * <p>HanLP keeps its dictionaries in static fields: they load once per JVM, on first use, from
 * {@code data/} on the classpath (the portable jar bundles them). The custom dictionary is global
 * and not safe to change while another thread segments, so the domain words are added exactly once,
 * inside a class initializer, which the JVM runs once and publishes safely to all threads.
 */
final class Segmenters {

  private Segmenters() {}

  /** A new segmenter reporting term offsets; cheap once the dictionaries are loaded. */
  static Segment newSegment() {
    Dictionaries.ensureLoaded();
    // Place and organization recognition are off: three times slower here, and the domain words
    // cover the names the posts repeat. Offsets let Chinese and Latin terms merge in text order.
    return HanLP.newSegment().enableOffset(true);
  }

  /** Lazy holder: its initializer runs on the first {@link #newSegment()}, on one thread. */
  private static final class Dictionaries {

    static {
      for (String line : WordList.domainWords()) {
        String[] parts = line.split("\\s+", 2);
        if (parts.length != 2) {
          throw new IllegalStateException(
              "Cannot read domain word line (word nature freq): " + line);
        }
        CustomDictionary.add(parts[0], parts[1]);
      }
      // Segmenting once loads the core, bigram and person-name dictionaries now, inside the
      // initializer, instead of on whichever thread segments first.
      HanLP.newSegment().seg("上饶经开区晶科能源同比增长");
    }

    static void ensureLoaded() {}
  }
}
