package dev.salescloud.auth.flow;

import dev.salescloud.auth.LoginHost;
import dev.salescloud.auth.TokenEndpoint;
import dev.salescloud.auth.TokenResponse;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.RateLimitException;
import dev.salescloud.model.error.TransportException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authorization code flow with PKCE (the web server flow): send the user to Salesforce's
 * authorize page, receive the code on the callback URL, and exchange it for tokens.
 *
 * <ol>
 *   <li>{@link #start()} creates a random {@code state} and PKCE code verifier and the authorize
 *       URL ({@code GET {host}/services/oauth2/authorize?response_type=code&client_id=..
 *       &redirect_uri=..&scope=..&state=..&code_challenge=..&code_challenge_method=S256});
 *   <li>the user logs in and Salesforce redirects to {@code redirect_uri?code=..&state=..};
 *   <li>{@link #exchange(AuthorizationRequest, URI)} checks the {@code state} and posts the code
 *       with the code verifier ({@code grant_type=authorization_code}).
 * </ol>
 *
 * <p>The app needs the callback URL registered, "Require Proof Key for Code Exchange" may be on,
 * and the {@code refresh_token} scope gives a refresh token for {@link RefreshTokenCredentials}.
 *
 * <pre>{@code
 * AuthorizationCodeFlow flow = AuthorizationCodeFlow.builder()
 *     .loginHost(LoginHost.PRODUCTION).clientId(clientId)
 *     .redirectUri(URI.create("http://localhost:8080/callback"))
 *     .scopes(OAuthScope.API, OAuthScope.REFRESH_TOKEN).build();
 * AuthorizationRequest request = flow.start();
 * openBrowser(request.authorizeUrl());
 * TokenResponse tokens = flow.exchange(request, callbackUri);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class AuthorizationCodeFlow {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final LoginHost host;
  private final TokenEndpoint endpoint;
  private final String clientId;
  private final Optional<String> clientSecret;
  private final URI redirectUri;
  private final List<String> scopes;
  private final Optional<String> prompt;

  private AuthorizationCodeFlow(Builder builder) {
    this.host = builder.host;
    this.endpoint = builder.endpoint();
    this.clientId = builder.clientId;
    this.clientSecret = Optional.ofNullable(builder.clientSecret);
    this.redirectUri = builder.redirectUri;
    this.scopes = List.copyOf(builder.scopes);
    this.prompt = Optional.ofNullable(builder.prompt);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The PKCE S256 code challenge of a code verifier: base64url(SHA-256(verifier)) without padding.
   *
   * @param codeVerifier the verifier
   * @return the challenge
   */
  public static String codeChallenge(String codeVerifier) {
    InvalidArgumentException.requireNonNull(codeVerifier, "codeVerifier");
    try {
      return BASE64URL.encodeToString(
          MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  /**
   * Starts an authorization: a new random state and code verifier, and the authorize URL to send
   * the user to.
   *
   * @return the request; keep it until the callback arrives
   */
  public AuthorizationRequest start() {
    String state = random();
    String verifier = random();
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", clientId);
    query.put("redirect_uri", redirectUri.toString());
    if (!scopes.isEmpty()) {
      query.put("scope", String.join(" ", scopes));
    }
    query.put("state", state);
    query.put("code_challenge", codeChallenge(verifier));
    query.put("code_challenge_method", "S256");
    prompt.ifPresent(p -> query.put("prompt", p));
    List<String> pairs = new ArrayList<>();
    query.forEach((k, v) -> pairs.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
    URI url = URI.create(host.baseUrl() + "/services/oauth2/authorize?" + String.join("&", pairs));
    return new AuthorizationRequest(url, state, verifier);
  }

  /**
   * Finishes an authorization: reads the callback URL Salesforce redirected to, checks its {@code
   * state} against the request's, and exchanges the code at {@code POST
   * {host}/services/oauth2/token} with the code verifier.
   *
   * @param request the request {@link #start()} returned
   * @param callback the full callback URL, with its query string
   * @return the token response, with a refresh token when the scopes allow one
   * @throws AuthenticationException if the user denied access, the state does not match (a forged
   *     callback), the code is missing or refused, or the signature does not match
   * @throws RateLimitException if Salesforce answers {@code rate_limit_exceeded}
   * @throws TransportException if the exchange fails
   */
  public TokenResponse exchange(AuthorizationRequest request, URI callback) {
    InvalidArgumentException.requireNonNull(request, "request");
    InvalidArgumentException.requireNonNull(callback, "callback");
    Map<String, String> params = query(callback);
    if (params.containsKey("error")) {
      throw refused(params.get("error"), params.getOrDefault("error_description", "")
          + " — the user or Salesforce refused the authorization; start again");
    }
    String state = params.getOrDefault("state", "");
    if (!MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8), request.state().getBytes(StandardCharsets.UTF_8))) {
      throw refused("state_mismatch",
          "The callback's state does not match the authorization request's: the callback may be forged"
              + " (cross-site request forgery) or belong to another login; start again");
    }
    String code = params.get("code");
    if (code == null || code.isBlank()) {
      throw refused("invalid_request", "The callback carries no authorization code");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("client_id", clientId);
    clientSecret.ifPresent(secret -> form.put("client_secret", secret));
    form.put("redirect_uri", redirectUri.toString());
    form.put("code_verifier", request.codeVerifier());
    TokenResponse response = endpoint.requestToken(form);
    return response;
  }

  private static AuthenticationException refused(String code, String message) {
    return new AuthenticationException(
        400, List.of(ApiError.of(code, message)), "GET", "/services/oauth2/authorize", "");
  }

  private static Map<String, String> query(URI callback) {
    Map<String, String> params = new LinkedHashMap<>();
    String raw = callback.getRawQuery();
    if (raw == null) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return BASE64URL.encodeToString(bytes);
  }

  /** Shows host, client id and callback; never the secret. */
  @Override
  public String toString() {
    return "AuthorizationCodeFlow{host=" + host.baseUrl() + ", clientId=" + clientId + ", redirectUri="
        + redirectUri + ", scopes=" + scopes + "}";
  }

  /** A started authorization: the URL to send the user to, and the state and verifier to keep. */
  public static final class AuthorizationRequest {
    private final URI authorizeUrl;
    private final String state;
    private final String codeVerifier;

    AuthorizationRequest(URI authorizeUrl, String state, String codeVerifier) {
      this.authorizeUrl = authorizeUrl;
      this.state = state;
      this.codeVerifier = codeVerifier;
    }

    /**
     * The authorize URL to open in the user's browser.
     *
     * @return the URL
     */
    public URI authorizeUrl() {
      return authorizeUrl;
    }

    /**
     * The random {@code state} the callback must carry back.
     *
     * @return the state
     */
    public String state() {
      return state;
    }

    /**
     * The PKCE code verifier, sent with the code exchange. Keep it secret.
     *
     * @return the verifier
     */
    public String codeVerifier() {
      return codeVerifier;
    }

    /** Shows the state, never the verifier. */
    @Override
    public String toString() {
      return "AuthorizationRequest{state=" + state + ", codeVerifier=<redacted>}";
    }
  }

  /** Builds an {@link AuthorizationCodeFlow}: login host, client id and redirect URI are required. */
  public static final class Builder extends FlowBuilder<Builder> {
    @Override
    Builder self() {
      return this;
    }
    private String clientSecret;
    private URI redirectUri;
    private List<String> scopes = List.of();
    private String prompt;

    Builder() {}



    /**
     * The app's client secret, when the app requires one for the code exchange; it also enables
     * the signature check.
     *
     * @param clientSecret the secret
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Flows.requireText(clientSecret, "clientSecret");
      return this;
    }

    /**
     * The callback URL registered on the app.
     *
     * @param redirectUri an absolute URL, for example {@code http://localhost:8080/callback}
     * @return this builder
     */
    public Builder redirectUri(URI redirectUri) {
      InvalidArgumentException.requireNonNull(redirectUri, "redirectUri");
      if (!redirectUri.isAbsolute()) {
        throw new InvalidArgumentException("redirectUri",
            "redirectUri must be an absolute URL registered on the app, not '" + redirectUri + "'");
      }
      this.redirectUri = redirectUri;
      return this;
    }

    /**
     * The scopes to ask for; see {@link dev.salescloud.auth.OAuthScope}.
     *
     * @param scopes scope names
     * @return this builder
     */
    public Builder scopes(String... scopes) {
      InvalidArgumentException.requireNonNull(scopes, "scopes");
      List<String> list = new ArrayList<>();
      for (String scope : scopes) {
        list.add(Flows.requireText(scope, "scope"));
      }
      this.scopes = list;
      return this;
    }

    /**
     * The {@code prompt} parameter, such as {@code login consent}.
     *
     * @param prompt the prompt values
     * @return this builder
     */
    public Builder prompt(String prompt) {
      this.prompt = Flows.requireText(prompt, "prompt");
      return this;
    }



    /**
     * The flow.
     *
     * @return the flow
     * @throws InvalidArgumentException if the host, client id or redirect URI is missing
     */
    public AuthorizationCodeFlow build() {
      Flows.requireSet(host, "loginHost", "LoginHost.PRODUCTION, LoginHost.SANDBOX or LoginHost.myDomain(..)");
      Flows.requireSet(clientId, "clientId", "the app's consumer key");
      Flows.requireSet(redirectUri, "redirectUri", "the callback URL registered on the app");
      return new AuthorizationCodeFlow(this);
    }
  }
}
