package dev.posttrends.extract.keywords;

/** A kept term and where it starts in the normalized text, for first-seen ordering. */
record Token(int offset, String term) {}
