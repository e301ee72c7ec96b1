/**
 * A realistic, deterministic corpus generator for benchmarks and tests: {@link
 * dev.posttrends.generate.CorpusPlan} says which file number {@code i} is, {@link
 * dev.posttrends.generate.PostText} writes a post's text, {@link
 * dev.posttrends.generate.CorpusGenerator} writes the site and its {@link
 * dev.posttrends.generate.ExpectedCounts}.
 */
package dev.posttrends.generate;
