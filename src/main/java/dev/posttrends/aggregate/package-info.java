/**
 * Trends: named Dataset-to-Dataset steps that aggregate posts, metric mentions and keywords by key
 * and period (day, ISO week, month, quarter, year of {@code published_date}, which is already in
 * the job's time zone), with growth, rolling averages, robust z-scores, spikes and emerging terms.
 * Column expressions and window functions only: no UDFs, no collect.
 */
package dev.posttrends.aggregate;
