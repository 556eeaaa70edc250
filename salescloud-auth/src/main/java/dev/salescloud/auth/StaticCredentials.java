package dev.salescloud.auth;

import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.InvalidArgumentException;
import java.net.URI;
import java.util.List;

/**
 * A fixed access token, for scripts and tests: it is used as given and cannot be refreshed, so an
 * expired token surfaces as an {@link AuthenticationException}.
 *
 * <pre>{@code
 * CredentialsProvider credentials =
 *     StaticCredentials.of(System.getenv("SF_ACCESS_TOKEN"), URI.create("https://acme.my.salesforce.com"));
 * }</pre>
 */
public final class StaticCredentials implements CredentialsProvider {
  private final AccessToken token;

  private StaticCredentials(AccessToken token) {
    this.token = token;
  }

  /**
   * Credentials that always return this token.
   *
   * @param token the token
   * @return the credentials
   */
  public static StaticCredentials of(AccessToken token) {
    return new StaticCredentials(InvalidArgumentException.requireNonNull(token, "token"));
  }

  /**
   * Credentials that always return this token for this instance.
   *
   * @param accessToken the bearer token
   * @param instanceUrl the org's instance URL
   * @return the credentials
   */
  public static StaticCredentials of(String accessToken, URI instanceUrl) {
    return of(AccessToken.of(accessToken, instanceUrl));
  }

  /** Returns the fixed token. */
  @Override
  public AccessToken token() {
    return token;
  }

  /**
   * A fixed token cannot be refreshed.
   *
   * @throws AuthenticationException always, saying the session expired
   */
  @Override
  public AccessToken refresh(AccessToken rejected) {
    throw new AuthenticationException(
        401,
        List.of(
            ApiError.of(
                "INVALID_SESSION_ID",
                "Session expired or invalid, and a static access token cannot be refreshed; use"
                    + " refreshing credentials (refresh token, JWT bearer, client credentials)")),
        "REFRESH",
        "credentials",
        "");
  }

  /** Shows the token's fingerprint, never the token. */
  @Override
  public String toString() {
    return "StaticCredentials{" + token + "}";
  }
}
