package dev.salescloud.testkit.api;

import dev.salescloud.model.error.InvalidArgumentException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The org's daily count of API calls, reported in the {@code Sforce-Limit-Info} header as
 * {@code api-usage=n/15000}. The count starts again at zero when the clock's UTC date changes.
 */
public final class ApiUsageCounter {
  /** The daily allocation of a Developer Edition org. */
  public static final int DEFAULT_ALLOCATION = 15_000;

  private final Clock clock;
  private final int allocation;
  private LocalDate day;
  private int used;

  /**
   * Creates a counter at zero.
   *
   * @param clock the clock deciding the day
   * @param allocation the number of calls a day allows, at least 1
   */
  public ApiUsageCounter(Clock clock, int allocation) {
    this.clock = InvalidArgumentException.requireNonNull(clock, "clock");
    if (allocation < 1) {
      throw new InvalidArgumentException(
          "allocation", "The daily API allocation must be at least 1, not " + allocation);
    }
    this.allocation = allocation;
    this.day = today();
  }

  /**
   * Counts one call.
   *
   * @return the header value after the call, e.g. {@code api-usage=3/15000}
   */
  public synchronized String count() {
    roll();
    used++;
    return header();
  }

  /**
   * The calls counted today.
   *
   * @return the number of calls
   */
  public synchronized int used() {
    roll();
    return used;
  }

  /**
   * The daily allocation.
   *
   * @return the number of calls a day allows
   */
  public int allocation() {
    return allocation;
  }

  /**
   * The header value without counting a call.
   *
   * @return e.g. {@code api-usage=3/15000}
   */
  public synchronized String header() {
    roll();
    return "api-usage=" + used + "/" + allocation;
  }

  /**
   * Uses up the rest of today's allocation, as if other integrations had spent it: the header
   * reads {@code api-usage=15000/15000} until the clock's UTC date changes.
   */
  public synchronized void exhaust() {
    roll();
    used = Math.max(used, allocation);
  }

  /**
   * Tells whether today's allocation is used up; Salesforce then refuses calls with 403 {@code
   * REQUEST_LIMIT_EXCEEDED}.
   *
   * @return true when the calls counted today reach the allocation
   */
  public synchronized boolean exhausted() {
    roll();
    return used >= allocation;
  }

  private void roll() {
    LocalDate now = today();
    if (!now.equals(day)) {
      day = now;
      used = 0;
    }
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /** Describes this by names and counts, never by record values. */

  @Override
  public synchronized String toString() {
    return "ApiUsageCounter{" + used + "/" + allocation + "}";
  }
}
