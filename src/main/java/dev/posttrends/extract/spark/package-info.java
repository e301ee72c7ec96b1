/**
 * The one bridge from the pure-Java extraction core to Spark: a {@code MapPartitionsFunction} that
 * reads listed files and turns each input into a post, a reject or a file summary row.
 */
package dev.posttrends.extract.spark;
