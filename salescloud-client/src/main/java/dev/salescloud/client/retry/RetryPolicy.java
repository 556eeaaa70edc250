package dev.salescloud.client.retry;

import dev.salescloud.model.error.InvalidArgumentException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How the client retries transient failures: at most {@link #maxAttempts()} attempts in all, no
 * longer than {@link #maxTotalTime()}, waiting between them with exponential backoff and full
 * jitter (a random delay between zero and {@code min(maxDelay, baseDelay × 2^retry)}), or as long
 * as Salesforce's {@code Retry-After} asks.
 *
 * <p>What is retried is fixed by what is safe (DESIGN §6): reads and idempotent writes on {@code
 * 502/503/504}, {@code UNABLE_TO_LOCK_ROW}, {@code SERVER_UNAVAILABLE} and broken connections;
 * a create only when the failure proves it was not executed (a refused connection, a row lock, a
 * {@code 503}); never after a timeout or a {@code 500}. This policy only says how often and how
 * patiently.
 *
 * <pre>{@code
 * RetryPolicy patient = RetryPolicy.builder().maxAttempts(5).maxTotalTime(Duration.ofMinutes(2)).build();
 * RetryPolicy none = RetryPolicy.none();
 * }</pre>
 */
public final class RetryPolicy {
  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxTotalTime;
  private final DoubleSupplier jitter;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.maxTotalTime = b.maxTotalTime;
    this.jitter = b.jitter;
  }

  /**
   * The default: 3 attempts, 500 ms base delay, 10 s maximum delay, 60 s in all.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /**
   * No retries: every failure surfaces at once (the one token refresh after a 401 still happens).
   *
   * @return a policy of one attempt
   */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The most attempts, the first included.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The longest all attempts and waits together may take; no retry starts after it.
   *
   * @return the cap
   */
  public Duration maxTotalTime() {
    return maxTotalTime;
  }

  /**
   * How long to wait before the given retry.
   *
   * @param retry 1 for the first retry, 2 for the second, ...
   * @param retryAfter the server's {@code Retry-After}, or {@code null}
   * @return the delay: the server's wish if given (capped at the maximum delay), else full jitter
   */
  public Duration delayBefore(int retry, Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter.compareTo(maxDelay) > 0 ? maxDelay : retryAfter;
    }
    double exponential = baseDelay.toMillis() * Math.pow(2, retry - 1);
    double capped = Math.min(maxDelay.toMillis(), exponential);
    return Duration.ofMillis((long) (capped * jitter.getAsDouble()));
  }

  /** Shows the limits. */
  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay="
        + maxDelay + ", maxTotalTime=" + maxTotalTime + "}";
  }

  /** Builds a {@link RetryPolicy}; not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration baseDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(10);
    private Duration maxTotalTime = Duration.ofSeconds(60);
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /**
     * Sets the most attempts, the first included.
     *
     * @param maxAttempts 1 to 10
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 10) {
        throw new InvalidArgumentException(
            "maxAttempts", "maxAttempts must be between 1 and 10, not " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the delay the backoff starts from.
     *
     * @param baseDelay a non-negative duration
     * @return this builder
     */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = nonNegative(baseDelay, "baseDelay");
      return this;
    }

    /**
     * Sets the longest single wait.
     *
     * @param maxDelay a non-negative duration
     * @return this builder
     */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = nonNegative(maxDelay, "maxDelay");
      return this;
    }

    /**
     * Sets how long all attempts together may take.
     *
     * @param maxTotalTime a positive duration
     * @return this builder
     */
    public Builder maxTotalTime(Duration maxTotalTime) {
      this.maxTotalTime = nonNegative(maxTotalTime, "maxTotalTime");
      return this;
    }

    /**
     * Replaces the random jitter factor (between 0 and 1), for deterministic tests.
     *
     * @param jitter a source of factors in [0, 1]
     * @return this builder
     */
    public Builder jitter(DoubleSupplier jitter) {
      this.jitter = InvalidArgumentException.requireNonNull(jitter, "jitter");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      InvalidArgumentException.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new InvalidArgumentException(name, name + " must not be negative, not " + d);
      }
      return d;
    }
  }
}
