package dev.salescloud.testkit.oauth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.testkit.api.Sessions;
import dev.salescloud.testkit.store.OrgStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Salesforce's OAuth 2.0 endpoints over a fake org, answered the way Salesforce answers them:
 *
 * <ul>
 *   <li>{@code POST /services/oauth2/token}: the grants {@code client_credentials}, {@code
 *       password}, {@code refresh_token} (rotating the refresh token when the {@link ConnectedApp}
 *       says so), {@code authorization_code} (with PKCE S256) and {@code
 *       urn:ietf:params:oauth:grant-type:jwt-bearer}; refusals are {@code
 *       {"error","error_description"}} with status 400;
 *   <li>{@code GET /services/oauth2/authorize}: no login page; it redirects (302) at once to the
 *       callback with {@code code} and {@code state}, for the app's user;
 *   <li>{@code GET|POST /services/oauth2/userinfo} and {@code GET /id/<orgId>/<userId>} with a
 *       bearer token: who the user is;
 *   <li>{@code POST /services/oauth2/revoke}: ends an access token, or a refresh token and every
 *       access token issued from it.
 * </ul>
 *
 * <p>Token responses carry the {@code instance_url} the request came to: the {@code Host} header's
 * over HTTP, the org's instance URL in process. No bearer token is needed but for UserInfo and the
 * identity URL. Thread-safe.
 *
 * <pre>{@code
 * OAuthResource oauth = new OAuthResource(store, sessions, ConnectedApp.defaults(), orgId, instanceUrl);
 * Optional<HttpResponse> answer = oauth.handle(request);   // empty: not an OAuth path
 * }</pre>
 */
public final class OAuthResource {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final ConnectedApp app;
  private final Sessions sessions;
  private final OrgStore store;
  private final URI instanceUrl;
  private final String orgId;
  private final RefreshTokens refreshTokens;
  private final AuthorizationCodes codes = new AuthorizationCodes();
  private final Identity identity;
  private final TokenGrants grants;

  /**
   * Creates the endpoints of an org. The org's running user takes the app's username.
   *
   * @param store the org's records, holding the running user
   * @param sessions the org's access tokens
   * @param app the Connected App and user the org accepts
   * @param orgId the org's id, 15 or 18 characters
   * @param instanceUrl the instance URL answered in process (when a request has no {@code Host})
   */
  public OAuthResource(OrgStore store, Sessions sessions, ConnectedApp app, String orgId, URI instanceUrl) {
    this.store = InvalidArgumentException.requireNonNull(store, "store");
    this.sessions = InvalidArgumentException.requireNonNull(sessions, "sessions");
    this.app = InvalidArgumentException.requireNonNull(app, "connectedApp");
    this.instanceUrl = InvalidArgumentException.requireNonNull(instanceUrl, "instanceUrl");
    this.orgId = SalesforceId.of(InvalidArgumentException.requireNonNull(orgId, "orgId")).value();
    this.refreshTokens = new RefreshTokens(sessions);
    this.identity = new Identity(store, this.orgId);
    this.grants = new TokenGrants(app, sessions, refreshTokens, codes, store.clock(), this.orgId, identity.userId());
    String username = store.row(store.runningUserId()).orElseThrow().path("Username").asText();
    if (!app.usernameMatches(username)) {
      store.update("User", identity.userId(), MAPPER.createObjectNode().put("Username", app.username()));
    }
  }

  /**
   * The Connected App the org accepts.
   *
   * @return the app
   */
  public ConnectedApp connectedApp() {
    return app;
  }

  /**
   * Answers a request to an OAuth endpoint or the identity URL.
   *
   * @param request any request to the org
   * @return the answer, or empty when the path is not {@code /services/oauth2/...} or {@code /id/...}
   */
  public Optional<HttpResponse> handle(HttpRequest request) {
    InvalidArgumentException.requireNonNull(request, "request");
    List<String> path = segments(request.uri().getRawPath());
    boolean oauth = path.size() == 3 && path.get(0).equalsIgnoreCase("services")
        && path.get(1).equalsIgnoreCase("oauth2");
    boolean id = !path.isEmpty() && path.get(0).equals("id");
    if (!oauth && !id) {
      return Optional.empty();
    }
    Origin origin = Origin.of(request, instanceUrl);
    try {
      if (id) {
        return Optional.of(identityUrl(request, path, origin));
      }
      switch (path.get(2).toLowerCase(Locale.ROOT)) {
        case "token":
          if (!request.method().equals("POST")) {
            throw new OAuthError(400, "invalid_request", "must use HTTP POST");
          }
          return Optional.of(grants.token(OAuthForm.of(request), origin));
        case "authorize":
          return Optional.of(authorize(OAuthForm.of(request)));
        case "userinfo":
          return Optional.of(bearer(request)
              ? OAuthError.json(200, identity.userInfo(origin))
              : badToken());
        case "revoke":
          return Optional.of(revoke(OAuthForm.of(request)));
        default:
          return Optional.of(notFound());
      }
    } catch (OAuthError error) {
      return Optional.of(error.toResponse());
    }
  }

  private HttpResponse identityUrl(HttpRequest request, List<String> path, Origin origin) {
    OAuthForm form = OAuthForm.of(request);
    if (!bearer(request)) {
      return badToken();
    }
    boolean self = path.size() == 3
        && path.get(1).length() >= 15 && orgId.startsWith(path.get(1).substring(0, 15))
        && path.get(2).length() >= 15 && identity.userId().startsWith(path.get(2).substring(0, 15));
    return self ? OAuthError.json(200, identity.identity(origin, form.get("version"))) : notFound();
  }

  private HttpResponse authorize(OAuthForm form) {
    if (!form.get("client_id").map(app.clientId()::equals).orElse(false)) {
      throw OAuthError.invalidClientId();
    }
    URI callback = form.get("redirect_uri").flatMap(OAuthResource::uri)
        .filter(app::acceptsCallback)
        .orElseThrow(OAuthError::redirectUriMismatch);
    Map<String, String> answer = new LinkedHashMap<>();
    Optional<String> method = form.get("code_challenge_method");
    if (!form.get("response_type").orElse("").equals("code")) {
      answer.put("error", "unsupported_response_type");
      answer.put("error_description", "response type not supported");
    } else if (method.isPresent() && !method.get().equals("S256")) {
      answer.put("error", "invalid_request");
      answer.put("error_description", "invalid code_challenge_method");
    } else {
      String scope = TokenGrants.grantedScope(form.get("scope"), app.scopes());
      answer.put("code", codes.issue(new AuthorizationCodes.Code(
          callback, form.get("code_challenge"), scope, store.clock().instant())));
    }
    form.get("state").ifPresent(state -> answer.put("state", state));
    List<String> pairs = new ArrayList<>();
    answer.forEach((k, v) -> pairs.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
    String location = callback + (callback.getRawQuery() == null ? "?" : "&") + String.join("&", pairs);
    return HttpResponse.of(302, Map.of("Location", List.of(location), "Cache-Control", List.of("no-store")), new byte[0]);
  }

  private HttpResponse revoke(OAuthForm form) {
    String token = form.require("token", new OAuthError(400, "unsupported_token_type", "unsupported token type"));
    if (!sessions.revoke(token) && refreshTokens.revoke(token).isEmpty()) {
      throw new OAuthError(400, "invalid_token", "invalid token");
    }
    return HttpResponse.of(200, Map.of("Cache-Control", List.of("no-store")), new byte[0]);
  }

  private boolean bearer(HttpRequest request) {
    return request.header("Authorization")
        .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(h -> sessions.isValid(h.substring(7).trim()))
        .orElse(false);
  }

  /** Salesforce's answer to a missing, expired or revoked token on the identity endpoints. */
  private static HttpResponse badToken() {
    return HttpResponse.of(403, "text/plain;charset=UTF-8", "Bad_OAuth_Token");
  }

  private static HttpResponse notFound() {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("error", "not_found");
    body.put("error_description", "The requested resource does not exist");
    return OAuthError.json(404, body);
  }

  private static Optional<URI> uri(String text) {
    try {
      URI uri = new URI(text);
      return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static List<String> segments(String rawPath) {
    List<String> out = new ArrayList<>();
    for (String s : Arrays.asList(rawPath == null ? new String[0] : rawPath.split("/"))) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** Names the app, never a secret or token. */
  @Override
  public String toString() {
    return "OAuthResource{" + app + ", " + refreshTokens + ", " + codes + "}";
  }
}
