package dev.posttrends.extract.dates;

import java.time.LocalDate;

/**
 * A date expression in a text, resolved to an inclusive interval of local dates.
 *
 * @param surface the expression as written ({@code 今年1至5月})
 * @param start first day of the interval
 * @param end last day of the interval (inclusive)
 * @param resolution {@code day}, {@code week}, {@code month}, {@code quarter}, {@code half}, {@code
 *     year} or {@code range}
 * @param charOffset index of the surface's first char in the analyzed text
 * @param isComparisonBase true for a comparison base such as {@code 去年同期}: it names the period a
 *     figure is compared with, not the period the figure covers
 */
public record DateMention(
    String surface,
    LocalDate start,
    LocalDate end,
    String resolution,
    int charOffset,
    boolean isComparisonBase) {}
