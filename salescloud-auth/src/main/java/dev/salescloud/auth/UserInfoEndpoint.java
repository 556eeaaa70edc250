package dev.salescloud.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.TransportException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Reads who a token belongs to, with the token as bearer: from Salesforce's OpenID Connect UserInfo
 * endpoint, {@code GET {instanceUrl}/services/oauth2/userinfo} (needs the {@code openid} scope), or
 * from the token's identity URL, the {@code id} of the token response (needs the {@code id} or
 * {@code api} scope). Both answer the user and org ids, username, time zone and locale.
 * Thread-safe.
 *
 * <pre>{@code
 * UserInfo me = UserInfoEndpoint.create().read(credentials.token());
 * UserInfo same = UserInfoEndpoint.create().readIdentity(credentials.token());
 * }</pre>
 */
public final class UserInfoEndpoint {
  static final String PATH = "/services/oauth2/userinfo";

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final Duration timeout;

  private UserInfoEndpoint(HttpClient http, Duration timeout) {
    this.http = http;
    this.timeout = timeout;
  }

  /**
   * An endpoint over a new JDK {@link HttpClient} with a 30-second timeout.
   *
   * @return the endpoint
   */
  public static UserInfoEndpoint create() {
    return of(HttpClient.newBuilder().connectTimeout(DEFAULT_TIMEOUT).build(), DEFAULT_TIMEOUT);
  }

  /**
   * An endpoint over the given {@link HttpClient}.
   *
   * @param http the HTTP client
   * @param timeout the time to wait for each answer
   * @return the endpoint
   */
  public static UserInfoEndpoint of(HttpClient http, Duration timeout) {
    InvalidArgumentException.requireNonNull(http, "httpClient");
    InvalidArgumentException.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new InvalidArgumentException("timeout", "timeout must be positive, not " + timeout);
    }
    return new UserInfoEndpoint(http, timeout);
  }

  /**
   * Reads the token's user at {@code GET {instanceUrl}/services/oauth2/userinfo}.
   *
   * @param token the access token; its instance URL is the host asked
   * @return the user
   * @throws AuthenticationException if Salesforce answers 401 or 403 (the token expired, was
   *     revoked, or lacks the {@code openid}, {@code id} or {@code api} scope)
   * @throws TransportException if the exchange fails or the answer is not the UserInfo JSON
   */
  public UserInfo read(AccessToken token) {
    InvalidArgumentException.requireNonNull(token, "token");
    String base = token.instanceUrl().toString().replaceAll("/+$", "");
    return get(token, URI.create(base + PATH), PATH);
  }

  /**
   * Reads the token's user at its identity URL, {@code GET {id}}, e.g. {@code
   * https://login.salesforce.com/id/00D.../005...}.
   *
   * @param token an access token from a token response, which carries the identity URL
   * @return the user
   * @throws InvalidArgumentException if the token has no identity URL (a token built by hand);
   *     use {@link #read(AccessToken)} for those
   * @throws AuthenticationException if Salesforce answers 401 or 403 (the token expired, was
   *     revoked, or lacks the {@code id} or {@code api} scope)
   * @throws TransportException if the exchange fails or the answer is not the identity JSON
   */
  public UserInfo readIdentity(AccessToken token) {
    InvalidArgumentException.requireNonNull(token, "token");
    URI identity =
        token.identityUrl()
            .orElseThrow(
                () -> new InvalidArgumentException(
                    "token",
                    "token has no identity URL: only tokens read from a token response carry"
                        + " one; read(token) asks the UserInfo endpoint instead"));
    return get(token, identity, "the identity URL");
  }

  private UserInfo get(AccessToken token, URI url, String what) {
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(timeout)
        .header("Authorization", "Bearer " + token.value())
        .header("Accept", "application/json")
        .GET()
        .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new TransportException(
          "GET " + what + " at " + url.getHost() + " failed: " + e.getClass().getSimpleName(), true, -1, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("GET " + what + " at " + url.getHost() + " was interrupted", true, -1, null);
    }
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      throw new AuthenticationException(status,
          List.of(ApiError.of("INVALID_SESSION_ID",
              "The token was refused: it expired or was revoked, or the app lacks the openid, id"
                  + " or api scope; refresh the credentials or add the scope")),
          "GET", url.getPath(), "");
    }
    if (status != 200) {
      throw new TransportException(
          "GET " + what + " answered " + status + " instead of the user's info", true, status, null);
    }
    try {
      return TokenEndpoint.MAPPER.readValue(response.body(), UserInfo.class);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new TransportException(
          "GET " + what + " answered 200 with a body that is not the user's info JSON ("
              + e.getClass().getSimpleName() + ")", true, status, null);
    }
  }

  /** Shows the path. */
  @Override
  public String toString() {
    return "UserInfoEndpoint{" + PATH + "}";
  }
}
