package dev.salescloud.auth.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.auth.AccessToken;
import dev.salescloud.auth.LoginHost;
import dev.salescloud.auth.LoopbackServer;
import dev.salescloud.auth.TokenEndpoint;
import dev.salescloud.auth.TokenResponse;
import dev.salescloud.auth.TokenStore;
import dev.salescloud.auth.UserInfoEndpoint;
import dev.salescloud.model.error.ApiException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs every flow through its failures with recognisable secrets, collects every exception message
 * and every {@code toString()}, and checks that no secret appears in any of them.
 */
@SuppressWarnings("deprecation")
class SecretsNeverLeakTest {
  static final String ACCESS_TOKEN = "00Dx0000000BV7z!leak-access-token-AAA";
  static final String REFRESH_TOKEN = "5Aep.leak-refresh-token-BBB";
  static final String ROTATED_REFRESH_TOKEN = "5Aep.leak-rotated-token-CCC";
  static final String CLIENT_SECRET = "leak-client-secret-DDD";
  static final String PASSWORD = "leak-password-FFF";
  static final String SECURITY_TOKEN = "leakSecurityTokenGGG";
  static final String AUTH_CODE = "aPrxLeakAuthCodeHHH";
  static final String ID_TOKEN = "eyJ.leak-id-token-EEE.sig";
  static final KeyPair KEYS = JwtBearerCredentialsTest.generate();
  static final String PEM = JwtBearerCredentialsTest.pem(KEYS);
  static final String KEY_TEXT = Base64.getEncoder().encodeToString(KEYS.getPrivate().getEncoded());

  static final List<String> ERRORS = List.of(
      "invalid_grant", "invalid_client_id", "invalid_client", "unsupported_grant_type",
      "invalid_request", "inactive_user", "inactive_org", "rate_limit_exceeded", "something_new");

  final LoopbackServer server = LoopbackServer.start();
  final List<String> seen = new ArrayList<>();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void noSecretAppearsInAnyExceptionMessageOrToString() {
    List<Supplier<Object>> flows = List.of(
        () -> RefreshTokenCredentials.builder().loginHost(server.loginHost()).clientId("cid")
            .clientSecret(CLIENT_SECRET).refreshToken(REFRESH_TOKEN).build(),
        () -> ClientCredentialsCredentials.builder().loginHost(server.loginHost()).clientId("cid")
            .clientSecret(CLIENT_SECRET).build(),
        () -> JwtBearerCredentials.builder().loginHost(server.loginHost()).clientId("cid")
            .username("integration@acme.com").privateKeyPem(PEM).build(),
        () -> UsernamePasswordCredentials.builder().loginHost(server.loginHost()).clientId("cid")
            .clientSecret(CLIENT_SECRET).username("qa@acme.com").password(PASSWORD)
            .securityToken(SECURITY_TOKEN).build());

    for (Supplier<Object> flow : flows) {
      for (String error : ERRORS) {
        server.answerJson(400, "{\"error\":\"" + error + "\",\"error_description\":\"description\"}");
        attempt(flow);
      }
      server.answer(r -> new LoopbackServer.Response(400, "text/plain", "echo: " + r.body()));
      attempt(flow);
      server.answer(r -> LoopbackServer.Response.json(400,
          "{\"error\":\"invalid_grant\",\"error_description\":\"" + r.body().replace("\"", "") + "\"}"));
      attempt(flow);
      server.answerJson(200, successWithForgedSignature());
      attempt(flow);
      server.answerJson(200, "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"instance_url\":\"https://na1.salesforce.com\",\"token_type\":\"DPoP\"}");
      attempt(flow);
      server.answerJson(200, "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"instance_url\":\"not a url\"}");
      attempt(flow);
      server.answerJson(200, successWithoutSignature());
      Object credentials = flow.get();
      AccessToken token = ((dev.salescloud.auth.CredentialsProvider) credentials).token();
      seen.add(token.toString());
      seen.add(credentials.toString());
    }
    for (String error : List.of("invalid_token", "unsupported_token_type")) {
      server.answerJson(400, "{\"error\":\"" + error + "\",\"error_description\":\"description\"}");
      attempt(() -> {
        TokenEndpoint.of(server.loginHost()).revoke(REFRESH_TOKEN);
        return null;
      });
    }
    server.answer(r -> new LoopbackServer.Response(500, "text/html", "<p>" + r.body() + "</p>"));
    attempt(() -> {
      TokenEndpoint.of(server.loginHost()).revoke(REFRESH_TOKEN);
      return null;
    });
    AuthorizationCodeFlow pkce = AuthorizationCodeFlow.builder().loginHost(server.loginHost()).clientId("cid")
        .clientSecret(CLIENT_SECRET).redirectUri(URI.create("http://localhost:1717/cb")).build();
    AuthorizationCodeFlow.AuthorizationRequest started = pkce.start();
    seen.add(pkce.toString());
    seen.add(started.toString());
    for (String error : ERRORS) {
      server.answerJson(400, "{\"error\":\"" + error + "\",\"error_description\":\"description\"}");
      attempt(() -> pkce.exchange(started, URI.create("http://localhost:1717/cb?code=" + AUTH_CODE + "&state=" + started.state())));
    }
    server.answer(r -> new LoopbackServer.Response(400, "text/plain", "echo: " + r.body()));
    attempt(() -> pkce.exchange(started, URI.create("http://localhost:1717/cb?code=" + AUTH_CODE + "&state=" + started.state())));
    attempt(() -> pkce.exchange(started, URI.create("http://localhost:1717/cb?code=" + AUTH_CODE + "&state=forged")));
    for (int status : new int[] {401, 403, 500, 200}) {
      server.answer(r -> new LoopbackServer.Response(status, "text/plain", "echo " + r.authorization()));
      attempt(() -> UserInfoEndpoint.create().read(AccessToken.of(ACCESS_TOKEN, server.baseUri())));
    }
    LoginHost gone = server.loginHost();
    server.close();
    attempt(() -> TokenEndpoint.of(gone).requestToken(Map.of("client_secret", CLIENT_SECRET)));
    attempt(() -> JwtBearerCredentials.readPrivateKey(PEM.replace("BEGIN PRIVATE", "BEGIN RSA PRIVATE")));
    attempt(() -> JwtBearerCredentials.readPrivateKey(PEM.replace("MII", "@@@")));
    TokenStore store = TokenStore.inMemory(REFRESH_TOKEN);
    store.saveRefreshToken(ROTATED_REFRESH_TOKEN);
    seen.add(store.toString());
    seen.add(TokenResponse.builder().accessToken(ACCESS_TOKEN).refreshToken(REFRESH_TOKEN).idToken(ID_TOKEN)
        .instanceUrl(URI.create("https://na1.salesforce.com")).build().toString());
    seen.add(AccessToken.of(ACCESS_TOKEN, URI.create("https://na1.salesforce.com")).toString());

    assertThat(seen).hasSizeGreaterThan(40);
    for (String secret : List.of(ACCESS_TOKEN, REFRESH_TOKEN, ROTATED_REFRESH_TOKEN, CLIENT_SECRET, ID_TOKEN,
        PASSWORD, SECURITY_TOKEN, AUTH_CODE, started.codeVerifier(),
        KEY_TEXT.substring(100, 140))) {
      for (String text : seen) {
        assertThat(text).doesNotContain(secret)
            .doesNotContain(URLEncoder.encode(secret, StandardCharsets.UTF_8));
      }
    }
  }

  private String successWithForgedSignature() {
    return "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"refresh_token\":\"" + ROTATED_REFRESH_TOKEN + "\","
        + "\"id_token\":\"" + ID_TOKEN + "\",\"signature\":\"Zm9yZ2Vk\",\"instance_url\":\"https://na1.salesforce.com\","
        + "\"id\":\"https://login.salesforce.com/id/00Dx0000000BV7z/005x00000012Q9P\",\"issued_at\":\"1700000000000\"}";
  }

  private String successWithoutSignature() {
    return "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"refresh_token\":\"" + ROTATED_REFRESH_TOKEN + "\","
        + "\"id_token\":\"" + ID_TOKEN + "\",\"instance_url\":\"https://na1.salesforce.com\",\"token_type\":\"Bearer\"}";
  }

  private void attempt(Supplier<Object> action) {
    try {
      Object result = action.get();
      if (result instanceof dev.salescloud.auth.CredentialsProvider) {
        seen.add(result.toString());
        ((dev.salescloud.auth.CredentialsProvider) result).token();
      }
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        seen.add(String.valueOf(t.getMessage()));
        seen.add(t.toString());
        if (t instanceof ApiException) {
          seen.add(((ApiException) t).errors().toString());
        }
      }
    }
  }
}
