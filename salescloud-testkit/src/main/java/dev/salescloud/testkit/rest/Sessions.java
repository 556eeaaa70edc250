package dev.salescloud.testkit.rest;

import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens an org has issued. A request is let in when its
 * {@code Authorization: Bearer <token>} names one of them.
 */
public final class Sessions {
  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private final SecureRandom random = new SecureRandom();
  private final Set<String> tokens = ConcurrentHashMap.newKeySet();
  private final String orgId;

  /**
   * Creates a registry with no tokens.
   *
   * @param orgId the 15-character id of the org, the first part of every token
   */
  public Sessions(String orgId) {
    this.orgId = orgId;
  }

  /**
   * Issues a new token in Salesforce's shape, {@code <org id>!<secret>}.
   *
   * @return the token
   */
  public String issue() {
    StringBuilder token = new StringBuilder(orgId).append('!');
    for (int i = 0; i < 96; i++) {
      token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    String value = token.toString();
    tokens.add(value);
    return value;
  }

  /**
   * Ends a session: the token is refused from now on.
   *
   * @param token the token to revoke
   */
  public void revoke(String token) {
    tokens.remove(token);
  }

  /**
   * Tells whether a token was issued and not revoked.
   *
   * @param token the token
   * @return true when requests may use it
   */
  public boolean isValid(String token) {
    return tokens.contains(token);
  }

  /** Describes this by names and counts, never by record values. */

  @Override
  public String toString() {
    return "Sessions{" + tokens.size() + " tokens}";
  }
}
