package dev.salescloud.client.retry;

import dev.salescloud.model.error.TransportException;
import java.time.Duration;

/**
 * How the client waits between retries; tests replace it to run without real waits.
 *
 * <pre>{@code
 * List<Duration> waits = new ArrayList<>();
 * Sleeper recording = waits::add;
 * }</pre>
 */
@FunctionalInterface
public interface Sleeper {
  /** The real thing: {@link Thread#sleep(long)}. */
  Sleeper SYSTEM =
      duration -> {
        try {
          Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new TransportException("Interrupted while waiting to retry", true, -1, e);
        }
      };

  /**
   * Waits.
   *
   * @param duration how long
   */
  void sleep(Duration duration);
}
