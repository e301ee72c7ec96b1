package dev.posttrends.aggregate;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a key's period series (see {@link SeriesBuilder}): the post measures of one key,
 * period type and period start, with growth, rolling average, robust z-score and spike flag. A
 * silent period has 0 counts and null averages.
 *
 * @param topTags the period's most frequent tags, empty when not asked for or none
 */
public record SeriesPoint(
    String key,
    PeriodType period,
    LocalDate periodStart,
    long postCount,
    long storyCount,
    long sourceCount,
    Double avgChars,
    Double medianChars,
    List<String> topTags,
    Long prevPostCount,
    Double popGrowth,
    double rollingAvg,
    Double zscore,
    boolean isSpike) {}
