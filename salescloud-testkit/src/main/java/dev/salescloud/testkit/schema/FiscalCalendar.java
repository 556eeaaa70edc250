package dev.salescloud.testkit.schema;

import dev.salescloud.model.error.InvalidArgumentException;
import java.time.LocalDate;
import java.time.Month;

/**
 * The fiscal years of an org: each starts on the first day of the same month and is named after
 * the calendar year in which it ends (Salesforce's default, "Fiscal Year is Based On: The ending
 * month").
 *
 * <pre>{@code
 * FiscalCalendar april = new FiscalCalendar(Month.APRIL);
 * april.yearStart(LocalDate.of(2025, 2, 10));   // 2024-04-01
 * april.yearName(LocalDate.of(2025, 2, 10));    // 2025
 * }</pre>
 */
public final class FiscalCalendar {
  private final Month startMonth;

  /**
   * Creates the calendar of fiscal years starting in a month.
   *
   * @param startMonth the first month of every fiscal year
   */
  public FiscalCalendar(Month startMonth) {
    this.startMonth = InvalidArgumentException.requireNonNull(startMonth, "startMonth");
  }

  /**
   * The first month of every fiscal year.
   *
   * @return the month
   */
  public Month startMonth() {
    return startMonth;
  }

  /**
   * The first day of the fiscal year holding a day.
   *
   * @param day any day
   * @return the first day of its fiscal year
   */
  public LocalDate yearStart(LocalDate day) {
    return monthStart(day, 12);
  }

  /**
   * The first day of the fiscal quarter holding a day.
   *
   * @param day any day
   * @return the first day of its fiscal quarter
   */
  public LocalDate quarterStart(LocalDate day) {
    return monthStart(day, 3);
  }

  /**
   * The name of the fiscal year holding a day: the calendar year of its last day.
   *
   * @param day any day
   * @return e.g. 2025 for 10 February 2025 when years start in April
   */
  public int yearName(LocalDate day) {
    return yearStart(day).plusYears(1).minusDays(1).getYear();
  }

  private LocalDate monthStart(LocalDate day, int months) {
    int back = Math.floorMod(day.getMonthValue() - startMonth.getValue(), months);
    return day.withDayOfMonth(1).minusMonths(back);
  }

  /** Describes this by its start month. */
  @Override
  public String toString() {
    return "FiscalCalendar{" + startMonth + "}";
  }
}
