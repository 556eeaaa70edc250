package dev.salescloud.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.RateLimitException;
import dev.salescloud.model.error.SalesCloudException;
import dev.salescloud.model.error.TransportException;
import dev.salescloud.model.json.SalesCloudJackson;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A client for Salesforce's OAuth token endpoint, {@code POST {host}/services/oauth2/token}: it
 * sends a grant as an {@code application/x-www-form-urlencoded} UTF-8 form and reads the {@link
 * TokenResponse}. The credentials of {@code dev.salescloud.auth.flow} use it; use it directly for a
 * grant they do not cover.
 *
 * <h2>Errors</h2>
 *
 * <p>Salesforce's {@code {"error","error_description"}} answers become exceptions whose message
 * says what to do next:
 *
 * <ul>
 *   <li>{@code rate_limit_exceeded}: {@link RateLimitException};
 *   <li>{@code invalid_grant}, {@code invalid_client_id}, {@code invalid_client}, {@code
 *       unsupported_grant_type}, {@code invalid_request}, {@code inactive_user}, {@code
 *       inactive_org} and any other code: {@link AuthenticationException}, whose {@code
 *       errorCode()} is Salesforce's {@code error};
 *   <li>an answer that is not JSON (an HTML page from a proxy, an empty 502), or a failed
 *       connection: {@link TransportException}, with an excerpt of the answer.
 * </ul>
 *
 * <p>{@link #revoke(String)} revokes a token at {@code POST {host}/services/oauth2/revoke}.
 *
 * <p>No secret of the form (client secret, refresh token, assertion, password, code) ever appears
 * in a message. Thread-safe.
 *
 * <pre>{@code
 * TokenEndpoint endpoint = TokenEndpoint.of(LoginHost.myDomain("acme"));
 * TokenResponse response = endpoint.requestToken(Map.of(
 *     "grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret));
 * }</pre>
 */
public final class TokenEndpoint {
  /** The token endpoint's path. */
  static final String TOKEN_PATH = "/services/oauth2/token";

  /** The revocation endpoint's path. */
  static final String REVOKE_PATH = "/services/oauth2/revoke";

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  private static final int EXCERPT = 200;
  private static final Set<String> SECRET_KEYS =
      Set.of("client_secret", "refresh_token", "assertion", "password", "code", "code_verifier", "token");
  /** The one JSON mapper of the auth module. */
  static final ObjectMapper MAPPER = SalesCloudJackson.newObjectMapper();

  private final LoginHost host;
  private final HttpClient http;
  private final Duration timeout;

  private TokenEndpoint(LoginHost host, HttpClient http, Duration timeout) {
    this.host = host;
    this.http = http;
    this.timeout = timeout;
  }

  /**
   * The token endpoint of a host, over a new JDK {@link HttpClient} with a 30-second timeout.
   *
   * @param host the authorization server
   * @return the endpoint
   */
  public static TokenEndpoint of(LoginHost host) {
    return of(
        host,
        HttpClient.newBuilder().connectTimeout(DEFAULT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build(),
        DEFAULT_TIMEOUT);
  }

  /**
   * The token endpoint of a host, over the given {@link HttpClient}.
   *
   * @param host the authorization server
   * @param http the HTTP client; redirects should not be followed
   * @param timeout the time to wait for each answer
   * @return the endpoint
   */
  public static TokenEndpoint of(LoginHost host, HttpClient http, Duration timeout) {
    InvalidArgumentException.requireNonNull(host, "loginHost");
    InvalidArgumentException.requireNonNull(http, "httpClient");
    InvalidArgumentException.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new InvalidArgumentException("timeout", "timeout must be positive, not " + timeout);
    }
    return new TokenEndpoint(host, http, timeout);
  }

  /**
   * The authorization server.
   *
   * @return the host
   */
  public LoginHost host() {
    return host;
  }

  /**
   * Sends a grant to {@code POST {host}/services/oauth2/token} and reads the answer.
   *
   * @param form the form parameters, such as {@code grant_type} and {@code client_id}; sent in
   *     iteration order
   * @return the token response; when the form carries {@code client_secret} and the response a
   *     {@code signature}, the signature has been verified ({@link
   *     TokenResponse#verifySignature(String)})
   * @throws AuthenticationException if Salesforce refuses the grant, or the signature does not
   *     match
   * @throws RateLimitException if Salesforce answers {@code rate_limit_exceeded}
   * @throws TransportException if the exchange fails or the answer is not Salesforce's JSON
   */
  public TokenResponse requestToken(Map<String, String> form) {
    InvalidArgumentException.requireNonNull(form, "form");
    Map<String, String> ordered = new LinkedHashMap<>(form);
    HttpResponse<String> response = post(TOKEN_PATH, ordered);
    JsonNode json = readJson(response, ordered);
    if (response.statusCode() == 200 && json.hasNonNull("access_token")) {
      TokenResponse token;
      try {
        token = MAPPER.treeToValue(json, TokenResponse.class);
      } catch (JsonProcessingException | SalesCloudException e) {
        throw new TransportException(
            "POST " + TOKEN_PATH + " answered 200 with a token response that cannot be read: "
                + scrub(e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage()), ordered),
            true, 200, null);
      }
      String type = token.tokenType().orElse("Bearer");
      if (!type.equalsIgnoreCase("Bearer")) {
        throw new AuthenticationException(
            200,
            List.of(ApiError.of("unsupported_token_type",
                "The token endpoint issued a '" + type + "' token; only Bearer tokens are supported"
                    + " (turn off DPoP binding for this app)")),
            "POST", TOKEN_PATH, "");
      }
      String secret = form.get("client_secret");
      if (secret != null && token.signature().isPresent()) {
        token.verifySignature(secret);
      }
      return token;
    }
    throw failure(response.statusCode(), json, ordered, TOKEN_PATH);
  }

  /**
   * Revokes an access token or a refresh token at {@code POST {host}/services/oauth2/revoke}.
   * Revoking a refresh token also revokes the access tokens issued from it; use it to log out.
   *
   * @param token the access or refresh token to revoke
   * @throws AuthenticationException if Salesforce answers {@code invalid_token} (already revoked,
   *     expired or unknown) or {@code unsupported_token_type}
   * @throws TransportException if the exchange fails or the answer is not Salesforce's
   */
  public void revoke(String token) {
    InvalidArgumentException.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new InvalidArgumentException("token", "The token to revoke must not be blank");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", token);
    HttpResponse<String> response = post(REVOKE_PATH, form);
    if (response.statusCode() == 200) {
      return;
    }
    throw failure(response.statusCode(), readJson(response, form), form, REVOKE_PATH);
  }

  HttpResponse<String> post(String path, Map<String, String> form) {
    HttpRequest request =
        HttpRequest.newBuilder(host.resolve(path))
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form), StandardCharsets.UTF_8))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new TransportException(
          "POST " + path + " to " + host.baseUrl() + " failed: " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : " " + scrub(e.getMessage(), form)),
          true, -1, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(
          "POST " + path + " to " + host.baseUrl() + " was interrupted", true, -1, null);
    }
  }

  JsonNode readJson(HttpResponse<String> response, Map<String, String> form) {
    String body = response.body() == null ? "" : response.body();
    try {
      JsonNode json = MAPPER.readTree(body);
      if (json != null && json.isObject()) {
        return json;
      }
    } catch (JsonProcessingException e) {
      // not JSON: reported below with an excerpt
    }
    String path = response.request().uri().getPath();
    throw new TransportException(
        "POST " + path + " answered " + response.statusCode() + " with "
            + response.headers().firstValue("Content-Type").orElse("no content type")
            + " that is not Salesforce's OAuth JSON (check the host is a Salesforce login host or"
            + " My Domain): " + excerpt(body, form),
        true, response.statusCode(), null);
  }

  SalesCloudException failure(int status, JsonNode json, Map<String, String> form, String path) {
    if (!json.hasNonNull("error")) {
      return new TransportException(
          "POST " + path + " answered " + status + " without an access_token or an error: "
              + excerpt(json.toString(), form),
          true, status, null);
    }
    String code = json.get("error").asText();
    String description = scrub(json.path("error_description").asText(""), form);
    String message = description + (description.isEmpty() ? "" : " — ") + advice(code, description);
    List<ApiError> errors = List.of(ApiError.of(code, message));
    if (code.equalsIgnoreCase("rate_limit_exceeded")) {
      return new RateLimitException(status, errors, "POST", path);
    }
    return new AuthenticationException(status, errors, "POST", path, "");
  }

  /** What to do next about an OAuth error, by code and Salesforce's description. */
  static String advice(String code, String description) {
    String d = description.toLowerCase(Locale.ROOT);
    switch (code.toLowerCase(Locale.ROOT)) {
      case "invalid_grant":
        if (d.contains("expired") || d.contains("revoked")) {
          return "the refresh token (or code) expired or was revoked: authorize the app again to get"
              + " a new one, and check the app's refresh token policy";
        }
        if (d.contains("approved")) {
          return "the user is not pre-authorized for the app: set Permitted Users to 'Admin approved"
              + " users are pre-authorized' and assign the app to the user's profile or a"
              + " permission set";
        }
        if (d.contains("audience")) {
          return "the JWT 'aud' must be the login host: https://login.salesforce.com for"
              + " production, https://test.salesforce.com for sandboxes, or the site URL";
        }
        if (d.contains("not supported on this domain")) {
          return "this flow needs the org's My Domain host (https://<domain>.my.salesforce.com), not"
              + " login.salesforce.com or test.salesforce.com";
        }
        if (d.contains("ip restricted") || d.contains("login hours")) {
          return "the login came from an IP address or at a time the user's profile or the app's IP"
              + " relaxation policy forbids: relax IP restrictions for the app or log in from an"
              + " allowed network";
        }
        if (d.contains("authorization code")) {
          return "authorization codes are single-use and short-lived: start the authorization again";
        }
        if (d.contains("authentication failure")) {
          return "check the username, password and security token, and whether the org blocks this"
              + " flow (Login History shows why)";
        }
        return "the grant was refused: check the user, the app's policies and the grant's values,"
            + " then obtain a new grant";
      case "invalid_client_id":
        return "the client id (consumer key) is not known on this host: check the key, and that the"
            + " app lives in this org (production vs sandbox host)";
      case "invalid_client":
        return "the client secret (consumer secret) is wrong, or the app requires a secret that was"
            + " not sent";
      case "unsupported_grant_type":
        return "post to the right host over https (a Salesforce login host or My Domain) as"
            + " application/x-www-form-urlencoded, and enable this flow for the app";
      case "invalid_request":
        return "a required parameter is missing or malformed: check the grant's parameters";
      case "inactive_user":
        return "the user is inactive or frozen: an administrator must activate the user";
      case "inactive_org":
        return "the org is locked, expired or deleted: check the org's status";
      case "invalid_token":
        return "the token is unknown, expired or already revoked: nothing is left to revoke";
      case "unsupported_token_type":
        return "only access tokens and refresh tokens can be revoked";
      case "rate_limit_exceeded":
        return "too many token requests: back off and reuse tokens instead of requesting new ones";
      default:
        return "the authorization server refused the request";
    }
  }

  static String encode(Map<String, String> form) {
    List<String> pairs = new ArrayList<>();
    for (Map.Entry<String, String> e : form.entrySet()) {
      pairs.add(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return String.join("&", pairs);
  }

  /** Replaces every secret value of the form in {@code text}, plain or form-encoded. */
  static String scrub(String text, Map<String, String> form) {
    String result = text;
    for (Map.Entry<String, String> e : form.entrySet()) {
      String value = e.getValue();
      if (SECRET_KEYS.contains(e.getKey()) && value != null && !value.isEmpty()) {
        result = result.replace(value, "<redacted>")
            .replace(URLEncoder.encode(value, StandardCharsets.UTF_8), "<redacted>");
      }
    }
    return result;
  }

  private static String excerpt(String body, Map<String, String> form) {
    String text = scrub(body, form).replaceAll("\\s+", " ").trim();
    if (text.isEmpty()) {
      return "(empty body)";
    }
    return "'" + (text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text) + "'";
  }

  private static String firstLine(String message) {
    return message.lines().findFirst().orElse("");
  }

  /** Shows the host. */
  @Override
  public String toString() {
    return "TokenEndpoint{" + host.baseUrl() + TOKEN_PATH + "}";
  }
}
