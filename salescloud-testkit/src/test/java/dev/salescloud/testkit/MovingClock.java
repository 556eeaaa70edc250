package dev.salescloud.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that tests move by hand, for orgs whose day or record stamps must change. */
public final class MovingClock extends Clock {
  private volatile Instant now;

  /**
   * Creates a clock standing at an instant.
   *
   * @param start the time it shows until moved
   */
  public MovingClock(Instant start) {
    this.now = start;
  }

  /**
   * Moves the clock forward.
   *
   * @param amount how far
   */
  public void advance(Duration amount) {
    now = now.plus(amount);
  }

  /**
   * Sets the clock to an instant, forward or back.
   *
   * @param instant the time it shows from now on
   */
  public void moveTo(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
