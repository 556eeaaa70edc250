package dev.salescloud.client.bulk;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.retry.Sleeper;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.TransportException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How long to wait between two looks at an asynchronous job: from a first interval, doubling up to
 * a ceiling, until a total wait is spent.
 */
final class Polling {
  private static final TypeReference<JsonNode> TREE = new TypeReference<>() {};

  private final Duration first;
  private final Duration ceiling;
  private final Duration total;

  Polling(Duration first, Duration ceiling, Duration total) {
    this.first = positive(first, "first poll interval");
    this.ceiling = positive(ceiling, "longest poll interval");
    this.total = positive(total, "job timeout");
  }

  /** One job's waits. */
  Wait start() {
    return new Wait();
  }

  /**
   * Reads a job until it ends, waiting longer between looks; each look is counted.
   *
   * @throws TransportException when the total wait is spent
   */
  BulkJob awaitEnd(ApiExchange exchange, String jobPath, AtomicInteger calls) {
    Wait wait = start();
    while (true) {
      calls.incrementAndGet();
      BulkJob job = BulkJob.from(exchange.call("GET", jobPath, null, true, TREE), "GET", jobPath);
      if (job.state().isTerminal()) {
        return job;
      }
      wait.next(exchange.sleeper(), "Bulk API 2.0 job " + job.id() + " is still " + job.state().wireName());
    }
  }

  Duration total() {
    return total;
  }

  /** The waits of one job, each longer than the last up to the ceiling. */
  final class Wait {
    private Duration next = first;
    private Duration spent = Duration.ZERO;

    /**
     * Sleeps before the next look.
     *
     * @throws TransportException when the total wait is spent
     */
    void next(Sleeper sleeper, String what) {
      if (spent.compareTo(total) >= 0) {
        throw new TransportException(
            what + " after " + spent.toSeconds() + " s of waiting; it may still finish: look it up"
                + " with sf.bulk().job(id) before sending its records again",
            true, -1, null);
      }
      sleeper.sleep(next);
      spent = spent.plus(next);
      Duration doubled = next.multipliedBy(2);
      next = doubled.compareTo(ceiling) > 0 ? ceiling : doubled;
    }
  }

  private static Duration positive(Duration d, String what) {
    InvalidArgumentException.requireNonNull(d, what);
    if (d.isZero() || d.isNegative()) {
      throw new InvalidArgumentException(what, "The " + what + " must be positive, not " + d);
    }
    return d;
  }
}
