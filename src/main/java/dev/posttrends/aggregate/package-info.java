/**
 * Trends: named Dataset-to-Dataset steps that aggregate posts, metric mentions and keywords by key
 * and period (day, ISO week, month, quarter, year of {@code published_date}, which is already in
 * the job's time zone), with growth, rolling averages, robust z-scores, spikes and emerging terms.
 * Filters, joins and shuffles are Column expressions; the per-key series are not: rows are hashed
 * by key, sorted by date within each task, and each key's five period types are computed in one
 * pass in plain Java ({@code SeriesBuilder}, {@code MetricRollup}, {@code KeywordSeries}: no Spark
 * imports, unit-tested without a session) behind one adapter each ({@code *Partitions}). Windows
 * over exploded periods cost about ten shuffles per table (docs/PERFORMANCE.md). Only a calendar of
 * periods (one row per period) and a date horizon reach the driver.
 */
package dev.posttrends.aggregate;
