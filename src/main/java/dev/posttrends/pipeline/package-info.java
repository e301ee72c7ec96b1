/**
 * The run: the one Spark adapter of the extraction core ({@link
 * dev.posttrends.pipeline.ExtractPosts}: listed files to posts, rejects and file rows), named
 * Dataset-to-Dataset steps ({@link dev.posttrends.pipeline.PostSteps}), the
 * accounting that proves every input landed in exactly one table, and {@link
 * dev.posttrends.pipeline.IngestJob}, which composes them top to bottom. Trends and extracted facts
 * (metric mentions, dates, keywords) join here as further steps.
 */
package dev.posttrends.pipeline;
