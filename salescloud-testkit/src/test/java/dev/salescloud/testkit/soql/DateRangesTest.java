package dev.salescloud.testkit.soql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.client.soql.DateLiteral;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DateRangesTest {
  /** A Wednesday in the second quarter of a leap year. */
  private static final LocalDate TODAY = LocalDate.parse("2024-05-01");

  private static String range(DateLiteral literal) {
    LocalDate[] range = DateRanges.range(literal, TODAY);
    return range[0] + ".." + range[1];
  }

  @Nested
  class FixedLiterals {
    @Test
    void coversDaysWeeksFromSundayAndMonths() {
      assertThat(range(DateLiteral.TODAY)).isEqualTo("2024-05-01..2024-05-02");
      assertThat(range(DateLiteral.YESTERDAY)).isEqualTo("2024-04-30..2024-05-01");
      assertThat(range(DateLiteral.TOMORROW)).isEqualTo("2024-05-02..2024-05-03");
      assertThat(range(DateLiteral.THIS_WEEK)).isEqualTo("2024-04-28..2024-05-05");
      assertThat(range(DateLiteral.LAST_WEEK)).isEqualTo("2024-04-21..2024-04-28");
      assertThat(range(DateLiteral.NEXT_WEEK)).isEqualTo("2024-05-05..2024-05-12");
      assertThat(range(DateLiteral.THIS_MONTH)).isEqualTo("2024-05-01..2024-06-01");
      assertThat(range(DateLiteral.LAST_MONTH)).isEqualTo("2024-04-01..2024-05-01");
      assertThat(range(DateLiteral.NEXT_MONTH)).isEqualTo("2024-06-01..2024-07-01");
    }

    @Test
    void coversQuartersYearsAndCalendarFiscalPeriods() {
      assertThat(range(DateLiteral.THIS_QUARTER)).isEqualTo("2024-04-01..2024-07-01");
      assertThat(range(DateLiteral.LAST_QUARTER)).isEqualTo("2024-01-01..2024-04-01");
      assertThat(range(DateLiteral.NEXT_FISCAL_QUARTER)).isEqualTo("2024-07-01..2024-10-01");
      assertThat(range(DateLiteral.THIS_YEAR)).isEqualTo("2024-01-01..2025-01-01");
      assertThat(range(DateLiteral.LAST_FISCAL_YEAR)).isEqualTo("2023-01-01..2024-01-01");
      assertThat(range(DateLiteral.NEXT_YEAR)).isEqualTo("2025-01-01..2026-01-01");
    }

    @Test
    void letsTheNinetyDayRangesIncludeTodayOrStartTomorrow() {
      assertThat(range(DateLiteral.LAST_90_DAYS)).isEqualTo("2024-02-01..2024-05-02");
      assertThat(range(DateLiteral.NEXT_90_DAYS)).isEqualTo("2024-05-02..2024-07-31");
    }
  }

  @Nested
  class ParameterisedLiterals {
    @Test
    void countsDaysFromTodayOrTomorrow() {
      assertThat(range(DateLiteral.lastNDays(1))).isEqualTo("2024-04-30..2024-05-02");
      assertThat(range(DateLiteral.nextNDays(2))).isEqualTo("2024-05-02..2024-05-04");
      assertThat(range(DateLiteral.nDaysAgo(3))).isEqualTo("2024-04-28..2024-04-29");
    }

    @Test
    void countsWholeUnitsBeforeOrAfterTheCurrentOne() {
      assertThat(range(DateLiteral.lastNWeeks(1))).isEqualTo("2024-04-21..2024-04-28");
      assertThat(range(DateLiteral.nWeeksAgo(2))).isEqualTo("2024-04-14..2024-04-21");
      assertThat(range(DateLiteral.lastNMonths(2))).isEqualTo("2024-03-01..2024-05-01");
      assertThat(range(DateLiteral.nextNMonths(1))).isEqualTo("2024-06-01..2024-07-01");
      assertThat(range(DateLiteral.nextNQuarters(1))).isEqualTo("2024-07-01..2024-10-01");
      assertThat(range(DateLiteral.nFiscalQuartersAgo(1))).isEqualTo("2024-01-01..2024-04-01");
      assertThat(range(DateLiteral.lastNYears(2))).isEqualTo("2022-01-01..2024-01-01");
      assertThat(range(DateLiteral.nYearsAgo(2))).isEqualTo("2022-01-01..2023-01-01");
      assertThat(range(DateLiteral.nextNFiscalYears(1))).isEqualTo("2025-01-01..2026-01-01");
    }
  }
}
