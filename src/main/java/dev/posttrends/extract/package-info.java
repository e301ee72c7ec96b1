/**
 * Pure-Java reading of one post: bytes to text, front matter, Jekyll dates, categories and tags,
 * clean body text and post metrics. Nothing here imports Spark; every class is unit-tested without
 * a session. Later extractors (metric mentions, dates named in text, keywords) belong here too. The
 * one bridge to Spark is {@code pipeline.ExtractPosts}, outside this package.
 */
package dev.posttrends.extract;
