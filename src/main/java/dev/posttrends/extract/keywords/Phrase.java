package dev.posttrends.extract.keywords;

/**
 * A span of a text that is one term whatever the segmenter makes of it: a name found by {@code
 * extract.entities} ({@code 宁德时代}, {@code Tim Cook}). The words inside it are not terms of their
 * own. {@code term} is what the keyword is called (the name, lower-cased by the extractor).
 */
public record Phrase(int offset, int end, String term) {}
