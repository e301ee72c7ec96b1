/**
 * Trends: named Dataset-to-Dataset steps that aggregate posts, metric mentions and keywords by key
 * and period (day, ISO week, month, quarter, year of {@code published_date}, which is already in
 * the job's time zone), with growth, rolling averages, robust z-scores, spikes and emerging terms.
 * Column expressions and window functions, no UDFs and no collect; the one exception is the
 * per-key series of {@code category_period} and {@code tag_period}, built in one pass per key in
 * plain Java ({@code SeriesBuilder}, no Spark imports) behind one adapter ({@code
 * SeriesPartitions}) because windows over a dense calendar cost ten shuffles.
 */
package dev.posttrends.aggregate;
