package dev.salescloud.testkit.oauth;

import dev.salescloud.testkit.api.Sessions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The refresh tokens an org has issued. Each starts a family: the access tokens issued from it,
 * and the refresh tokens that replace it when the app rotates them, share the family's label, so
 * that revoking any of them ends them all.
 */
final class RefreshTokens {
  private final Map<String, Grant> tokens = new HashMap<>();
  private final Sessions sessions;

  RefreshTokens(Sessions sessions) {
    this.sessions = sessions;
  }

  /** What a refresh token grants. */
  record Grant(String token, String family, String scope) {
    /** Shows the scope, never the token. */
    @Override
    public String toString() {
      return "Grant{scope=" + scope + "}";
    }
  }

  /** A new refresh token and family for a scope. */
  synchronized Grant issue(String scope) {
    return put(Secrets.random("", 24), scope);
  }

  /**
   * The grant of a refresh token; with rotation, the token is retired and the returned grant
   * carries its replacement.
   */
  synchronized Grant redeem(String token, boolean rotate) {
    Grant grant = tokens.get(token);
    if (grant == null) {
      throw OAuthError.invalidGrant("expired access/refresh token");
    }
    if (!rotate) {
      return grant;
    }
    tokens.remove(token);
    return put(grant.family(), grant.scope());
  }

  /** Revokes a refresh token and every token of its family; empty when it is not one. */
  synchronized Optional<Grant> revoke(String token) {
    Grant grant = tokens.get(token);
    if (grant == null) {
      return Optional.empty();
    }
    tokens.values().removeIf(g -> g.family().equals(grant.family()));
    sessions.revokeGrant(grant.family());
    return Optional.of(grant);
  }

  private Grant put(String family, String scope) {
    Grant grant = new Grant(Secrets.random("5Aep861", 80), family, scope);
    tokens.put(grant.token(), grant);
    return grant;
  }

  /** Counts the tokens, never shows them. */
  @Override
  public synchronized String toString() {
    return "RefreshTokens{" + tokens.size() + "}";
  }
}
