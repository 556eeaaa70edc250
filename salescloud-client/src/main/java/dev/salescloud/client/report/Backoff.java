package dev.salescloud.client.report;

import dev.salescloud.client.retry.Sleeper;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.TransportException;
import java.time.Duration;

/** The waits between looks at an asynchronous run: doubling from a first wait up to a longest. */
final class Backoff {
  private final Duration first;
  private final Duration longest;
  private final Duration timeout;

  Backoff(Duration first, Duration longest, Duration timeout) {
    this.first = positive(first, "first");
    this.longest = positive(longest, "longest");
    this.timeout = positive(timeout, "timeout");
  }

  /** Waits before each look of one run until the timeout is spent. */
  Runnable waits(Sleeper sleeper, String what) {
    Duration[] next = {first};
    Duration[] spent = {Duration.ZERO};
    return () -> {
      if (spent[0].compareTo(timeout) >= 0) {
        throw new TransportException(what + " is not done after " + spent[0].toSeconds()
            + " s of waiting; its result may still come: look with instanceResult(..)", true, -1, null);
      }
      sleeper.sleep(next[0]);
      spent[0] = spent[0].plus(next[0]);
      Duration doubled = next[0].multipliedBy(2);
      next[0] = doubled.compareTo(longest) > 0 ? longest : doubled;
    };
  }

  private static Duration positive(Duration d, String name) {
    InvalidArgumentException.requireNonNull(d, name);
    if (d.isZero() || d.isNegative()) {
      throw new InvalidArgumentException(name, "The " + name + " wait must be positive, not " + d);
    }
    return d;
  }
}
