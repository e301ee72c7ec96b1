/**
 * Metric mentions in Chinese and English news text (contract: {@code shared/METRICS.md}): money,
 * percentages, percentage points, counts and quantities, normalized. Pure Java, no Spark.
 */
package dev.posttrends.extract.metrics;
