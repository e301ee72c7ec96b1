/**
 * Terms of a post for keyword ranking: Chinese segmentation, English tokens, stop words and
 * numbers dropped. Pure Java; TF-IDF over the batch is computed in Spark
 * ({@code pipeline.KeywordSteps}).
 */
package dev.posttrends.extract.keywords;
