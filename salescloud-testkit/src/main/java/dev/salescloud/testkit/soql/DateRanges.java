package dev.salescloud.testkit.soql;

import dev.salescloud.client.soql.DateLiteral;
import dev.salescloud.testkit.schema.FiscalCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The days a SOQL date literal stands for, as a range from its first day to the day after its
 * last, in the running user's calendar.
 *
 * <p>Weeks start on Sunday; fiscal quarters and years start at the org's fiscal year start month
 * (January unless the org was built with another), see {@link FiscalCalendar}. {@code LAST_N_DAYS:n} and {@code LAST_90_DAYS} include today;
 * {@code NEXT_N_DAYS:n} starts tomorrow; {@code LAST_N_WEEKS:n} and the like are the n whole units
 * before the current one, {@code NEXT_N_...} the n after it, {@code N_..._AGO} the one unit n
 * back.
 */
final class DateRanges {
  private DateRanges() {}

  /** A unit of the calendar. */
  private enum Unit {
    DAY(1), WEEK(0), MONTH(1), QUARTER(3), YEAR(12);

    final int months;

    Unit(int months) {
      this.months = months;
    }

    LocalDate start(LocalDate today) {
      switch (this) {
        case DAY:
          return today;
        case WEEK:
          return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        case MONTH:
          return today.withDayOfMonth(1);
        case QUARTER:
          return today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        default:
          return today.withDayOfYear(1);
      }
    }

    LocalDate plus(LocalDate date, long n) {
      switch (this) {
        case DAY:
          return date.plusDays(n);
        case WEEK:
          return date.plusWeeks(n);
        default:
          return date.plusMonths(n * months);
      }
    }
  }

  /**
   * The range of a literal.
   *
   * @return {first day, day after the last}
   */
  static LocalDate[] range(DateLiteral literal, LocalDate today) {
    int n = literal.n().orElse(0);
    switch (literal.kind()) {
      case YESTERDAY:
        return unit(Unit.DAY, today, -1);
      case TODAY:
        return unit(Unit.DAY, today, 0);
      case TOMORROW:
        return unit(Unit.DAY, today, 1);
      case LAST_WEEK:
        return unit(Unit.WEEK, today, -1);
      case THIS_WEEK:
        return unit(Unit.WEEK, today, 0);
      case NEXT_WEEK:
        return unit(Unit.WEEK, today, 1);
      case LAST_MONTH:
        return unit(Unit.MONTH, today, -1);
      case THIS_MONTH:
        return unit(Unit.MONTH, today, 0);
      case NEXT_MONTH:
        return unit(Unit.MONTH, today, 1);
      case LAST_90_DAYS:
        return new LocalDate[] {today.minusDays(90), today.plusDays(1)};
      case NEXT_90_DAYS:
        return new LocalDate[] {today.plusDays(1), today.plusDays(91)};
      case LAST_QUARTER:
      case LAST_FISCAL_QUARTER:
        return unit(Unit.QUARTER, today, -1);
      case THIS_QUARTER:
      case THIS_FISCAL_QUARTER:
        return unit(Unit.QUARTER, today, 0);
      case NEXT_QUARTER:
      case NEXT_FISCAL_QUARTER:
        return unit(Unit.QUARTER, today, 1);
      case LAST_YEAR:
      case LAST_FISCAL_YEAR:
        return unit(Unit.YEAR, today, -1);
      case THIS_YEAR:
      case THIS_FISCAL_YEAR:
        return unit(Unit.YEAR, today, 0);
      case NEXT_YEAR:
      case NEXT_FISCAL_YEAR:
        return unit(Unit.YEAR, today, 1);
      case LAST_N_DAYS:
        return new LocalDate[] {today.minusDays(n), today.plusDays(1)};
      case NEXT_N_DAYS:
        return new LocalDate[] {today.plusDays(1), today.plusDays(n + 1L)};
      case N_DAYS_AGO:
        return unit(Unit.DAY, today, -n);
      case LAST_N_WEEKS:
        return last(Unit.WEEK, today, n);
      case NEXT_N_WEEKS:
        return next(Unit.WEEK, today, n);
      case N_WEEKS_AGO:
        return unit(Unit.WEEK, today, -n);
      case LAST_N_MONTHS:
        return last(Unit.MONTH, today, n);
      case NEXT_N_MONTHS:
        return next(Unit.MONTH, today, n);
      case N_MONTHS_AGO:
        return unit(Unit.MONTH, today, -n);
      case LAST_N_QUARTERS:
      case LAST_N_FISCAL_QUARTERS:
        return last(Unit.QUARTER, today, n);
      case NEXT_N_QUARTERS:
      case NEXT_N_FISCAL_QUARTERS:
        return next(Unit.QUARTER, today, n);
      case N_QUARTERS_AGO:
      case N_FISCAL_QUARTERS_AGO:
        return unit(Unit.QUARTER, today, -n);
      case LAST_N_YEARS:
      case LAST_N_FISCAL_YEARS:
        return last(Unit.YEAR, today, n);
      case NEXT_N_YEARS:
      case NEXT_N_FISCAL_YEARS:
        return next(Unit.YEAR, today, n);
      case N_YEARS_AGO:
      case N_FISCAL_YEARS_AGO:
      default:
        return unit(Unit.YEAR, today, -n);
    }
  }

  /**
   * The range of a literal in an org whose fiscal years follow a calendar: the fiscal quarters
   * and years start at the calendar's fiscal year start month; other literals are as in
   * {@link #range(DateLiteral, LocalDate)}.
   *
   * @return {first day, day after the last}
   */
  static LocalDate[] range(DateLiteral literal, LocalDate today, FiscalCalendar fiscal) {
    String kind = literal.kind().name();
    if (!kind.contains("FISCAL")) {
      return range(literal, today);
    }
    boolean quarter = kind.contains("QUARTER");
    Unit unit = quarter ? Unit.QUARTER : Unit.YEAR;
    LocalDate start = quarter ? fiscal.quarterStart(today) : fiscal.yearStart(today);
    int n = literal.n().orElse(0);
    if (kind.startsWith("LAST_N_")) {
      return from(unit, start, -n, n);
    }
    if (kind.startsWith("NEXT_N_")) {
      return from(unit, start, 1, n);
    }
    if (kind.startsWith("N_")) {
      return from(unit, start, -n, 1);
    }
    int shift = kind.startsWith("LAST_") ? -1 : kind.startsWith("NEXT_") ? 1 : 0;
    return from(unit, start, shift, 1);
  }

  /** The {@code count} units starting {@code shift} units from the one starting at {@code start}. */
  private static LocalDate[] from(Unit unit, LocalDate start, long shift, long count) {
    LocalDate first = unit.plus(start, shift);
    return new LocalDate[] {first, unit.plus(first, count)};
  }

  /** The whole unit {@code shift} units from the current one. */
  private static LocalDate[] unit(Unit unit, LocalDate today, long shift) {
    LocalDate start = unit.plus(unit.start(today), shift);
    return new LocalDate[] {start, unit.plus(start, 1)};
  }

  private static LocalDate[] last(Unit unit, LocalDate today, int n) {
    LocalDate current = unit.start(today);
    return new LocalDate[] {unit.plus(current, -n), current};
  }

  private static LocalDate[] next(Unit unit, LocalDate today, int n) {
    LocalDate following = unit.plus(unit.start(today), 1);
    return new LocalDate[] {following, unit.plus(following, n)};
  }
}
