package dev.salescloud.testkit.api;

import dev.salescloud.model.error.InvalidArgumentException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens an org has issued. A request is let in when its
 * {@code Authorization: Bearer <token>} names one of them and the session has not timed out.
 *
 * <p>Like Salesforce's session timeout, a session ends when it has not been used for the timeout
 * (two hours unless set), measured on the org's clock; each accepted request starts the period
 * again. Tokens issued under an OAuth grant carry the grant's label, so that revoking a refresh
 * token ends every session issued from it ({@link #revokeGrant(String)}).
 */
public final class Sessions {
  /** Salesforce's default session timeout, two hours. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(2);

  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> tokens = new ConcurrentHashMap<>();
  private final String orgId;
  private final Clock clock;
  private final Duration timeout;

  /**
   * Creates a registry with no tokens, the system clock and the default timeout.
   *
   * @param orgId the 15-character id of the org, the first part of every token
   */
  public Sessions(String orgId) {
    this(orgId, Clock.systemUTC(), DEFAULT_TIMEOUT);
  }

  /**
   * Creates a registry with no tokens whose sessions time out after a period without use.
   *
   * @param orgId the 15-character id of the org, the first part of every token
   * @param clock the org's clock, which measures the timeout
   * @param timeout how long a session lives without a request; positive
   */
  public Sessions(String orgId, Clock clock, Duration timeout) {
    this.orgId = InvalidArgumentException.requireNonNull(orgId, "orgId");
    this.clock = InvalidArgumentException.requireNonNull(clock, "clock");
    InvalidArgumentException.requireNonNull(timeout, "sessionTimeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new InvalidArgumentException(
          "sessionTimeout", "The session timeout must be positive, not " + timeout);
    }
    this.timeout = timeout;
  }

  /**
   * Issues a new token in Salesforce's shape, {@code <org id>!<secret>}.
   *
   * @return the token
   */
  public String issue() {
    return issue("");
  }

  /**
   * Issues a new token under an OAuth grant.
   *
   * @param grant a label shared by the tokens of one grant (a refresh token's family), or empty
   * @return the token, {@code <org id>!<secret>}
   */
  public String issue(String grant) {
    InvalidArgumentException.requireNonNull(grant, "grant");
    StringBuilder token = new StringBuilder(orgId).append('!');
    for (int i = 0; i < 96; i++) {
      token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    String value = token.toString();
    tokens.put(value, new Session(grant, clock.instant()));
    return value;
  }

  /**
   * Ends a session: the token is refused from now on.
   *
   * @param token the token to revoke
   * @return true when the org had issued the token and not yet revoked it
   */
  public boolean revoke(String token) {
    return tokens.remove(token) != null;
  }

  /**
   * Ends every session issued under a grant.
   *
   * @param grant the grant's label; the empty label ends nothing
   */
  public void revokeGrant(String grant) {
    if (!grant.isEmpty()) {
      tokens.values().removeIf(session -> session.grant.equals(grant));
    }
  }

  /**
   * Tells whether a token was issued, not revoked and not timed out; a valid token's session
   * starts its timeout period again.
   *
   * @param token the token
   * @return true when requests may use it
   */
  public boolean isValid(String token) {
    Instant now = clock.instant();
    Session session =
        tokens.computeIfPresent(
            token,
            (key, s) -> s.lastUsed.plus(timeout).isAfter(now) ? new Session(s.grant, now) : null);
    return session != null;
  }

  /** Describes this by names and counts, never by record values. */

  @Override
  public String toString() {
    return "Sessions{" + tokens.size() + " tokens, timeout=" + timeout + "}";
  }

  /** One session: the grant it was issued under and when it was last used. */
  private static final class Session {
    private final String grant;
    private final Instant lastUsed;

    private Session(String grant, Instant lastUsed) {
      this.grant = grant;
      this.lastUsed = lastUsed;
    }
  }
}
