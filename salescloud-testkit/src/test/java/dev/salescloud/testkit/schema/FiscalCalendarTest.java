package dev.salescloud.testkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {
  private final FiscalCalendar april = new FiscalCalendar(Month.APRIL);
  private final FiscalCalendar january = new FiscalCalendar(Month.JANUARY);

  @Nested
  class Years {
    @Test
    void startInTheStartMonthOnOrBeforeTheDay() {
      assertThat(april.yearStart(LocalDate.of(2025, 2, 10))).isEqualTo(LocalDate.of(2024, 4, 1));
      assertThat(april.yearStart(LocalDate.of(2025, 4, 1))).isEqualTo(LocalDate.of(2025, 4, 1));
      assertThat(january.yearStart(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void areNamedAfterTheYearTheyEndIn() {
      assertThat(april.yearName(LocalDate.of(2025, 2, 10))).isEqualTo(2025);
      assertThat(april.yearName(LocalDate.of(2025, 4, 1))).isEqualTo(2026);
      assertThat(january.yearName(LocalDate.of(2025, 6, 1))).isEqualTo(2025);
    }
  }

  @Nested
  class Quarters {
    @Test
    void startEveryThreeMonthsFromTheStartMonth() {
      assertThat(april.quarterStart(LocalDate.of(2025, 2, 10))).isEqualTo(LocalDate.of(2025, 1, 1));
      assertThat(april.quarterStart(LocalDate.of(2025, 6, 30))).isEqualTo(LocalDate.of(2025, 4, 1));
      assertThat(new FiscalCalendar(Month.FEBRUARY).quarterStart(LocalDate.of(2025, 1, 15)))
          .isEqualTo(LocalDate.of(2024, 11, 1));
    }
  }
}
