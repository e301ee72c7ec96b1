package dev.posttrends.extract.keywords;

/**
 * One token of a segmentation: its text, where it starts in the segmented string, and its part of
 * speech (a PKU-style HanLP nature such as {@code n}, {@code v}, {@code m} for numbers, {@code nx}
 * for Latin words, {@code w} for punctuation and spaces). Both {@link Segmenter}s produce this
 * form, so the keyword filters are shared.
 */
public record Word(String text, int offset, String nature) {

  /** Offset just past the token. */
  public int end() {
    return offset + text.length();
  }
}
