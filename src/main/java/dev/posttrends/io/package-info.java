/**
 * Output: the explicit schemas of every table, the Parquet sinks with their staging-and-swap
 * commit, the run manifest, and a local file system without a {@code chmod} process per file.
 */
package dev.posttrends.io;
