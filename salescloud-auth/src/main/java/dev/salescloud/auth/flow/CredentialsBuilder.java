package dev.salescloud.auth.flow;

import dev.salescloud.model.error.InvalidArgumentException;
import java.time.Clock;
import java.time.Duration;

/**
 * What the builders of caching credentials add to {@link FlowBuilder}: the org's session timeout,
 * which decides when a token is replaced ahead of time, and the clock that measures it.
 *
 * @param <B> the concrete builder
 */
abstract class CredentialsBuilder<B extends CredentialsBuilder<B>> extends FlowBuilder<B> {
  Duration sessionTimeout = Duration.ofHours(24);
  Clock clock = Clock.systemUTC();

  CredentialsBuilder() {}

  /**
   * The org's session timeout (Setup → Session Settings → Timeout value): tokens are replaced
   * shortly before it runs out, instead of after a call fails with 401. Unless set, the longest
   * timeout Salesforce allows, 24 hours.
   *
   * @param sessionTimeout at least one minute (checked by {@code build()}), e.g. {@code
   *     Duration.ofHours(2)}
   * @return this builder
   */
  public B sessionTimeout(Duration sessionTimeout) {
    this.sessionTimeout = InvalidArgumentException.requireNonNull(sessionTimeout, "sessionTimeout");
    return self();
  }

  /**
   * The clock that decides when a token is due for replacement; the system clock by default.
   *
   * @param clock the clock
   * @return this builder
   */
  public B clock(Clock clock) {
    this.clock = InvalidArgumentException.requireNonNull(clock, "clock");
    return self();
  }
}
