package dev.salescloud.client.soql;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A relative date literal such as {@code TODAY}, {@code THIS_QUARTER} or {@code LAST_N_DAYS:30}.
 *
 * <p>Salesforce resolves these against the current date, the user's time zone and the org's fiscal
 * year, so a query keeps its meaning from one day to the next. They are written bare, never quoted.
 * Fixed literals are constants of this class; parameterised ones ({@code :n}) come from factory
 * methods such as {@link #lastNDays(int)}.
 *
 * <pre>{@code
 * Soql.field("CloseDate").eq(DateLiteral.THIS_QUARTER)
 * Soql.field("CreatedDate").ge(DateLiteral.lastNDays(30))      // LAST_N_DAYS:30
 * DateLiteral.of(DateLiteral.Kind.N_FISCAL_YEARS_AGO, 2)       // N_FISCAL_YEARS_AGO:2
 * }</pre>
 *
 * <h2>Meaning, for evaluators</h2>
 *
 * <p>Each literal is a range of days starting at midnight: {@code =} means "inside the range",
 * {@code <} and {@code >} compare with its start and end. {@code LAST_N_DAYS:n} covers today and
 * the n days before it; {@code NEXT_N_DAYS:n} starts tomorrow; {@code LAST_90_DAYS} includes today.
 *
 * @param kind which literal
 * @param n the number of a parameterised literal, empty for a fixed one
 */
public record DateLiteral(DateLiteral.Kind kind, OptionalInt n) implements Literal {

  /** Every date literal Salesforce defines, fixed and parameterised. */
  public enum Kind {
    /** The day before today. */
    YESTERDAY(false),
    /** Today. */
    TODAY(false),
    /** The day after today. */
    TOMORROW(false),
    /** The week before the current one. */
    LAST_WEEK(false),
    /** The current week. */
    THIS_WEEK(false),
    /** The week after the current one. */
    NEXT_WEEK(false),
    /** The month before the current one. */
    LAST_MONTH(false),
    /** The current month. */
    THIS_MONTH(false),
    /** The month after the current one. */
    NEXT_MONTH(false),
    /** Today and the 90 days before it. */
    LAST_90_DAYS(false),
    /** The 90 days after today. */
    NEXT_90_DAYS(false),
    /** The current calendar quarter. */
    THIS_QUARTER(false),
    /** The calendar quarter before the current one. */
    LAST_QUARTER(false),
    /** The calendar quarter after the current one. */
    NEXT_QUARTER(false),
    /** The current calendar year. */
    THIS_YEAR(false),
    /** The calendar year before the current one. */
    LAST_YEAR(false),
    /** The calendar year after the current one. */
    NEXT_YEAR(false),
    /** The current fiscal quarter. */
    THIS_FISCAL_QUARTER(false),
    /** The fiscal quarter before the current one. */
    LAST_FISCAL_QUARTER(false),
    /** The fiscal quarter after the current one. */
    NEXT_FISCAL_QUARTER(false),
    /** The current fiscal year. */
    THIS_FISCAL_YEAR(false),
    /** The fiscal year before the current one. */
    LAST_FISCAL_YEAR(false),
    /** The fiscal year after the current one. */
    NEXT_FISCAL_YEAR(false),
    /** Today and the n days before it. */
    LAST_N_DAYS(true),
    /** The n days after today. */
    NEXT_N_DAYS(true),
    /** The day n days before today. */
    N_DAYS_AGO(true),
    /** The n weeks before the current week. */
    LAST_N_WEEKS(true),
    /** The n weeks after the current week. */
    NEXT_N_WEEKS(true),
    /** The week n weeks before the current one. */
    N_WEEKS_AGO(true),
    /** The n months before the current month. */
    LAST_N_MONTHS(true),
    /** The n months after the current month. */
    NEXT_N_MONTHS(true),
    /** The month n months before the current one. */
    N_MONTHS_AGO(true),
    /** The n quarters before the current quarter. */
    LAST_N_QUARTERS(true),
    /** The n quarters after the current quarter. */
    NEXT_N_QUARTERS(true),
    /** The quarter n quarters before the current one. */
    N_QUARTERS_AGO(true),
    /** The n years before the current year. */
    LAST_N_YEARS(true),
    /** The n years after the current year. */
    NEXT_N_YEARS(true),
    /** The year n years before the current one. */
    N_YEARS_AGO(true),
    /** The n fiscal quarters before the current fiscal quarter. */
    LAST_N_FISCAL_QUARTERS(true),
    /** The n fiscal quarters after the current fiscal quarter. */
    NEXT_N_FISCAL_QUARTERS(true),
    /** The fiscal quarter n fiscal quarters before the current one. */
    N_FISCAL_QUARTERS_AGO(true),
    /** The n fiscal years before the current fiscal year. */
    LAST_N_FISCAL_YEARS(true),
    /** The n fiscal years after the current fiscal year. */
    NEXT_N_FISCAL_YEARS(true),
    /** The fiscal year n fiscal years before the current one. */
    N_FISCAL_YEARS_AGO(true);

    private final boolean parameterised;

    Kind(boolean parameterised) {
      this.parameterised = parameterised;
    }

    /**
     * Whether the literal takes a number, written {@code NAME:n}.
     *
     * @return {@code true} for {@code LAST_N_DAYS} and the other {@code _N_} literals
     */
    public boolean parameterised() {
      return parameterised;
    }

    /**
     * Finds a literal by its SOQL name, ignoring case.
     *
     * @param name for example {@code "last_n_days"}
     * @return the kind, or empty if no date literal has that name
     */
    public static Optional<Kind> byName(String name) {
      InvalidArgumentException.requireNonNull(name, "name");
      try {
        return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
  }

  /** {@code YESTERDAY}. */
  public static final DateLiteral YESTERDAY = of(Kind.YESTERDAY);
  /** {@code TODAY}. */
  public static final DateLiteral TODAY = of(Kind.TODAY);
  /** {@code TOMORROW}. */
  public static final DateLiteral TOMORROW = of(Kind.TOMORROW);
  /** {@code LAST_WEEK}. */
  public static final DateLiteral LAST_WEEK = of(Kind.LAST_WEEK);
  /** {@code THIS_WEEK}. */
  public static final DateLiteral THIS_WEEK = of(Kind.THIS_WEEK);
  /** {@code NEXT_WEEK}. */
  public static final DateLiteral NEXT_WEEK = of(Kind.NEXT_WEEK);
  /** {@code LAST_MONTH}. */
  public static final DateLiteral LAST_MONTH = of(Kind.LAST_MONTH);
  /** {@code THIS_MONTH}. */
  public static final DateLiteral THIS_MONTH = of(Kind.THIS_MONTH);
  /** {@code NEXT_MONTH}. */
  public static final DateLiteral NEXT_MONTH = of(Kind.NEXT_MONTH);
  /** {@code LAST_90_DAYS}. */
  public static final DateLiteral LAST_90_DAYS = of(Kind.LAST_90_DAYS);
  /** {@code NEXT_90_DAYS}. */
  public static final DateLiteral NEXT_90_DAYS = of(Kind.NEXT_90_DAYS);
  /** {@code THIS_QUARTER}. */
  public static final DateLiteral THIS_QUARTER = of(Kind.THIS_QUARTER);
  /** {@code LAST_QUARTER}. */
  public static final DateLiteral LAST_QUARTER = of(Kind.LAST_QUARTER);
  /** {@code NEXT_QUARTER}. */
  public static final DateLiteral NEXT_QUARTER = of(Kind.NEXT_QUARTER);
  /** {@code THIS_YEAR}. */
  public static final DateLiteral THIS_YEAR = of(Kind.THIS_YEAR);
  /** {@code LAST_YEAR}. */
  public static final DateLiteral LAST_YEAR = of(Kind.LAST_YEAR);
  /** {@code NEXT_YEAR}. */
  public static final DateLiteral NEXT_YEAR = of(Kind.NEXT_YEAR);
  /** {@code THIS_FISCAL_QUARTER}. */
  public static final DateLiteral THIS_FISCAL_QUARTER = of(Kind.THIS_FISCAL_QUARTER);
  /** {@code LAST_FISCAL_QUARTER}. */
  public static final DateLiteral LAST_FISCAL_QUARTER = of(Kind.LAST_FISCAL_QUARTER);
  /** {@code NEXT_FISCAL_QUARTER}. */
  public static final DateLiteral NEXT_FISCAL_QUARTER = of(Kind.NEXT_FISCAL_QUARTER);
  /** {@code THIS_FISCAL_YEAR}. */
  public static final DateLiteral THIS_FISCAL_YEAR = of(Kind.THIS_FISCAL_YEAR);
  /** {@code LAST_FISCAL_YEAR}. */
  public static final DateLiteral LAST_FISCAL_YEAR = of(Kind.LAST_FISCAL_YEAR);
  /** {@code NEXT_FISCAL_YEAR}. */
  public static final DateLiteral NEXT_FISCAL_YEAR = of(Kind.NEXT_FISCAL_YEAR);

  /**
   * Checks that a number is given exactly when the literal takes one.
   *
   * @param kind which literal
   * @param n its number, present only for a parameterised literal
   * @throws InvalidArgumentException if {@code n} is missing, superfluous or negative
   */
  public DateLiteral {
    InvalidArgumentException.requireNonNull(kind, "kind");
    InvalidArgumentException.requireNonNull(n, "n");
    if (kind.parameterised() && n.isEmpty()) {
      throw new InvalidArgumentException(
          "n", kind + " needs a number of units, as in " + kind + ":30");
    }
    if (!kind.parameterised() && n.isPresent()) {
      throw new InvalidArgumentException("n", kind + " takes no number");
    }
    if (n.isPresent() && n.getAsInt() < 0) {
      throw new InvalidArgumentException(
          "n", kind + " needs a non-negative number, not " + n.getAsInt());
    }
  }

  /**
   * A fixed literal; the constants of this class are the same values.
   *
   * @param kind a literal that takes no number, such as {@link Kind#THIS_QUARTER}
   * @return the literal
   * @throws InvalidArgumentException if {@code kind} takes a number
   */
  public static DateLiteral of(Kind kind) {
    return new DateLiteral(kind, OptionalInt.empty());
  }

  /**
   * A parameterised literal such as {@code LAST_N_DAYS:30}.
   *
   * @param kind a literal that takes a number, such as {@link Kind#LAST_N_DAYS}
   * @param n the number of units, zero or more
   * @return the literal
   * @throws InvalidArgumentException if {@code kind} takes no number or {@code n} is negative
   */
  public static DateLiteral of(Kind kind, int n) {
    return new DateLiteral(kind, OptionalInt.of(n));
  }

  /**
   * {@code LAST_N_DAYS:n}: today and the n days before it.
   *
   * @param n the number of days
   * @return the literal
   */
  public static DateLiteral lastNDays(int n) {
    return of(Kind.LAST_N_DAYS, n);
  }

  /**
   * {@code NEXT_N_DAYS:n}: the n days after today.
   *
   * @param n the number of days
   * @return the literal
   */
  public static DateLiteral nextNDays(int n) {
    return of(Kind.NEXT_N_DAYS, n);
  }

  /**
   * {@code N_DAYS_AGO:n}: the day n days before today.
   *
   * @param n the number of days
   * @return the literal
   */
  public static DateLiteral nDaysAgo(int n) {
    return of(Kind.N_DAYS_AGO, n);
  }

  /**
   * {@code LAST_N_WEEKS:n}.
   *
   * @param n the number of weeks
   * @return the literal
   */
  public static DateLiteral lastNWeeks(int n) {
    return of(Kind.LAST_N_WEEKS, n);
  }

  /**
   * {@code NEXT_N_WEEKS:n}.
   *
   * @param n the number of weeks
   * @return the literal
   */
  public static DateLiteral nextNWeeks(int n) {
    return of(Kind.NEXT_N_WEEKS, n);
  }

  /**
   * {@code N_WEEKS_AGO:n}.
   *
   * @param n the number of weeks
   * @return the literal
   */
  public static DateLiteral nWeeksAgo(int n) {
    return of(Kind.N_WEEKS_AGO, n);
  }

  /**
   * {@code LAST_N_MONTHS:n}.
   *
   * @param n the number of months
   * @return the literal
   */
  public static DateLiteral lastNMonths(int n) {
    return of(Kind.LAST_N_MONTHS, n);
  }

  /**
   * {@code NEXT_N_MONTHS:n}.
   *
   * @param n the number of months
   * @return the literal
   */
  public static DateLiteral nextNMonths(int n) {
    return of(Kind.NEXT_N_MONTHS, n);
  }

  /**
   * {@code N_MONTHS_AGO:n}.
   *
   * @param n the number of months
   * @return the literal
   */
  public static DateLiteral nMonthsAgo(int n) {
    return of(Kind.N_MONTHS_AGO, n);
  }

  /**
   * {@code LAST_N_QUARTERS:n}.
   *
   * @param n the number of quarters
   * @return the literal
   */
  public static DateLiteral lastNQuarters(int n) {
    return of(Kind.LAST_N_QUARTERS, n);
  }

  /**
   * {@code NEXT_N_QUARTERS:n}.
   *
   * @param n the number of quarters
   * @return the literal
   */
  public static DateLiteral nextNQuarters(int n) {
    return of(Kind.NEXT_N_QUARTERS, n);
  }

  /**
   * {@code N_QUARTERS_AGO:n}.
   *
   * @param n the number of quarters
   * @return the literal
   */
  public static DateLiteral nQuartersAgo(int n) {
    return of(Kind.N_QUARTERS_AGO, n);
  }

  /**
   * {@code LAST_N_YEARS:n}.
   *
   * @param n the number of years
   * @return the literal
   */
  public static DateLiteral lastNYears(int n) {
    return of(Kind.LAST_N_YEARS, n);
  }

  /**
   * {@code NEXT_N_YEARS:n}.
   *
   * @param n the number of years
   * @return the literal
   */
  public static DateLiteral nextNYears(int n) {
    return of(Kind.NEXT_N_YEARS, n);
  }

  /**
   * {@code N_YEARS_AGO:n}.
   *
   * @param n the number of years
   * @return the literal
   */
  public static DateLiteral nYearsAgo(int n) {
    return of(Kind.N_YEARS_AGO, n);
  }

  /**
   * {@code LAST_N_FISCAL_QUARTERS:n}.
   *
   * @param n the number of fiscal quarters
   * @return the literal
   */
  public static DateLiteral lastNFiscalQuarters(int n) {
    return of(Kind.LAST_N_FISCAL_QUARTERS, n);
  }

  /**
   * {@code NEXT_N_FISCAL_QUARTERS:n}.
   *
   * @param n the number of fiscal quarters
   * @return the literal
   */
  public static DateLiteral nextNFiscalQuarters(int n) {
    return of(Kind.NEXT_N_FISCAL_QUARTERS, n);
  }

  /**
   * {@code N_FISCAL_QUARTERS_AGO:n}.
   *
   * @param n the number of fiscal quarters
   * @return the literal
   */
  public static DateLiteral nFiscalQuartersAgo(int n) {
    return of(Kind.N_FISCAL_QUARTERS_AGO, n);
  }

  /**
   * {@code LAST_N_FISCAL_YEARS:n}.
   *
   * @param n the number of fiscal years
   * @return the literal
   */
  public static DateLiteral lastNFiscalYears(int n) {
    return of(Kind.LAST_N_FISCAL_YEARS, n);
  }

  /**
   * {@code NEXT_N_FISCAL_YEARS:n}.
   *
   * @param n the number of fiscal years
   * @return the literal
   */
  public static DateLiteral nextNFiscalYears(int n) {
    return of(Kind.NEXT_N_FISCAL_YEARS, n);
  }

  /**
   * {@code N_FISCAL_YEARS_AGO:n}.
   *
   * @param n the number of fiscal years
   * @return the literal
   */
  public static DateLiteral nFiscalYearsAgo(int n) {
    return of(Kind.N_FISCAL_YEARS_AGO, n);
  }

  /**
   * The literal as SOQL writes it.
   *
   * @return for example {@code THIS_QUARTER} or {@code LAST_N_DAYS:30}
   */
  public String toSoql() {
    return n.isPresent() ? kind.name() + ":" + n.getAsInt() : kind.name();
  }

  /** The literal as SOQL writes it; it holds no customer data. */
  @Override
  public String toString() {
    return toSoql();
  }
}
