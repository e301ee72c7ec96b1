package dev.posttrends.extract.metrics;

import java.math.BigDecimal;

/**
 * One figure a post reports, normalized (contract: {@code shared/METRICS.md}).
 *
 * @param surface the text as written: number, multiplier and unit ({@code 315.25亿元})
 * @param value the number with multipliers applied, in whole currency units for money and in
 *     percent for percentages; the lower bound of a range
 * @param valueHigh the upper bound of a range, else null
 * @param unit canonical unit code ({@code CNY}, {@code %}, {@code pp}, {@code 家}, {@code km}…)
 * @param kind {@code money}, {@code percent}, {@code percentage_point}, {@code count} or {@code
 *     quantity}
 * @param change {@code up} or {@code down} when the figure is the size of a rise or fall, else null
 * @param approx true when hedged or a bound ({@code 约}, {@code 超}, {@code 以上}…)
 * @param subject the phrase the figure measures ({@code 合同签约资金}), or null
 * @param charOffset index of the surface's first char in the analyzed text
 * @param clauseStart index where the clause holding the figure starts (for {@code sentence})
 * @param clauseEnd index just after that clause
 */
public record MetricMention(
    String surface,
    BigDecimal value,
    BigDecimal valueHigh,
    String unit,
    String kind,
    String change,
    boolean approx,
    String subject,
    int charOffset,
    int clauseStart,
    int clauseEnd) {}
