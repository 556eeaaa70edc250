package dev.salescloud.auth;

import dev.salescloud.model.error.AuthenticationException;

/**
 * Where the client gets its access token. Implementations must be thread-safe.
 *
 * <p>The client calls {@link #token()} before each request and {@link #refresh(AccessToken)}
 * once when Salesforce answers {@code 401 INVALID_SESSION_ID}, then replays the request once with
 * the new token. Many threads may call {@code refresh} with the same rejected token at once;
 * implementations must then make a single token request and hand its result to all of them
 * ({@link RefreshingCredentials} does exactly that for any way of obtaining a token).
 *
 * <pre>{@code
 * CredentialsProvider fixed = StaticCredentials.of(token, URI.create("https://acme.my.salesforce.com"));
 * }</pre>
 */
public interface CredentialsProvider {

  /**
   * The token to use now; may be cached.
   *
   * @return the current token
   * @throws AuthenticationException if no token can be obtained
   */
  AccessToken token();

  /**
   * A new token after Salesforce rejected {@code rejected}. If another thread already replaced it,
   * the current token is returned without a new request.
   *
   * @param rejected the token Salesforce answered 401 to
   * @return a token different from {@code rejected}
   * @throws AuthenticationException if the token cannot be refreshed
   */
  AccessToken refresh(AccessToken rejected);
}
