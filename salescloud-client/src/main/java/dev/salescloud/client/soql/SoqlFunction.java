package dev.salescloud.client.soql;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Locale;
import java.util.Optional;

/**
 * The functions SOQL applies to a field: aggregates, date functions and conversions.
 *
 * <p>Names are case-insensitive in SOQL; {@link #soqlName()} is the spelling the renderer writes.
 *
 * <pre>{@code
 * Soql.function(SoqlFunction.CALENDAR_YEAR, "CloseDate")     // CALENDAR_YEAR(CloseDate)
 * Soql.sum("Amount").as("total")                             // SUM(Amount) total
 * }</pre>
 */
public enum SoqlFunction {
  /** {@code COUNT()} (number of rows; alone in the SELECT list) or {@code COUNT(field)}. */
  COUNT("COUNT", Kind.AGGREGATE),
  /** {@code COUNT_DISTINCT(field)}: distinct non-null values. */
  COUNT_DISTINCT("COUNT_DISTINCT", Kind.AGGREGATE),
  /** {@code SUM(field)}. */
  SUM("SUM", Kind.AGGREGATE),
  /** {@code AVG(field)}. */
  AVG("AVG", Kind.AGGREGATE),
  /** {@code MIN(field)}. */
  MIN("MIN", Kind.AGGREGATE),
  /** {@code MAX(field)}. */
  MAX("MAX", Kind.AGGREGATE),
  /** {@code GROUPING(field)}: 1 on the subtotal rows of {@code ROLLUP} and {@code CUBE}. */
  GROUPING("GROUPING", Kind.AGGREGATE),
  /** {@code CALENDAR_MONTH(date)}: 1 to 12. */
  CALENDAR_MONTH("CALENDAR_MONTH", Kind.DATE),
  /** {@code CALENDAR_QUARTER(date)}: 1 to 4. */
  CALENDAR_QUARTER("CALENDAR_QUARTER", Kind.DATE),
  /** {@code CALENDAR_YEAR(date)}. */
  CALENDAR_YEAR("CALENDAR_YEAR", Kind.DATE),
  /** {@code DAY_IN_MONTH(date)}: 1 to 31. */
  DAY_IN_MONTH("DAY_IN_MONTH", Kind.DATE),
  /** {@code DAY_IN_WEEK(date)}: 1 (Sunday) to 7. */
  DAY_IN_WEEK("DAY_IN_WEEK", Kind.DATE),
  /** {@code DAY_IN_YEAR(date)}: 1 to 366. */
  DAY_IN_YEAR("DAY_IN_YEAR", Kind.DATE),
  /** {@code DAY_ONLY(datetime)}: the date part. */
  DAY_ONLY("DAY_ONLY", Kind.DATE),
  /** {@code FISCAL_MONTH(date)}. */
  FISCAL_MONTH("FISCAL_MONTH", Kind.DATE),
  /** {@code FISCAL_QUARTER(date)}. */
  FISCAL_QUARTER("FISCAL_QUARTER", Kind.DATE),
  /** {@code FISCAL_YEAR(date)}. */
  FISCAL_YEAR("FISCAL_YEAR", Kind.DATE),
  /** {@code HOUR_IN_DAY(datetime)}: 0 to 23. */
  HOUR_IN_DAY("HOUR_IN_DAY", Kind.DATE),
  /** {@code WEEK_IN_MONTH(date)}: 1 to 5. */
  WEEK_IN_MONTH("WEEK_IN_MONTH", Kind.DATE),
  /** {@code WEEK_IN_YEAR(date)}: 1 to 53. */
  WEEK_IN_YEAR("WEEK_IN_YEAR", Kind.DATE),
  /** {@code toLabel(field)}: the translated label of a picklist value. */
  TO_LABEL("toLabel", Kind.CONVERSION),
  /** {@code convertCurrency(field)}: a currency amount in the user's currency. */
  CONVERT_CURRENCY("convertCurrency", Kind.CONVERSION),
  /** {@code convertTimezone(field)}: a datetime in the user's time zone, inside a date function. */
  CONVERT_TIMEZONE("convertTimezone", Kind.CONVERSION),
  /** {@code FORMAT(field)}: a number, date or currency formatted for the user's locale. */
  FORMAT("FORMAT", Kind.CONVERSION);

  /** What a function computes. */
  public enum Kind {
    /** Over the rows of a group: COUNT, SUM, ... Their columns are named {@code expr0}, ... */
    AGGREGATE,
    /** A part of a date or datetime, per row; usable in GROUP BY. Also named {@code exprN}. */
    DATE,
    /** A per-row conversion of a value (label, currency, time zone, format). */
    CONVERSION
  }

  private final String soqlName;
  private final Kind kind;

  SoqlFunction(String soqlName, Kind kind) {
    this.soqlName = soqlName;
    this.kind = kind;
  }

  /**
   * The name as the renderer writes it.
   *
   * @return for example {@code "COUNT_DISTINCT"} or {@code "toLabel"}
   */
  public String soqlName() {
    return soqlName;
  }

  /**
   * What the function computes.
   *
   * @return aggregate, date or conversion
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Finds a function by its SOQL name, ignoring case.
   *
   * @param name for example {@code "sum"} or {@code "TOLABEL"}
   * @return the function, or empty if SOQL has none of that name (or this SDK does not support it)
   */
  public static Optional<SoqlFunction> byName(String name) {
    InvalidArgumentException.requireNonNull(name, "name");
    String upper = name.toUpperCase(Locale.ROOT);
    for (SoqlFunction f : values()) {
      if (f.soqlName.toUpperCase(Locale.ROOT).equals(upper)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
