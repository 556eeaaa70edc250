package dev.salescloud.model.forecast;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The period a forecast covers: either relative, a SOQL date literal such as {@code
 * THIS_FISCAL_QUARTER} that Salesforce resolves against the org's fiscal calendar, or a range of
 * dates; a relative period can also carry the dates it was resolved to.
 *
 * <pre>{@code
 * ForecastPeriod.thisQuarter();          // CloseDate = THIS_FISCAL_QUARTER
 * ForecastPeriod.nextQuarter();          // CloseDate = NEXT_FISCAL_QUARTER
 * ForecastPeriod.thisFiscalYear();       // CloseDate = THIS_FISCAL_YEAR
 * ForecastPeriod.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
 * ForecastPeriod.of(period);             // a Period record: its type, dates and label
 * }</pre>
 *
 * <h2>Turning a period into a filter</h2>
 *
 * <p>A relative period stays relative until Salesforce (or the fake org) evaluates it, so that
 * "this quarter" means the org's fiscal quarter rather than the client's guess. A client filters
 * on {@link #soqlLiteral()} when it is present ({@code CloseDate = THIS_FISCAL_QUARTER}), and on
 * the dates otherwise ({@code CloseDate >= 2026-10-01 AND CloseDate <= 2026-12-31}). Once it knows
 * the dates (from a {@link Period} query), it can keep them with {@link #resolved(LocalDate,
 * LocalDate)}, so a result says which days it covered.
 *
 * <p>The quarter factories mean fiscal quarters, as forecasts do; with a standard fiscal year that
 * starts in January they are the calendar quarters. For calendar quarters of an org with another
 * fiscal year, use {@code relative("THIS_QUARTER")}.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableForecastPeriod.class)
@JsonDeserialize(as = ImmutableForecastPeriod.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"type", "soqlLiteral", "startDate", "endDate", "label"})
public abstract class ForecastPeriod {
  /** The SOQL date literals that name a range (salesforce-api.md §3.5), without parameters. */
  private static final List<String> LITERALS =
      List.of(
          "YESTERDAY", "TODAY", "TOMORROW",
          "LAST_WEEK", "THIS_WEEK", "NEXT_WEEK",
          "LAST_MONTH", "THIS_MONTH", "NEXT_MONTH",
          "LAST_90_DAYS", "NEXT_90_DAYS",
          "LAST_QUARTER", "THIS_QUARTER", "NEXT_QUARTER",
          "LAST_YEAR", "THIS_YEAR", "NEXT_YEAR",
          "LAST_FISCAL_QUARTER", "THIS_FISCAL_QUARTER", "NEXT_FISCAL_QUARTER",
          "LAST_FISCAL_YEAR", "THIS_FISCAL_YEAR", "NEXT_FISCAL_YEAR");

  ForecastPeriod() {}

  /**
   * The kind of period; see {@link Type}.
   *
   * @return {@code Month}, {@code Quarter}, {@code Week} or {@code Year}; empty for a range of
   *     dates of no particular kind
   */
  @JsonProperty("type")
  public abstract Optional<String> type();

  /**
   * The SOQL date literal of a relative period.
   *
   * @return for example {@code "THIS_FISCAL_QUARTER"}; empty for a period given by its dates
   */
  @JsonProperty("soqlLiteral")
  public abstract Optional<String> soqlLiteral();

  /**
   * The first day; for a relative period, once resolved.
   *
   * @return the date
   */
  @JsonProperty("startDate")
  public abstract Optional<LocalDate> startDate();

  /**
   * The last day, included; for a relative period, once resolved.
   *
   * @return the date
   */
  @JsonProperty("endDate")
  public abstract Optional<LocalDate> endDate();

  /**
   * A label for people.
   *
   * @return for example {@code "Q4 FY 2026"}
   */
  @JsonProperty("label")
  public abstract Optional<String> label();

  /**
   * Whether the period's dates are not known yet: it holds only a date literal.
   *
   * @return {@code true} until {@link #resolved(LocalDate, LocalDate)}
   */
  @JsonIgnore
  public boolean isRelative() {
    return startDate().isEmpty();
  }

  /** A period has a literal or dates (or both); dates come in pairs and in order. */
  @Value.Check
  protected void check() {
    if (startDate().isPresent() != endDate().isPresent()) {
      throw new InvalidArgumentException(
          "ForecastPeriod." + (startDate().isPresent() ? "endDate" : "startDate"),
          "A ForecastPeriod with a "
              + (startDate().isPresent()
                  ? "startDate needs an endDate"
                  : "endDate needs a startDate")
              + ": give both days, or neither and a soqlLiteral");
    }
    if (startDate().isEmpty() && soqlLiteral().isEmpty()) {
      throw new InvalidArgumentException(
          "ForecastPeriod",
          "A ForecastPeriod needs a soqlLiteral (e.g. THIS_FISCAL_QUARTER) or a startDate and an"
              + " endDate: use ForecastPeriod.thisQuarter(), relative(..) or of(start, end)");
    }
    if (startDate().isPresent() && endDate().get().isBefore(startDate().get())) {
      throw new InvalidArgumentException(
          "ForecastPeriod.endDate",
          "ForecastPeriod.endDate "
              + endDate().get()
              + " is before startDate "
              + startDate().get()
              + ": give the first day as start and the last day as end");
    }
    soqlLiteral()
        .filter(literal -> !LITERALS.contains(literal))
        .ifPresent(
            literal -> {
              throw new InvalidArgumentException(
                  "ForecastPeriod.soqlLiteral",
                  "ForecastPeriod.soqlLiteral = '"
                      + literal
                      + "' is not a SOQL date literal for a period; use one of "
                      + LITERALS);
            });
  }

  /**
   * The current fiscal quarter, {@code THIS_FISCAL_QUARTER}.
   *
   * @return the relative period
   */
  public static ForecastPeriod thisQuarter() {
    return relative("THIS_FISCAL_QUARTER");
  }

  /**
   * The next fiscal quarter, {@code NEXT_FISCAL_QUARTER}.
   *
   * @return the relative period
   */
  public static ForecastPeriod nextQuarter() {
    return relative("NEXT_FISCAL_QUARTER");
  }

  /**
   * The previous fiscal quarter, {@code LAST_FISCAL_QUARTER}.
   *
   * @return the relative period
   */
  public static ForecastPeriod lastQuarter() {
    return relative("LAST_FISCAL_QUARTER");
  }

  /**
   * The current fiscal year, {@code THIS_FISCAL_YEAR}.
   *
   * @return the relative period
   */
  public static ForecastPeriod thisFiscalYear() {
    return relative("THIS_FISCAL_YEAR");
  }

  /**
   * The next fiscal year, {@code NEXT_FISCAL_YEAR}.
   *
   * @return the relative period
   */
  public static ForecastPeriod nextFiscalYear() {
    return relative("NEXT_FISCAL_YEAR");
  }

  /**
   * The current month, {@code THIS_MONTH} (SOQL has no fiscal-month literal).
   *
   * @return the relative period
   */
  public static ForecastPeriod thisMonth() {
    return relative("THIS_MONTH");
  }

  /**
   * The next month, {@code NEXT_MONTH}.
   *
   * @return the relative period
   */
  public static ForecastPeriod nextMonth() {
    return relative("NEXT_MONTH");
  }

  /**
   * A period named by a SOQL date literal; its type follows from the literal ({@code
   * ..._QUARTER} is a quarter, and so on).
   *
   * @param soqlLiteral for example {@code "THIS_FISCAL_QUARTER"} or {@code "NEXT_QUARTER"}; case
   *     is ignored
   * @return the relative period
   * @throws InvalidArgumentException if it is not one of the range literals of SOQL (the
   *     parameterised {@code LAST_N_DAYS:n} family is not a period)
   */
  public static ForecastPeriod relative(String soqlLiteral) {
    InvalidArgumentException.requireNonNull(soqlLiteral, "soqlLiteral");
    String literal = soqlLiteral.trim().toUpperCase(Locale.ROOT);
    return builder().soqlLiteral(literal).type(typeOf(literal)).build();
  }

  /**
   * A period given by its days.
   *
   * @param startDate the first day
   * @param endDate the last day, included
   * @return the period
   * @throws InvalidArgumentException if a date is null or the period ends before it starts
   */
  public static ForecastPeriod of(LocalDate startDate, LocalDate endDate) {
    InvalidArgumentException.requireNonNull(startDate, "startDate");
    InvalidArgumentException.requireNonNull(endDate, "endDate");
    return builder().startDate(startDate).endDate(endDate).build();
  }

  /**
   * The period of a {@link Period} record: its type, its days, and its fully qualified label (or
   * its period label).
   *
   * @param period a Period queried with {@code StartDate} and {@code EndDate}
   * @return the period
   * @throws InvalidArgumentException if the record lacks its dates
   */
  public static ForecastPeriod of(Period period) {
    InvalidArgumentException.requireNonNull(period, "period");
    if (period.startDate().isEmpty() || period.endDate().isEmpty()) {
      throw new InvalidArgumentException(
          "period",
          "Period "
              + period.id().map(Object::toString).orElse("(no id)")
              + " has no "
              + (period.startDate().isEmpty() ? "StartDate" : "EndDate")
              + ": query Period with StartDate and EndDate");
    }
    return builder()
        .type(period.type())
        .startDate(period.startDate())
        .endDate(period.endDate())
        .label(period.fullyQualifiedLabel().or(period::periodLabel))
        .build();
  }

  /**
   * This period with the days it was resolved to, keeping its literal and type.
   *
   * @param startDate the first day
   * @param endDate the last day, included
   * @return a copy with the dates
   * @throws InvalidArgumentException if the period ends before it starts
   */
  public ForecastPeriod resolved(LocalDate startDate, LocalDate endDate) {
    InvalidArgumentException.requireNonNull(startDate, "startDate");
    InvalidArgumentException.requireNonNull(endDate, "endDate");
    return toBuilder().startDate(startDate).endDate(endDate).build();
  }

  /**
   * Whether a day falls in the period.
   *
   * @param date the day
   * @return {@code true} if {@code startDate <= date <= endDate}
   * @throws InvalidArgumentException if the period is still relative: resolve it first
   */
  public boolean contains(LocalDate date) {
    InvalidArgumentException.requireNonNull(date, "date");
    if (isRelative()) {
      throw new InvalidArgumentException(
          "period",
          "The period " + soqlLiteral().orElse("") + " is relative: its days are not known until"
              + " it is resolved against the org's fiscal calendar (resolved(start, end))");
    }
    return !date.isBefore(startDate().get()) && !date.isAfter(endDate().get());
  }

  private static Optional<String> typeOf(String literal) {
    if (literal.endsWith("_QUARTER")) {
      return Optional.of(Type.QUARTER);
    }
    if (literal.endsWith("_MONTH")) {
      return Optional.of(Type.MONTH);
    }
    if (literal.endsWith("_YEAR")) {
      return Optional.of(Type.YEAR);
    }
    if (literal.endsWith("_WEEK")) {
      return Optional.of(Type.WEEK);
    }
    return Optional.empty();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this period, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Shows the literal and the dates. */
  @Override
  public String toString() {
    return "ForecastPeriod{"
        + String.join(
            " ",
            soqlLiteral().orElse(""),
            startDate().map(start -> start + ".." + endDate().get()).orElse(""))
            .trim()
        + "}";
  }

  /** Builds a {@link ForecastPeriod}. */
  public static final class Builder extends ImmutableForecastPeriod.Builder {
    Builder() {}
  }

  /** Values of {@link #type()}, the same as {@code Period.Type}. */
  public static final class Type {
    /** A month. */
    public static final String MONTH = Period.Type.MONTH;
    /** A quarter. */
    public static final String QUARTER = Period.Type.QUARTER;
    /** A week. */
    public static final String WEEK = Period.Type.WEEK;
    /** A year. */
    public static final String YEAR = Period.Type.YEAR;

    private Type() {}
  }
}
