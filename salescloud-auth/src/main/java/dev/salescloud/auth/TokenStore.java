package dev.salescloud.auth;

import dev.salescloud.model.error.InvalidArgumentException;

/**
 * Where a refresh token is kept between uses. Salesforce may rotate refresh tokens: when a token
 * response carries a new one, it replaces the old one here, so that an application that keeps its
 * refresh token in a vault or a database can persist the new token at once.
 *
 * <p>Implementations must be thread-safe; {@link #inMemory(String)} is the default.
 *
 * <pre>{@code
 * TokenStore store = new TokenStore() {
 *   public String refreshToken() { return vault.read("sf-refresh-token"); }
 *   public void saveRefreshToken(String token) { vault.write("sf-refresh-token", token); }
 * };
 * }</pre>
 */
public interface TokenStore {

  /**
   * The current refresh token.
   *
   * @return the refresh token; never blank
   */
  String refreshToken();

  /**
   * Replaces the refresh token after Salesforce issued a new one.
   *
   * @param refreshToken the new refresh token
   */
  void saveRefreshToken(String refreshToken);

  /**
   * A store that keeps the refresh token in memory; its {@code toString()} never shows the token.
   *
   * @param refreshToken the initial refresh token
   * @return the store
   * @throws InvalidArgumentException if the token is blank
   */
  static TokenStore inMemory(String refreshToken) {
    return new InMemoryTokenStore(refreshToken);
  }
}
