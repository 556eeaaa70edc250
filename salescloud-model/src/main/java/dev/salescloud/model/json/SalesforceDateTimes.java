package dev.salescloud.model.json;

import dev.salescloud.model.error.InvalidArgumentException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.chrono.IsoChronology;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;

/**
 * Reads and writes dates, datetimes and times exactly as Salesforce does.
 *
 * <p>Salesforce writes datetimes as {@code 2024-05-01T17:03:11.000+0000} (UTC, milliseconds, no
 * colon in the offset) and accepts every ISO-8601 variant with an offset: {@code ...Z}, {@code
 * ...+00:00}, {@code ...-0800}, with or without fractional seconds. Dates are {@code yyyy-MM-dd};
 * times are {@code HH:mm:ss.SSSZ}.
 *
 * <pre>{@code
 * Instant t = SalesforceDateTimes.parseDateTime("2024-05-01T17:03:11.000+0000");
 * SalesforceDateTimes.formatDateTime(t);   // "2024-05-01T17:03:11.000+0000"
 * }</pre>
 */
public final class SalesforceDateTimes {
  private static final DateTimeFormatter LOCAL_DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
          .optionalEnd()
          .toFormatter();

  /** One reader per offset form, each with exactly one offset: {@code +00:00}/{@code Z}, {@code +0000}. */
  private static final List<DateTimeFormatter> DATE_TIME_READERS =
      List.of("+HH:MM", "+HHMM").stream()
          .map(
              offset ->
                  new DateTimeFormatterBuilder()
                      .append(LOCAL_DATE_TIME)
                      .appendOffset(offset, "Z")
                      .toFormatter()
                      .withResolverStyle(ResolverStyle.STRICT)
                      .withChronology(IsoChronology.INSTANCE))
          .toList();

  private static final DateTimeFormatter DATE_TIME_WRITER =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxx").withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private static final DateTimeFormatter TIME_READER =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
          .optionalEnd()
          .optionalEnd()
          .optionalStart()
          .appendLiteral('Z')
          .optionalEnd()
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT);

  private static final DateTimeFormatter TIME_WRITER = DateTimeFormatter.ofPattern("HH:mm:ss.SSS'Z'");

  private SalesforceDateTimes() {}

  /**
   * Parses a datetime in any form Salesforce reads or writes.
   *
   * @param text for example {@code 2024-05-01T17:03:11.000+0000} or {@code 2024-05-01T17:03:11Z}
   * @return the instant
   * @throws InvalidArgumentException if the text is not a datetime with an offset
   */
  public static Instant parseDateTime(String text) {
    InvalidArgumentException.requireNonNull(text, "datetime");
    for (DateTimeFormatter reader : DATE_TIME_READERS) {
      try {
        return Instant.from(reader.parse(text));
      } catch (DateTimeException e) {
        // try the next offset form
      }
    }
    try {
      LOCAL_DATE_TIME.parse(text);
    } catch (DateTimeException e) {
      throw new InvalidArgumentException(
          "datetime",
          "Not a Salesforce datetime: '"
              + text
              + "'; expected a form such as 2024-05-01T17:03:11.000+0000 or 2024-05-01T17:03:11Z");
    }
    throw new InvalidArgumentException(
        "datetime",
        "Datetime '"
            + text
            + "' has no offset; Salesforce datetimes end in Z, +0000 or +00:00, e.g."
            + " 2024-05-01T17:03:11.000+0000");
  }

  /**
   * Writes an instant as Salesforce does, in UTC with milliseconds.
   *
   * @param instant the instant
   * @return for example {@code 2024-05-01T17:03:11.000+0000}
   */
  public static String formatDateTime(Instant instant) {
    return DATE_TIME_WRITER.format(InvalidArgumentException.requireNonNull(instant, "datetime"));
  }

  /**
   * Parses a date.
   *
   * @param text for example {@code 2024-05-01}
   * @return the date
   * @throws InvalidArgumentException if the text is not a {@code yyyy-MM-dd} date
   */
  public static LocalDate parseDate(String text) {
    InvalidArgumentException.requireNonNull(text, "date");
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeException e) {
      throw new InvalidArgumentException(
          "date", "Not a Salesforce date: '" + text + "'; expected yyyy-MM-dd, e.g. 2024-05-01");
    }
  }

  /**
   * Writes a date as {@code yyyy-MM-dd}.
   *
   * @param date the date
   * @return for example {@code 2024-05-01}
   */
  public static String formatDate(LocalDate date) {
    return DATE.format(InvalidArgumentException.requireNonNull(date, "date"));
  }

  /**
   * Parses a time of day.
   *
   * @param text for example {@code 13:30:00.000Z}
   * @return the time
   * @throws InvalidArgumentException if the text is not a time of day
   */
  public static LocalTime parseTime(String text) {
    InvalidArgumentException.requireNonNull(text, "time");
    try {
      return LocalTime.parse(text, TIME_READER);
    } catch (DateTimeException e) {
      throw new InvalidArgumentException(
          "time", "Not a Salesforce time: '" + text + "'; expected HH:mm:ss.SSSZ, e.g. 13:30:00.000Z");
    }
  }

  /**
   * Writes a time of day as Salesforce does.
   *
   * @param time the time
   * @return for example {@code 13:30:00.000Z}
   */
  public static String formatTime(LocalTime time) {
    return TIME_WRITER.format(InvalidArgumentException.requireNonNull(time, "time"));
  }
}
