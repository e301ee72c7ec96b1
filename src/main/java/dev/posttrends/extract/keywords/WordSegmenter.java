package dev.posttrends.extract.keywords;

import java.util.List;

/**
 * Splits a text into words covering it from start to end, each with its offset and nature. An
 * instance keeps scratch state and is not thread-safe: build one per thread with {@link
 * Segmenter#newSegmenter()}. The dictionaries behind it are shared by the whole JVM.
 */
public interface WordSegmenter {

  /** The tokens of {@code text} in order; together they cover every character exactly once. */
  List<Word> segment(String text);
}
