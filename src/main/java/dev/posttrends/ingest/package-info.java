/**
 * Finding and reading inputs: listing post trees on any Hadoop file system (seeing the {@code
 * _posts} folders that Spark's own listing skips), include/exclude globs, and reading a file or a
 * JSON Lines dump into {@code RawInput}s. Plain Java and Hadoop; the listing step that fans out
 * over Spark lives in {@link dev.posttrends.ingest.ListInputs}.
 */
package dev.posttrends.ingest;
