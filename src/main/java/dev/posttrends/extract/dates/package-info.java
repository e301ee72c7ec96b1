/**
 * Dates named in a post's text (contract: {@code shared/DATES.md}), resolved against the post's
 * local publication date into inclusive intervals. Pure Java, no Spark.
 */
package dev.posttrends.extract.dates;
