package dev.posttrends.extract.keywords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The keyword word lists shipped under {@code dev/posttrends/keywords/} on the classpath, and the
 * reader of every shipped word list (the entity lists use it too).
 */
public final class WordList {

  static final String FOLDER = "/dev/posttrends/keywords/";

  private WordList() {}

  /** Chinese stop words, as written. */
  static Set<String> chineseStopWords() {
    return Set.copyOf(lines("stopwords-zh.txt"));
  }

  /** English stop words and Latin-script units, lower case. */
  static Set<String> englishStopWords() {
    return Set.copyOf(lines("stopwords-en.txt"));
  }

  /** Words that are part of a figure when they follow a number. */
  static Set<String> figureUnits() {
    return Set.copyOf(lines("figure-units.txt"));
  }

  /** Boilerplate phrases to blank out before segmentation. */
  static List<String> boilerplate() {
    return lines("boilerplate.txt");
  }

  /** Custom dictionary lines for the segmenter: word, nature, frequency. */
  static List<String> domainWords() {
    return lines("domain-words.txt");
  }

  /** The non-blank lines of a list, stripped, without {@code #} comments. */
  static List<String> lines(String name) {
    return resource(FOLDER + name);
  }

  /**
   * The non-blank lines of the classpath resource {@code path}, stripped, without {@code #}
   * comments.
   *
   * @throws IllegalStateException when the resource is missing: a packaging bug (for example a
   *     shade filter), not a text to skip
   */
  public static List<String> resource(String path) {
    InputStream in = WordList.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("Cannot find word list on the classpath: " + path);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int hash = line.indexOf('#');
        String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!word.isEmpty()) {
          out.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read word list " + path, e);
    }
    return out;
  }
}
