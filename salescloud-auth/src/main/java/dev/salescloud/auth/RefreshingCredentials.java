package dev.salescloud.auth;

import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.InvalidArgumentException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Credentials that obtain tokens themselves and cache them, with single-flight refresh: however
 * many threads need a token at the same moment, exactly one token request is made and every
 * thread gets its result. A failed request fails every waiting thread with the same cause and
 * leaves nothing cached, so the next call tries again.
 *
 * <h2>Proactive refresh</h2>
 *
 * <p>Salesforce sends no {@code expires_in}: an access token lives as long as the org's session
 * timeout (Setup → Session Settings, two hours by default). When that timeout is known, pass it to
 * {@link #RefreshingCredentials(Duration, Clock)} (every flow's builder has {@code
 * sessionTimeout(..)}) and a token is replaced before it expires — a tenth of the timeout ahead, at
 * most five minutes — measured from when the token arrived. Without it, tokens are replaced when
 * the client reports a 401 through {@link #refresh(AccessToken)}.
 *
 * <p>Subclasses implement {@link #fetchToken()}: a refresh-token grant, a JWT bearer grant, a
 * client-credentials grant, or anything else that yields a token.
 *
 * <pre>{@code
 * CredentialsProvider credentials = new RefreshingCredentials() {
 *   protected AccessToken fetchToken() { return myVault.currentSalesforceToken(); }
 * };
 * }</pre>
 */
public abstract class RefreshingCredentials implements CredentialsProvider {
  private static final Duration MAX_MARGIN = Duration.ofMinutes(5);

  private final ReentrantLock lock = new ReentrantLock();
  private final Optional<Duration> lifetime;
  private final Clock clock;
  private volatile AccessToken current;
  private volatile Instant replaceAt = Instant.MAX;

  /** For subclasses whose tokens are replaced only when the client reports a 401. */
  protected RefreshingCredentials() {
    this.lifetime = Optional.empty();
    this.clock = Clock.systemUTC();
  }

  /**
   * For subclasses whose tokens are also replaced ahead of the org's session timeout.
   *
   * @param sessionTimeout the org's session timeout, at least one minute
   * @param clock the clock that decides when a token is due
   * @throws InvalidArgumentException if the timeout is shorter than a minute or an argument is null
   */
  protected RefreshingCredentials(Duration sessionTimeout, Clock clock) {
    InvalidArgumentException.requireNonNull(sessionTimeout, "sessionTimeout");
    this.clock = InvalidArgumentException.requireNonNull(clock, "clock");
    if (sessionTimeout.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new InvalidArgumentException(
          "sessionTimeout",
          "sessionTimeout must be at least one minute, not " + sessionTimeout
              + "; use the value of the org's Session Settings (15 minutes to 24 hours)");
    }
    Duration margin = sessionTimeout.dividedBy(10);
    this.lifetime =
        Optional.of(sessionTimeout.minus(margin.compareTo(MAX_MARGIN) > 0 ? MAX_MARGIN : margin));
  }

  /**
   * Obtains a new token; called under the single-flight lock, so never concurrently.
   *
   * @return a fresh token
   * @throws AuthenticationException if no token can be obtained
   */
  protected abstract AccessToken fetchToken();

  /** The cached token, fetched on first use and again when the session timeout is near. */
  @Override
  public AccessToken token() {
    AccessToken token = current;
    if (token != null && !due()) {
      return token;
    }
    lock.lock();
    try {
      if (current == null || due()) {
        replace();
      }
      return current;
    } finally {
      lock.unlock();
    }
  }

  /** Fetches a new token unless another thread already replaced {@code rejected}. */
  @Override
  public AccessToken refresh(AccessToken rejected) {
    lock.lock();
    try {
      AccessToken token = current;
      if (token != null && !token.equals(rejected)) {
        return token;
      }
      replace();
      return current;
    } finally {
      lock.unlock();
    }
  }

  private boolean due() {
    return !clock.instant().isBefore(replaceAt);
  }

  /** Fetches a token under the lock; on failure nothing stays cached. */
  private void replace() {
    current = null;
    replaceAt = Instant.MAX;
    AccessToken token = Objects.requireNonNull(fetchToken(), "fetchToken() returned null");
    replaceAt = lifetime.map(l -> clock.instant().plus(l)).orElse(Instant.MAX);
    current = token;
  }
}
