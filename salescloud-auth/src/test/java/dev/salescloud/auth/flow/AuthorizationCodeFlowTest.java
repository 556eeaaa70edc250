package dev.salescloud.auth.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.auth.LoginHost;
import dev.salescloud.auth.LoopbackServer;
import dev.salescloud.auth.OAuthScope;
import dev.salescloud.auth.TokenResponse;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.InvalidArgumentException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuthorizationCodeFlowTest {
  static final URI CALLBACK = URI.create("http://localhost:8080/callback");
  static final String CLIENT_SECRET = "pkce-client-secret";

  final LoopbackServer server = LoopbackServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  AuthorizationCodeFlow.Builder flow() {
    return AuthorizationCodeFlow.builder().loginHost(server.loginHost()).clientId("3MVG9.pkce")
        .redirectUri(CALLBACK).scopes(OAuthScope.API, OAuthScope.REFRESH_TOKEN);
  }

  static Map<String, String> query(URI uri) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }

  @Nested
  class Pkce {
    @Test
    void matchesTheRfc7636AppendixBVector() {
      assertThat(AuthorizationCodeFlow.codeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
          .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void buildsTheAuthorizeUrlWithStateAndAnS256Challenge() {
      AuthorizationCodeFlow.AuthorizationRequest request = flow().prompt("login consent").build().start();

      URI url = request.authorizeUrl();
      assertThat(url.getPath()).isEqualTo("/services/oauth2/authorize");
      assertThat(query(url)).containsExactly(
          Map.entry("response_type", "code"),
          Map.entry("client_id", "3MVG9.pkce"),
          Map.entry("redirect_uri", CALLBACK.toString()),
          Map.entry("scope", "api refresh_token"),
          Map.entry("state", request.state()),
          Map.entry("code_challenge", AuthorizationCodeFlow.codeChallenge(request.codeVerifier())),
          Map.entry("code_challenge_method", "S256"),
          Map.entry("prompt", "login consent"));
      assertThat(request.codeVerifier()).hasSize(43).matches("[A-Za-z0-9_-]+");
      assertThat(request.toString()).doesNotContain(request.codeVerifier());
    }

    @Test
    void everyStartHasANewStateAndVerifier() {
      AuthorizationCodeFlow flow = flow().build();

      AuthorizationCodeFlow.AuthorizationRequest a = flow.start();
      AuthorizationCodeFlow.AuthorizationRequest b = flow.start();

      assertThat(a.state()).isNotEqualTo(b.state());
      assertThat(a.codeVerifier()).isNotEqualTo(b.codeVerifier());
    }
  }

  @Nested
  class Exchange {
    @Test
    void exchangesTheCodeWithTheVerifierAndReturnsTheRefreshToken() throws Exception {
      server.answerJson(200, RefreshTokenCredentialsTest.tokenJson("00Dx!pkce-access", "5Aep.pkce-refresh",
          RefreshTokenCredentialsTest.signature(CLIENT_SECRET, RefreshTokenCredentialsTest.ID, "1700000000000")));
      AuthorizationCodeFlow flow = flow().clientSecret(CLIENT_SECRET).build();
      AuthorizationCodeFlow.AuthorizationRequest request = flow.start();

      TokenResponse tokens = flow.exchange(request,
          URI.create(CALLBACK + "?code=aPrx.code%3D%3D&state=" + request.state()));

      assertThat(server.takeRequest().form()).containsExactly(
          Map.entry("grant_type", "authorization_code"),
          Map.entry("code", "aPrx.code=="),
          Map.entry("client_id", "3MVG9.pkce"),
          Map.entry("client_secret", CLIENT_SECRET),
          Map.entry("redirect_uri", CALLBACK.toString()),
          Map.entry("code_verifier", request.codeVerifier()));
      assertThat(tokens.refreshToken()).contains("5Aep.pkce-refresh");
    }

    @Test
    void refusesACallbackWithAnotherStateBeforeSendingAnything() {
      AuthorizationCodeFlow flow = flow().build();
      AuthorizationCodeFlow.AuthorizationRequest request = flow.start();

      assertThatThrownBy(() -> flow.exchange(request, URI.create(CALLBACK + "?code=c&state=forged")))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("state_mismatch")
          .hasMessageContaining("forged");
      assertThatThrownBy(() -> flow.exchange(request, URI.create(CALLBACK + "?code=c")))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("state_mismatch");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void reportsADeniedAuthorizationAndAMissingCode() {
      AuthorizationCodeFlow flow = flow().build();
      AuthorizationCodeFlow.AuthorizationRequest request = flow.start();

      assertThatThrownBy(() -> flow.exchange(request,
              URI.create(CALLBACK + "?error=access_denied&error_description=end-user+denied+authorization&state=" + request.state())))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("access_denied")
          .hasMessageContaining("end-user denied authorization");
      assertThatThrownBy(() -> flow.exchange(request, URI.create(CALLBACK + "?state=" + request.state())))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("no authorization code");
    }

    @Test
    void reportsAReusedCodeWithWhatToDo() {
      server.answerJson(400, "{\"error\":\"invalid_grant\",\"error_description\":\"invalid authorization code\"}");
      AuthorizationCodeFlow flow = flow().build();
      AuthorizationCodeFlow.AuthorizationRequest request = flow.start();

      assertThatThrownBy(() -> flow.exchange(request, URI.create(CALLBACK + "?code=used-code-secret&state=" + request.state())))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("single-use")
          .hasMessageNotContaining("used-code-secret")
          .hasMessageNotContaining(request.codeVerifier());
    }
  }

  @Test
  void refusesARelativeRedirectUriAndMissingSettings() {
    assertThatThrownBy(() -> flow().redirectUri(URI.create("/callback")))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("redirectUri").hasMessageContaining("'/callback'");
    assertThatThrownBy(() -> AuthorizationCodeFlow.builder().loginHost(LoginHost.PRODUCTION).clientId("c").build())
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("redirectUri");
    assertThat(flow().clientSecret(CLIENT_SECRET).build().toString()).contains("3MVG9.pkce").doesNotContain(CLIENT_SECRET);
  }
}
