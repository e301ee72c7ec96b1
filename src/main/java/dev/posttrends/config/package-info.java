/**
 * The job specification: immutable {@link dev.posttrends.config.JobSpec}, loaded from {@code
 * jobs/*.yaml} and overridden by command-line options.
 */
package dev.posttrends.config;
