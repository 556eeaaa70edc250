package dev.salescloud.auth;

import dev.salescloud.model.error.InvalidArgumentException;

/** The in-memory {@link TokenStore}. */
final class InMemoryTokenStore implements TokenStore {
  private volatile String refreshToken;

  InMemoryTokenStore(String refreshToken) {
    this.refreshToken = requireToken(refreshToken);
  }

  /** Returns the current refresh token. */
  @Override
  public String refreshToken() {
    return refreshToken;
  }

  /** Replaces the refresh token. */
  @Override
  public void saveRefreshToken(String refreshToken) {
    this.refreshToken = requireToken(refreshToken);
  }

  private static String requireToken(String token) {
    InvalidArgumentException.requireNonNull(token, "refreshToken");
    if (token.isBlank()) {
      throw new InvalidArgumentException("refreshToken", "The refresh token must not be blank");
    }
    return token;
  }

  /** Says the token is kept in memory, never the token. */
  @Override
  public String toString() {
    return "TokenStore{inMemory, refreshToken=<redacted>}";
  }
}
