package dev.posttrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.posttrends.extract.dates.DateMention;
import dev.posttrends.extract.metrics.MetricMention;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure covers the period its sentence names before it, not a comparison base. */
class PeriodLinkerTest {

  private static final String TEXT =
      "今年1至4月，该区实际使用外资1.68亿美元，同比增长7.79%；外贸进出口99.34亿元。"
          + "比去年同期增加5个。一季度新开工项目50个，总投资401亿元。";

  private static MetricMention figure(String surface) {
    return new MetricMention(
        surface, BigDecimal.ONE, null, "x", "count", null, false, null, TEXT.indexOf(surface), 0, 0);
  }

  private static DateMention date(String surface, String start, String end, boolean base) {
    return new DateMention(
        surface,
        LocalDate.parse(start),
        LocalDate.parse(end),
        "range",
        TEXT.indexOf(surface),
        base);
  }

  private final List<DateMention> dates =
      List.of(
          date("今年1至4月", "2022-01-01", "2022-04-30", false),
          date("去年同期", "2021-01-01", "2021-04-30", true),
          date("一季度", "2022-01-01", "2022-03-31", false));

  @Test
  void figuresAfterThePeriodInTheSameSentenceCoverIt() {
    for (String surface : List.of("1.68亿美元", "7.79%", "99.34亿元")) {
      assertEquals("今年1至4月", PeriodLinker.periodOf(figure(surface), dates, TEXT).surface());
    }
  }

  @Test
  void aComparisonBaseIsNotThePeriodAndSentencesEndIt() {
    assertNull(PeriodLinker.periodOf(figure("5个"), dates, TEXT));
  }

  @Test
  void eachSentenceHasItsOwnPeriod() {
    assertEquals("一季度", PeriodLinker.periodOf(figure("401亿元"), dates, TEXT).surface());
  }
}
