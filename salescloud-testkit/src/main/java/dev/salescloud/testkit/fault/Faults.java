package dev.salescloud.testkit.fault;

import dev.salescloud.client.retry.Sleeper;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.testkit.api.ApiUsageCounter;
import dev.salescloud.testkit.api.Sessions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The faults a fake org injects into its REST API, for testing how your code copes with a
 * misbehaving Salesforce. Reached through {@code FakeSalesCloud.faults()}; both the in-process
 * transport and the HTTP emulator see them, since they act in the org's REST router.
 *
 * <pre>{@code
 * FakeSalesCloud org = FakeSalesCloud.create();
 * org.faults().next(3).matching("PATCH", "/sobjects/Opportunity/*").respond(503, "SERVER_UNAVAILABLE");
 * org.faults().share(0.2).seed(42).unableToLockRow();   // the same calls fail on every run
 * org.faults().sleeper(waits::add).latency(Duration.ofMillis(50));   // no real waiting in tests
 * org.faults().expireSessionOnNextCall();               // next call: token revoked, 401
 * org.faults().exhaustDailyLimit();                     // 403 REQUEST_LIMIT_EXCEEDED from now on
 * org.faults().dropConnection().next(1);                // TransportException, requestSent() true
 * org.faults().clear();
 * }</pre>
 *
 * <p>Each method that starts a fault returns the new {@link Fault}, live at once and hitting every
 * call until narrowed: see {@link Fault} for how to choose the calls. The answers are
 * Salesforce's: error arrays with its status codes and error codes, {@code Sforce-Limit-Info} on
 * calls that count. Thread-safe.
 */
public final class Faults {
  private static final Pattern VERSIONED =
      Pattern.compile("^/services/data/v\\d{1,3}\\.0(/.*)?$", Pattern.CASE_INSENSITIVE);
  private static final ErrorAnswer LIMIT_EXCEEDED =
      new ErrorAnswer(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");

  private final Sessions sessions;
  private final ApiUsageCounter usage;
  private final List<Fault> faults = new CopyOnWriteArrayList<>();
  private volatile Sleeper sleeper = Sleeper.SYSTEM;

  /**
   * Creates an empty plan over an org's sessions and API counter. The org's router makes it;
   * tests reach it through {@code FakeSalesCloud.faults()}.
   *
   * @param sessions the tokens the org issued, for session expiry
   * @param usage the org's daily API counter, for limit exhaustion
   */
  public Faults(Sessions sessions, ApiUsageCounter usage) {
    this.sessions = InvalidArgumentException.requireNonNull(sessions, "sessions");
    this.usage = InvalidArgumentException.requireNonNull(usage, "usage");
  }

  /**
   * Starts a fault for the next calls it hits; set its effect next.
   *
   * @param calls at least 1
   * @return the new fault
   */
  public Fault next(int calls) {
    return add().next(calls);
  }

  /**
   * Starts a fault for a seeded share of the calls; set its effect next.
   *
   * @param share more than 0 and at most 1
   * @return the new fault
   */
  public Fault share(double share) {
    return add().share(share);
  }

  /**
   * Starts a fault whose share of calls is drawn from a sequence fixed by this seed.
   *
   * @param seed any number
   * @return the new fault
   */
  public Fault seed(long seed) {
    return add().seed(seed);
  }

  /**
   * Starts a fault for calls with a method and a path; set its effect next.
   *
   * @param method an HTTP method, or {@code "*"} for any
   * @param path a path pattern after {@code /services/data/vNN.0}, such as {@code
   *     "/sobjects/Opportunity/*"}
   * @return the new fault
   */
  public Fault matching(String method, String path) {
    return add().matching(method, path);
  }

  /**
   * Delays every call, then lets the org answer it.
   *
   * @param delay a non-negative duration, waited through {@link #sleeper(Sleeper)}
   * @return the new fault
   */
  public Fault latency(Duration delay) {
    return add().latency(delay);
  }

  /**
   * Answers every call with a Salesforce error.
   *
   * @param status an HTTP status from 400 to 599
   * @param errorCode Salesforce's code, such as {@code "SERVER_UNAVAILABLE"}
   * @return the new fault
   */
  public Fault respond(int status, String errorCode) {
    return add().respond(status, errorCode);
  }

  /**
   * Answers every call with 503 {@code SERVER_UNAVAILABLE}.
   *
   * @return the new fault
   */
  public Fault serverUnavailable() {
    return add().serverUnavailable();
  }

  /**
   * Answers every call with 400 {@code UNABLE_TO_LOCK_ROW}.
   *
   * @return the new fault
   */
  public Fault unableToLockRow() {
    return add().unableToLockRow();
  }

  /**
   * Breaks the connection of every call, raising a {@link
   * dev.salescloud.model.error.TransportException} whose {@code requestSent()} is true.
   *
   * @return the new fault
   */
  public Fault dropConnection() {
    return add().dropConnection();
  }

  /**
   * Ends the session of the next call that carries a token: the token is revoked and the answer
   * is 401 {@code INVALID_SESSION_ID}. A client with refreshing credentials gets a new token and
   * carries on; one with static credentials fails with {@code AuthenticationException}. A SOAP
   * call's token is its envelope's {@code SessionHeader} (or its bearer token), and its answer is
   * Salesforce's SOAP fault, HTTP 500 {@code sf:INVALID_SESSION_ID}.
   *
   * @return the new fault
   */
  public Fault expireSessionOnNextCall() {
    return add().next(1).expireSession();
  }

  /**
   * Uses up the rest of the org's daily API allocation: {@code Sforce-Limit-Info} and the org's
   * counters show it all used, and every versioned call answers 403 {@code
   * REQUEST_LIMIT_EXCEEDED} until the org's clock reaches the next UTC day. {@link #clear()} does
   * not give the calls back.
   */
  public void exhaustDailyLimit() {
    usage.exhaust();
  }

  /**
   * Replaces how latency is waited: tests pass a recorder so that nothing really sleeps.
   *
   * @param sleeper e.g. {@code waits::add}; {@link Sleeper#SYSTEM} unless set
   * @return these faults
   */
  public Faults sleeper(Sleeper sleeper) {
    this.sleeper = InvalidArgumentException.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /**
   * The faults still planned, in the order they were made; spent ones are gone.
   *
   * @return an unmodifiable snapshot
   */
  public List<Fault> active() {
    return List.copyOf(faults);
  }

  /** Removes every planned fault. */
  public void clear() {
    faults.clear();
  }

  /**
   * Applies the planned faults to a call before the org answers it; the router's first step.
   *
   * @param request the call
   * @return the answer to give instead of the org's, or empty to let the org answer
   * @throws dev.salescloud.model.error.TransportException when a fault drops the connection
   */
  public Optional<HttpResponse> apply(HttpRequest request) {
    InvalidArgumentException.requireNonNull(request, "request");
    String path = request.uri().getRawPath();
    if (path != null && VERSIONED.matcher(path).matches() && usage.exhausted()) {
      return Optional.of(LIMIT_EXCEEDED.render(usage.header()));
    }
    for (Fault fault : faults) {
      Optional<Injection> effect = fault.fire(request);
      if (fault.spent()) {
        faults.remove(fault);
      }
      if (effect.isPresent()) {
        Optional<HttpResponse> answer = effect.get().inject(request, this);
        if (answer.isPresent()) {
          return answer;
        }
      }
    }
    return Optional.empty();
  }

  void remove(Fault fault) {
    faults.remove(fault);
  }

  Sessions sessions() {
    return sessions;
  }

  ApiUsageCounter usage() {
    return usage;
  }

  Sleeper sleeper() {
    return sleeper;
  }

  private Fault add() {
    Fault fault = new Fault(this);
    faults.add(fault);
    return fault;
  }

  /** Counts the planned faults. */
  @Override
  public String toString() {
    return "Faults{" + faults.size() + " planned}";
  }
}
