package dev.salescloud.client.soql;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;

/**
 * A value on the right-hand side of a SOQL comparison: a string, a number, a boolean, {@code null}, a
 * date, a datetime or a relative {@link DateLiteral} such as {@code THIS_QUARTER}.
 *
 * <p>Literals are typed values, never SOQL text: the renderer writes each one in the one form
 * Salesforce reads (strings quoted and escaped, dates and datetimes bare, numbers plain), so a
 * literal can never close its quotes or add a clause. Build them from Java values with
 * {@link #of(Object)}; the condition methods of {@link Expression} do this for you.
 *
 * <pre>{@code
 * Literal.of("O'Brien")                 // StringValue, rendered 'O\'Brien'
 * Literal.of(new BigDecimal("1e6"))     // NumberValue, rendered 1000000
 * Literal.of(LocalDate.of(2026, 1, 31)) // DateValue, rendered 2026-01-31
 * Literal.of(DateLiteral.lastNDays(30)) // rendered LAST_N_DAYS:30
 * }</pre>
 *
 * <p>All literals are immutable. Their {@code toString()} never shows the value (it may be customer
 * data); {@link SoqlQuery#toSoql()} renders it.
 */
public sealed interface Literal
    permits Literal.StringValue,
        Literal.NumberValue,
        Literal.BooleanValue,
        Literal.NullValue,
        Literal.DateValue,
        Literal.DateTimeValue,
        DateLiteral {

  /** The longest string Salesforce accepts in a WHERE clause, in characters. */
  int MAX_STRING_LENGTH = 4_000;

  /** SOQL's {@code null}. */
  NullValue NULL = new NullValue();

  /** SOQL's {@code true}. */
  BooleanValue TRUE = new BooleanValue(true);

  /** SOQL's {@code false}. */
  BooleanValue FALSE = new BooleanValue(false);

  /**
   * Converts a Java value into a typed literal.
   *
   * <p>Accepted: {@link CharSequence} and {@link Character} (string), {@link SalesforceId} (its
   * 18-character form, as a string), {@link BigDecimal}, {@link BigInteger}, {@link Integer},
   * {@link Long}, {@link Short}, {@link Byte}, finite {@link Double} and {@link Float} (number),
   * {@link Boolean}, {@link LocalDate} (date), {@link Instant}, {@link OffsetDateTime} and {@link
   * ZonedDateTime} (datetime, rendered in UTC), {@link DateLiteral} and any other {@code Literal}
   * (returned as is).
   *
   * @param value the value
   * @return the literal
   * @throws InvalidArgumentException if {@code value} is {@code null} (compare with {@link
   *     Expression#isNull()} instead), a collection (use {@link Expression#in(Collection)}), a
   *     {@link LocalDateTime} (it has no time zone) or of any other type
   */
  static Literal of(Object value) {
    if (value == null) {
      throw new InvalidArgumentException(
          "value",
          "A null value cannot be compared in SOQL; use isNull() or isNotNull() instead");
    }
    if (value instanceof Literal) {
      return (Literal) value;
    }
    if (value instanceof Expression || value instanceof LikePattern) {
      throw new InvalidArgumentException(
          "value",
          "SOQL compares a field with a value only, not with "
              + value
              + "; for LIKE use like(..), startsWith(..), contains(..) or endsWith(..)");
    }
    if (value instanceof CharSequence || value instanceof Character) {
      return new StringValue(value.toString());
    }
    if (value instanceof SalesforceId) {
      return new StringValue(((SalesforceId) value).value());
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? TRUE : FALSE;
    }
    if (value instanceof BigDecimal) {
      return new NumberValue((BigDecimal) value);
    }
    if (value instanceof BigInteger) {
      return new NumberValue(new BigDecimal((BigInteger) value));
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return new NumberValue(BigDecimal.valueOf(((Number) value).longValue()));
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new InvalidArgumentException(
            "value", "SOQL has no literal for " + d + "; pass a finite number");
      }
      return new NumberValue(
          value instanceof Float ? new BigDecimal(value.toString()) : BigDecimal.valueOf(d));
    }
    if (value instanceof LocalDate) {
      return new DateValue((LocalDate) value);
    }
    if (value instanceof Instant) {
      return new DateTimeValue((Instant) value);
    }
    if (value instanceof OffsetDateTime) {
      return new DateTimeValue(((OffsetDateTime) value).toInstant());
    }
    if (value instanceof ZonedDateTime) {
      return new DateTimeValue(((ZonedDateTime) value).toInstant());
    }
    if (value instanceof LocalDateTime) {
      throw new InvalidArgumentException(
          "value",
          "A LocalDateTime has no time zone, so it is not a point in time; pass an Instant or an"
              + " OffsetDateTime (for example ldt.atOffset(ZoneOffset.UTC))");
    }
    if (value instanceof Collection || value instanceof Map || value.getClass().isArray()) {
      throw new InvalidArgumentException(
          "value",
          "A " + value.getClass().getSimpleName() + " is not a single SOQL value; use in(..) or"
              + " notIn(..) to compare with several values");
    }
    throw new InvalidArgumentException(
        "value",
        "A value of type "
            + value.getClass().getName()
            + " cannot be used in SOQL; pass a String, Number, Boolean, LocalDate, Instant,"
            + " OffsetDateTime, SalesforceId or DateLiteral"
            + (value instanceof Enum ? " (for a picklist value, pass its name)" : ""));
  }

  /**
   * A string, held decoded: {@code 'O\'Brien'} in SOQL is {@code O'Brien} here.
   *
   * @param value the characters of the string, at most {@link #MAX_STRING_LENGTH}
   */
  record StringValue(String value) implements Literal {
    /**
     * Checks the value.
     *
     * @param value the characters of the string
     * @throws InvalidArgumentException if {@code value} is null or longer than {@link
     *     #MAX_STRING_LENGTH} characters (Salesforce refuses longer strings in a WHERE clause)
     */
    public StringValue {
      InvalidArgumentException.requireNonNull(value, "value");
      if (value.length() > MAX_STRING_LENGTH) {
        throw new InvalidArgumentException(
            "value",
            "A SOQL string literal holds at most 4,000 characters; this one has "
                + value.length()
                + ": filter on a shorter value");
      }
    }

    /** Shows the length only: the value may be customer data. */
    @Override
    public String toString() {
      return "StringValue[" + value.length() + " chars]";
    }
  }

  /**
   * A number. A negative scale is normalised ({@code 1E+6} becomes {@code 1000000}), so the value
   * renders and parses back exactly.
   *
   * @param value the number
   */
  record NumberValue(BigDecimal value) implements Literal {
    /**
     * Checks and normalises the value.
     *
     * @param value the number
     * @throws InvalidArgumentException if {@code value} is null
     */
    public NumberValue {
      InvalidArgumentException.requireNonNull(value, "value");
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
    }

    /** Shows the type only: the value may be customer data. */
    @Override
    public String toString() {
      return "NumberValue[redacted]";
    }
  }

  /**
   * {@code true} or {@code false}.
   *
   * @param value the boolean
   */
  record BooleanValue(boolean value) implements Literal {}

  /** SOQL's {@code null}; {@link Literal#NULL} is the instance to use. */
  record NullValue() implements Literal {}

  /**
   * A calendar date, rendered bare as {@code 2026-01-31}.
   *
   * @param value the date, in years 0000 to 9999
   */
  record DateValue(LocalDate value) implements Literal {
    /**
     * Checks the value.
     *
     * @param value the date
     * @throws InvalidArgumentException if {@code value} is null or outside years 0000 to 9999
     */
    public DateValue {
      InvalidArgumentException.requireNonNull(value, "value");
      if (value.getYear() < 0 || value.getYear() > 9999) {
        throw new InvalidArgumentException(
            "value", "SOQL dates have four-digit years; " + value.getYear() + " is out of range");
      }
    }

    /** Shows the type only: the value may be customer data. */
    @Override
    public String toString() {
      return "DateValue[redacted]";
    }
  }

  /**
   * A point in time, rendered bare in UTC as {@code 2026-01-31T09:30:00Z} (with a fraction of a
   * second only when it has one; Salesforce keeps milliseconds).
   *
   * @param value the instant, in years 0000 to 9999 (UTC)
   */
  record DateTimeValue(Instant value) implements Literal {
    private static final Instant FIRST_INSTANT =
        LocalDate.of(0, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant END_INSTANT =
        LocalDate.of(10_000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    /**
     * Checks the value.
     *
     * @param value the instant
     * @throws InvalidArgumentException if {@code value} is null or outside years 0000 to 9999
     */
    public DateTimeValue {
      InvalidArgumentException.requireNonNull(value, "value");
      if (value.isBefore(FIRST_INSTANT) || !value.isBefore(END_INSTANT)) {
        throw new InvalidArgumentException(
            "value",
            "SOQL datetimes have four-digit years; " + value + " is out of range");
      }
    }

    /** Shows the type only: the value may be customer data. */
    @Override
    public String toString() {
      return "DateTimeValue[redacted]";
    }
  }
}
