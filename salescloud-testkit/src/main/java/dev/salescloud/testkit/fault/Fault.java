package dev.salescloud.testkit.fault;

import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.model.error.InvalidArgumentException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One planned fault of a fake org: which calls it hits and what it does to them. Made by {@link
 * Faults}; the methods narrow the calls or set the effect, in any order, and the fault is live
 * from the moment it is made.
 *
 * <pre>{@code
 * org.faults().next(3).matching("PATCH", "/sobjects/Opportunity/*").respond(503, "SERVER_UNAVAILABLE");
 * org.faults().share(0.2).seed(42).unableToLockRow();
 * org.faults().dropConnection().next(1);
 * }</pre>
 *
 * <p>Which calls: every call unless {@link #matching(String, String)} narrows it; of those, all
 * until removed, or only the {@link #next(int)} N; of those, every one, or a {@link
 * #share(double)} drawn from a random sequence fixed by {@link #seed(long)} (0 unless set), so
 * that the same calls fail on every run. A fault with no effect yet does nothing and counts
 * nothing.
 *
 * <p>What it does: one effect, the last one set, among {@link #respond(int, String)}, {@link
 * #serverUnavailable()}, {@link #unableToLockRow()}, {@link #expireSession()}, {@link
 * #dropConnection()} and {@link #latency(Duration)}. Latency delays the call and lets it through;
 * the others stop it, and the first of them to fire (in the order they were made) decides the
 * answer. Thread-safe.
 */
public final class Fault {
  private static final int UNLIMITED = -1;
  private static final Map<String, String> MESSAGES =
      Map.of(
          "SERVER_UNAVAILABLE", "Server temporarily unavailable, please try again later",
          "UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record",
          "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.",
          "INVALID_SESSION_ID", "Session expired or invalid");

  private final Faults owner;
  private CallPattern calls = CallPattern.ANY;
  private int remaining = UNLIMITED;
  private double share = 1.0;
  private long seed;
  private SplittableRandom random = new SplittableRandom(0);
  private Injection injection;
  private int injected;

  Fault(Faults owner) {
    this.owner = owner;
  }

  /**
   * Limits the fault to the next calls it hits; it is removed after the last.
   *
   * @param calls at least 1
   * @return this fault
   */
  public synchronized Fault next(int calls) {
    if (calls < 1) {
      throw new InvalidArgumentException(
          "calls", "A fault applies to at least 1 call, not " + calls);
    }
    this.remaining = calls;
    return this;
  }

  /**
   * Hits only a share of the calls that match, chosen by a seeded random sequence.
   *
   * @param share more than 0 and at most 1; {@code 0.2} hits about one call in five
   * @return this fault
   */
  public synchronized Fault share(double share) {
    if (!(share > 0 && share <= 1)) {
      throw new InvalidArgumentException(
          "share", "The share of calls must be more than 0 and at most 1, not " + share);
    }
    this.share = share;
    return this;
  }

  /**
   * Fixes the random sequence that {@link #share(double)} draws from, and starts it again.
   *
   * @param seed any number; the same seed hits the same calls in the same sequence of calls
   * @return this fault
   */
  public synchronized Fault seed(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
    return this;
  }

  /**
   * Limits the fault to calls with a method and a path.
   *
   * @param method an HTTP method such as {@code "PATCH"}, or {@code "*"} for any
   * @param path a path after {@code /services/data/vNN.0}, such as {@code
   *     "/sobjects/Opportunity/*"} ({@code *} within one segment, {@code **} across segments), or
   *     a full path starting with {@code /services/}
   * @return this fault
   */
  public synchronized Fault matching(String method, String path) {
    this.calls = CallPattern.of(method, path);
    return this;
  }

  /**
   * Answers with a Salesforce error instead of the org; the call counts against the daily limit.
   *
   * @param status an HTTP status from 400 to 599
   * @param errorCode Salesforce's code, such as {@code "SERVER_UNAVAILABLE"}
   * @return this fault
   */
  public Fault respond(int status, String errorCode) {
    InvalidArgumentException.requireNonNull(errorCode, "errorCode");
    return respond(status, errorCode, MESSAGES.getOrDefault(errorCode, errorCode));
  }

  /**
   * Answers with a Salesforce error and message instead of the org.
   *
   * @param status an HTTP status from 400 to 599
   * @param errorCode Salesforce's code: capital letters and underscores
   * @param message the error's message
   * @return this fault
   */
  public Fault respond(int status, String errorCode, String message) {
    InvalidArgumentException.requireNonNull(errorCode, "errorCode");
    InvalidArgumentException.requireNonNull(message, "message");
    if (status < 400 || status > 599) {
      throw new InvalidArgumentException(
          "status", "A fault answers with a status from 400 to 599, not " + status);
    }
    if (!errorCode.matches("[A-Z][A-Z_]*")) {
      throw new InvalidArgumentException(
          "errorCode", "An error code is capital letters and underscores, not " + errorCode);
    }
    return effect(new ErrorAnswer(status, errorCode, message));
  }

  /**
   * Answers 503 {@code SERVER_UNAVAILABLE}, as Salesforce does during maintenance or overload.
   *
   * @return this fault
   */
  public Fault serverUnavailable() {
    return respond(503, "SERVER_UNAVAILABLE");
  }

  /**
   * Answers 400 {@code UNABLE_TO_LOCK_ROW}, as Salesforce does when another transaction holds the
   * record.
   *
   * @return this fault
   */
  public Fault unableToLockRow() {
    return respond(400, "UNABLE_TO_LOCK_ROW");
  }

  /**
   * Ends the session of the call: revokes its token and answers 401 {@code INVALID_SESSION_ID}.
   * Calls without a bearer token are not hit.
   *
   * @return this fault
   */
  public Fault expireSession() {
    return effect(new SessionExpiry());
  }

  /**
   * Breaks the connection after the request was sent: the call is not executed and raises a
   * {@link dev.salescloud.model.error.TransportException} whose {@code requestSent()} is true.
   *
   * @return this fault
   */
  public Fault dropConnection() {
    return effect(new DroppedConnection());
  }

  /**
   * Delays the call, then lets the org answer it. The delay goes through the sleeper of {@link
   * Faults#sleeper(dev.salescloud.client.retry.Sleeper)}.
   *
   * @param delay a non-negative duration
   * @return this fault
   */
  public Fault latency(Duration delay) {
    InvalidArgumentException.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new InvalidArgumentException("delay", "The delay must not be negative, not " + delay);
    }
    return effect(new Latency(delay));
  }

  /**
   * How many calls the fault has hit.
   *
   * @return the count
   */
  public synchronized int injected() {
    return injected;
  }

  /** Removes the fault; calls are no longer hit by it. */
  public void remove() {
    owner.remove(this);
  }

  private synchronized Fault effect(Injection effect) {
    this.injection = effect;
    return this;
  }

  /**
   * Decides whether the fault hits a call and, if so, counts it.
   *
   * @return the effect to apply, or empty when the call is spared
   */
  synchronized Optional<Injection> fire(HttpRequest request) {
    if (injection == null || remaining == 0 || !calls.matches(request)) {
      return Optional.empty();
    }
    if (injection instanceof SessionExpiry && SessionExpiry.sessionToken(request).isEmpty()) {
      return Optional.empty();
    }
    if (share < 1 && random.nextDouble() >= share) {
      return Optional.empty();
    }
    injected++;
    if (remaining > 0) {
      remaining--;
    }
    return Optional.of(injection);
  }

  /** Whether the fault has hit its last call. */
  synchronized boolean spent() {
    return remaining == 0;
  }

  /** The calls, the count, the share and the effect. */
  @Override
  public synchronized String toString() {
    return "Fault{" + calls
        + (remaining == UNLIMITED ? "" : ", next " + remaining)
        + (share < 1 ? ", share " + share + " seed " + seed : "")
        + ": " + (injection == null ? "no effect" : injection)
        + ", injected " + injected + "}";
  }
}
