package dev.posttrends.extract.keywords;

/**
 * A term candidate where it stands in the normalized text: {@code term} (lower case) over {@code
 * offset .. end}. {@code kept} says whether it is a keyword on its own (a noun-like word, a Latin
 * term, a name); {@code joinable} whether it may be part of a compound with its neighbours (a
 * content word of the segmentation, such as the verb in 船舶制造).
 */
record Token(int offset, int end, String term, boolean kept, boolean joinable) {

  /** A kept term that joins no compound: Latin words, names, tests' expectations. */
  Token(int offset, String term) {
    this(offset, offset + term.length(), term, true, false);
  }
}
