package dev.salescloud.testkit.oauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.testkit.api.Sessions;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token endpoint, {@code POST /services/oauth2/token}: checks a grant and answers Salesforce's
 * token response, {@code access_token}, {@code refresh_token} (when the grant gives one), {@code
 * signature}, {@code scope}, {@code instance_url}, {@code id}, {@code token_type} and {@code
 * issued_at}.
 */
final class TokenGrants {
  static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

  private final ConnectedApp app;
  private final Sessions sessions;
  private final RefreshTokens refreshTokens;
  private final AuthorizationCodes codes;
  private final Clock clock;
  private final String orgId;
  private final String userId;

  TokenGrants(ConnectedApp app, Sessions sessions, RefreshTokens refreshTokens, AuthorizationCodes codes,
      Clock clock, String orgId, String userId) {
    this.app = app;
    this.sessions = sessions;
    this.refreshTokens = refreshTokens;
    this.codes = codes;
    this.clock = clock;
    this.orgId = orgId;
    this.userId = userId;
  }

  HttpResponse token(OAuthForm form, Origin origin) {
    String grantType = form.require("grant_type", OAuthError.unsupportedGrantType());
    switch (grantType) {
      case "client_credentials":
        return clientCredentials(form, origin);
      case "password":
        return password(form, origin);
      case "refresh_token":
        return refresh(form, origin);
      case "authorization_code":
        return authorizationCode(form, origin);
      case JWT_BEARER:
        JwtAssertion.verify(form.require("assertion", OAuthError.invalidGrant("invalid assertion")),
            app, origin, clock.instant());
        return respond(origin, "", Optional.empty(), scope(app.scopes()));
      default:
        throw OAuthError.unsupportedGrantType();
    }
  }

  private HttpResponse clientCredentials(OAuthForm form, Origin origin) {
    authenticateClient(form, true);
    if (origin.isSharedLoginHost()) {
      throw OAuthError.invalidGrant("request not supported on this domain");
    }
    if (!app.clientCredentialsFlow()) {
      throw OAuthError.invalidGrant("no client credentials user enabled");
    }
    return respond(origin, "", Optional.empty(), scope(app.scopes()));
  }

  private HttpResponse password(OAuthForm form, Origin origin) {
    authenticateClient(form, true);
    boolean valid = app.passwordFlow()
        && form.get("username").map(app::usernameMatches).orElse(false)
        && form.get("password").map(app::passwordMatches).orElse(false);
    if (!valid) {
      throw OAuthError.invalidGrant("authentication failure");
    }
    return respond(origin, "", Optional.empty(), scope(app.scopes()));
  }

  private HttpResponse refresh(OAuthForm form, Origin origin) {
    authenticateClient(form, false);
    String token = form.require("refresh_token", OAuthError.invalidGrant("expired access/refresh token"));
    RefreshTokens.Grant grant = refreshTokens.redeem(token, app.rotatesRefreshTokens());
    Optional<String> rotated = app.rotatesRefreshTokens() ? Optional.of(grant.token()) : Optional.empty();
    return respond(origin, grant.family(), rotated, grant.scope());
  }

  private HttpResponse authorizationCode(OAuthForm form, Origin origin) {
    authenticateClient(form, false);
    String code = form.require("code", OAuthError.invalidGrant("invalid authorization code"));
    AuthorizationCodes.Code grant =
        codes.redeem(code, form.get("redirect_uri"), form.get("code_verifier"), clock.instant());
    List<String> scopes = Arrays.asList(grant.scope().split(" "));
    if (scopes.contains("refresh_token") || scopes.contains("offline_access")) {
      RefreshTokens.Grant refresh = refreshTokens.issue(grant.scope());
      return respond(origin, refresh.family(), Optional.of(refresh.token()), grant.scope());
    }
    return respond(origin, "", Optional.empty(), grant.scope());
  }

  /** The scopes granted for a request: those asked for that the app grants, or all of the app's. */
  static String grantedScope(Optional<String> requested, List<String> appScopes) {
    List<String> granted = new ArrayList<>();
    for (String scope : requested.orElse("").trim().split("\\s+")) {
      if (appScopes.contains(scope) && !granted.contains(scope)) {
        granted.add(scope);
      }
    }
    return scope(granted.isEmpty() ? appScopes : granted);
  }

  /**
   * Checks the client id, and the secret when required or sent.
   *
   * @throws OAuthError {@code invalid_client_id} or {@code invalid_client}
   */
  void authenticateClient(OAuthForm form, boolean secretRequired) {
    if (!form.get("client_id").map(app.clientId()::equals).orElse(false)) {
      throw OAuthError.invalidClientId();
    }
    Optional<String> secret = form.get("client_secret");
    if (secretRequired && secret.isEmpty() || secret.isPresent() && !app.secretMatches(secret.get())) {
      throw OAuthError.invalidClient();
    }
  }

  private HttpResponse respond(Origin origin, String family, Optional<String> refreshToken, String scope) {
    String accessToken = sessions.issue(family);
    String id = origin.identityUrl(orgId, userId);
    String issuedAt = Long.toString(clock.millis());
    ObjectNode body = OAuthResource.MAPPER.createObjectNode();
    body.put("access_token", accessToken);
    refreshToken.ifPresent(token -> body.put("refresh_token", token));
    body.put("signature", sign(id + issuedAt));
    body.put("scope", scope);
    body.put("instance_url", origin.instanceUrl().toString());
    body.put("id", id);
    body.put("token_type", "Bearer");
    body.put("issued_at", issuedAt);
    return OAuthError.json(200, body);
  }

  private String sign(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(app.clientSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required on every Java platform", e);
    }
  }

  private static String scope(List<String> scopes) {
    return String.join(" ", scopes);
  }

  /** Names the app, never its secret. */
  @Override
  public String toString() {
    return "TokenGrants{" + app.clientId() + "}";
  }
}
