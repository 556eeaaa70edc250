package dev.salescloud.testkit.fault;

import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A delay before the org answers, waited through the faults' sleeper; the call then goes on. */
final class Latency implements Injection {
  private final Duration delay;

  Latency(Duration delay) {
    this.delay = delay;
  }

  /** Waits the delay, then lets the call through. */
  @Override
  public Optional<HttpResponse> inject(HttpRequest request, Faults org) {
    org.sleeper().sleep(delay);
    return Optional.empty();
  }

  /** The delay. */
  @Override
  public String toString() {
    return "latency " + delay.toMillis() + " ms";
  }
}
