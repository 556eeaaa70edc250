package dev.salescloud.testkit.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.auth.LoginHost;
import dev.salescloud.auth.flow.JwtBearerCredentials;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.testkit.FakeSalesCloud;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OAuthResourceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant START = Instant.parse("2024-05-01T17:03:11Z");
  private static final String HOST = "https://fake.my.salesforce.com";
  private static final KeyPair KEYS = rsaKeys();
  /** RFC 7636 appendix B: the verifier and its S256 challenge. */
  private static final String RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
  private static final String RFC_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

  private final MutableClock clock = new MutableClock(START);
  private FakeSalesCloud org = orgWith(ConnectedApp.builder().jwtPublicKey(KEYS.getPublic()).build());

  private FakeSalesCloud orgWith(ConnectedApp app) {
    org = FakeSalesCloud.builder().clock(clock).connectedApp(app).sessionTimeout(Duration.ofMinutes(30)).build();
    return org;
  }

  private static KeyPair rsaKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> form(String... pairs) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  private static String encode(Map<String, String> form) {
    List<String> parts = new ArrayList<>();
    form.forEach((k, v) -> parts.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return String.join("&", parts);
  }

  private HttpResponse post(String path, Map<String, String> form) {
    return org.router().handle(HttpRequest.builder("POST", URI.create(HOST + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(encode(form)).build());
  }

  private HttpResponse token(String... pairs) {
    return post("/services/oauth2/token", form(pairs));
  }

  private HttpResponse get(String pathAndQuery, String bearer) {
    HttpRequest.Builder request = HttpRequest.builder("GET", URI.create(HOST + pathAndQuery));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return org.router().handle(request.build());
  }

  private static JsonNode json(HttpResponse response) {
    try {
      return JSON.readTree(response.bodyText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertRefused(HttpResponse response, String error, String description) {
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).contains("application/json;charset=UTF-8");
    assertThat(json(response).toString())
        .isEqualTo("{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}");
  }

  private int restStatus(String accessToken) {
    return get("/services/data/v62.0/sobjects/User/" + org.store().runningUserId().value(), accessToken).status();
  }

  private HttpResponse clientCredentials() {
    return token("grant_type", "client_credentials", "client_id", "emulator-client-id",
        "client_secret", "emulator-client-secret");
  }

  private static String hmac(String secret, String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, String> query(String location) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : URI.create(location).getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }

  private HttpResponse authorize(String query) {
    return get("/services/oauth2/authorize?" + query, null);
  }

  private String codeFor(String redirectUri, String challenge, String scope) {
    HttpResponse response = authorize("response_type=code&client_id=emulator-client-id&redirect_uri="
        + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8) + "&state=xyz"
        + (challenge == null ? "" : "&code_challenge=" + challenge + "&code_challenge_method=S256")
        + (scope == null ? "" : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8)));
    assertThat(response.status()).isEqualTo(302);
    return query(response.header("Location").orElseThrow()).get("code");
  }

  private HttpResponse exchange(String code, String redirectUri, String verifier) {
    Map<String, String> form = form("grant_type", "authorization_code", "code", code,
        "client_id", "emulator-client-id", "redirect_uri", redirectUri);
    if (verifier != null) {
      form.put("code_verifier", verifier);
    }
    return post("/services/oauth2/token", form);
  }

  private String refreshTokenOf(FakeSalesCloud target) {
    String code = codeFor("http://localhost:7777/cb", RFC_CHALLENGE, null);
    return json(exchange(code, "http://localhost:7777/cb", RFC_VERIFIER)).get("refresh_token").asText();
  }

  private String assertion(Clock signingClock, URI audience, String username, String clientId) {
    return JwtBearerCredentials.builder().loginHost(LoginHost.of(URI.create(HOST)))
        .audience(audience).clientId(clientId).username(username)
        .privateKey(KEYS.getPrivate()).clock(signingClock).build().assertion();
  }

  private HttpResponse jwt(String assertion) {
    return token("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion", assertion);
  }

  private String validAssertion() {
    return assertion(clock, URI.create(HOST), "admin@example.com", "emulator-client-id");
  }

  @Nested
  class TokenResponseShape {
    @Test
    void answersSalesforcesFieldsInSalesforcesOrder() throws Exception {
      HttpResponse response = clientCredentials();

      JsonNode body = json(response);
      assertThat(response.status()).isEqualTo(200);
      List<String> names = new ArrayList<>();
      body.fieldNames().forEachRemaining(names::add);
      assertThat(names).containsExactly(
          "access_token", "signature", "scope", "instance_url", "id", "token_type", "issued_at");
      assertThat(body.get("access_token").asText()).matches("00D5g000000FAKE![0-9A-Za-z]{96}");
      assertThat(body.get("instance_url").asText()).isEqualTo("https://fake.my.salesforce.com");
      String userId = org.store().runningUserId().value();
      assertThat(body.get("id").asText())
          .isEqualTo("https://fake.my.salesforce.com/id/00D5g000000FAKEEA4/" + userId)
          .endsWith(userId.substring(0, 15) + userId.substring(15));
      assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
      assertThat(body.get("scope").asText()).isEqualTo("api refresh_token");
      assertThat(body.get("issued_at").asText()).isEqualTo(Long.toString(START.toEpochMilli()));
      assertThat(response.header("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void signsTheIdentityUrlAndIssueTimeWithTheClientSecret() throws Exception {
      JsonNode body = json(clientCredentials());

      assertThat(body.get("signature").asText()).isEqualTo(
          hmac("emulator-client-secret", body.get("id").asText() + body.get("issued_at").asText()));
    }

    @Test
    void answersTheHostOfAnHttpRequestAsTheInstance() {
      HttpResponse response = org.router().handle(
          HttpRequest.builder("POST", URI.create("http://127.0.0.1:4567/services/oauth2/token"))
              .header("Host", "127.0.0.1:4567")
              .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
              .body("grant_type=client_credentials&client_id=emulator-client-id&client_secret=emulator-client-secret")
              .build());

      JsonNode body = json(response);
      assertThat(body.get("instance_url").asText()).isEqualTo("http://127.0.0.1:4567");
      assertThat(body.get("id").asText()).startsWith("http://127.0.0.1:4567/id/00D5g000000FAKEEA4/");
    }

    @Test
    void issuedTokensOpenTheRestApi() {
      String accessToken = json(clientCredentials()).get("access_token").asText();

      assertThat(restStatus(accessToken)).isEqualTo(200);
      assertThat(restStatus("00D5g000000FAKE!forged")).isEqualTo(401);
    }
  }

  @Nested
  class TokenEndpointRefusals {
    @Test
    void aMissingGrantTypeIsNotSupported() {
      assertRefused(token("client_id", "emulator-client-id"), "unsupported_grant_type", "grant type not supported");
    }

    @Test
    void anUnknownGrantTypeIsNotSupported() {
      assertRefused(token("grant_type", "implicit"), "unsupported_grant_type", "grant type not supported");
    }

    @Test
    void aJsonBodyIsNotReadSoItsGrantTypeIsNotSupported() {
      HttpResponse response = org.router().handle(
          HttpRequest.builder("POST", URI.create(HOST + "/services/oauth2/token"))
              .header("Content-Type", "application/json")
              .body("{\"grant_type\":\"client_credentials\"}").build());

      assertRefused(response, "unsupported_grant_type", "grant type not supported");
    }

    @Test
    void getIsRefused() {
      assertRefused(get("/services/oauth2/token?grant_type=client_credentials", null),
          "invalid_request", "must use HTTP POST");
    }

    @Test
    void anUnknownOAuthPathIsNotFound() {
      HttpResponse response = get("/services/oauth2/nothing", null);

      assertThat(response.status()).isEqualTo(404);
      assertThat(json(response).get("error").asText()).isEqualTo("not_found");
    }
  }

  @Nested
  class ClientCredentials {
    @Test
    void acceptsTheClientInHttpBasic() {
      String basic = Base64.getEncoder().encodeToString(
          "emulator-client-id:emulator-client-secret".getBytes(StandardCharsets.UTF_8));
      HttpResponse response = org.router().handle(
          HttpRequest.builder("POST", URI.create(HOST + "/services/oauth2/token"))
              .header("Authorization", "Basic " + basic)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .body("grant_type=client_credentials").build());

      assertThat(response.status()).isEqualTo(200);
      assertThat(json(response).has("refresh_token")).isFalse();
    }

    @Test
    void refusesAnUnknownClientId() {
      assertRefused(token("grant_type", "client_credentials", "client_id", "other",
          "client_secret", "emulator-client-secret"), "invalid_client_id", "client identifier invalid");
    }

    @Test
    void refusesAWrongOrMissingSecret() {
      assertRefused(token("grant_type", "client_credentials", "client_id", "emulator-client-id",
          "client_secret", "wrong"), "invalid_client", "invalid client credentials");
      assertRefused(token("grant_type", "client_credentials", "client_id", "emulator-client-id"),
          "invalid_client", "invalid client credentials");
    }

    @Test
    void refusesTheSharedLoginHosts() {
      HttpResponse response = org.router().handle(
          HttpRequest.builder("POST", URI.create("https://login.salesforce.com/services/oauth2/token"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .body("grant_type=client_credentials&client_id=emulator-client-id&client_secret=emulator-client-secret")
              .build());

      assertRefused(response, "invalid_grant", "request not supported on this domain");
    }

    @Test
    void refusesWhenTheFlowHasNoRunAsUser() {
      orgWith(ConnectedApp.builder().clientCredentialsFlow(false).build());

      assertRefused(clientCredentials(), "invalid_grant", "no client credentials user enabled");
    }
  }

  @Nested
  class UsernamePassword {
    @Test
    void logsInTheConfiguredUser() {
      HttpResponse response = token("grant_type", "password", "client_id", "emulator-client-id",
          "client_secret", "emulator-client-secret", "username", "ADMIN@example.com", "password", "emulator-password");

      assertThat(response.status()).isEqualTo(200);
      assertThat(json(response).has("refresh_token")).isFalse();
    }

    @Test
    void needsTheSecurityTokenAppendedWhenOneIsSet() {
      orgWith(ConnectedApp.builder().username("qa@acme.com").password("pw").securityToken("TOKEN").build());

      assertRefused(token("grant_type", "password", "client_id", "emulator-client-id",
          "client_secret", "emulator-client-secret", "username", "qa@acme.com", "password", "pw"),
          "invalid_grant", "authentication failure");
      assertThat(token("grant_type", "password", "client_id", "emulator-client-id",
          "client_secret", "emulator-client-secret", "username", "qa@acme.com", "password", "pwTOKEN").status())
          .isEqualTo(200);
      assertThat(org.store().row(org.store().runningUserId()).orElseThrow().get("Username").asText())
          .isEqualTo("qa@acme.com");
    }

    @Test
    void refusesAWrongPasswordOrUser() {
      assertRefused(token("grant_type", "password", "client_id", "emulator-client-id",
          "client_secret", "emulator-client-secret", "username", "admin@example.com", "password", "nope"),
          "invalid_grant", "authentication failure");
      assertRefused(token("grant_type", "password", "client_id", "emulator-client-id",
          "client_secret", "emulator-client-secret", "username", "who@example.com", "password", "emulator-password"),
          "invalid_grant", "authentication failure");
    }

    @Test
    void refusesEveryoneWhenTheOrgBlocksTheFlow() {
      orgWith(ConnectedApp.builder().passwordFlow(false).build());

      assertRefused(token("grant_type", "password", "client_id", "emulator-client-id",
          "client_secret", "emulator-client-secret", "username", "admin@example.com", "password", "emulator-password"),
          "invalid_grant", "authentication failure");
    }

    @Test
    void checksTheClientBeforeTheUser() {
      assertRefused(token("grant_type", "password", "client_id", "emulator-client-id",
          "username", "admin@example.com", "password", "emulator-password"),
          "invalid_client", "invalid client credentials");
    }
  }

  @Nested
  class AuthorizationCodeWithPkce {
    @Test
    void authorizeRedirectsAtOnceWithACodeAndTheState() {
      HttpResponse response = authorize("response_type=code&client_id=emulator-client-id"
          + "&redirect_uri=http%3A%2F%2Flocalhost%3A1717%2Foauth%2Fcallback&state=a%20b&prompt=login"
          + "&code_challenge=" + RFC_CHALLENGE + "&code_challenge_method=S256&scope=api%20refresh_token");

      assertThat(response.status()).isEqualTo(302);
      String location = response.header("Location").orElseThrow();
      assertThat(location).startsWith("http://localhost:1717/oauth/callback?code=");
      assertThat(query(location)).containsEntry("state", "a b").containsKey("code");
    }

    @Test
    void exchangesTheRfc7636VerifierForTokensWithARefreshToken() {
      String code = codeFor("http://127.0.0.1:9000/cb", RFC_CHALLENGE, "api refresh_token");

      HttpResponse response = exchange(code, "http://127.0.0.1:9000/cb", RFC_VERIFIER);

      JsonNode body = json(response);
      assertThat(response.status()).isEqualTo(200);
      assertThat(body.get("refresh_token").asText()).startsWith("5Aep861");
      assertThat(body.get("scope").asText()).isEqualTo("api refresh_token");
      assertThat(AuthorizationCodes.challengeOf(RFC_VERIFIER)).isEqualTo(RFC_CHALLENGE);
    }

    @Test
    void givesNoRefreshTokenWithoutTheScope() {
      String code = codeFor("http://127.0.0.1:9000/cb", RFC_CHALLENGE, "api");

      JsonNode body = json(exchange(code, "http://127.0.0.1:9000/cb", RFC_VERIFIER));

      assertThat(body.has("refresh_token")).isFalse();
      assertThat(body.get("scope").asText()).isEqualTo("api");
    }

    @Test
    void refusesAWrongOrMissingVerifier() {
      String code = codeFor("http://127.0.0.1:9000/cb", RFC_CHALLENGE, null);
      assertRefused(exchange(code, "http://127.0.0.1:9000/cb", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXX"),
          "invalid_grant", "invalid code verifier");

      String another = codeFor("http://127.0.0.1:9000/cb", RFC_CHALLENGE, null);
      assertRefused(exchange(another, "http://127.0.0.1:9000/cb", null), "invalid_grant", "invalid code verifier");
    }

    @Test
    void aCodeWorksOnce() {
      String code = codeFor("http://127.0.0.1:9000/cb", RFC_CHALLENGE, null);
      assertThat(exchange(code, "http://127.0.0.1:9000/cb", RFC_VERIFIER).status()).isEqualTo(200);

      assertRefused(exchange(code, "http://127.0.0.1:9000/cb", RFC_VERIFIER),
          "invalid_grant", "invalid authorization code");
    }

    @Test
    void aCodeExpiresAfterFifteenMinutes() {
      String code = codeFor("http://127.0.0.1:9000/cb", RFC_CHALLENGE, null);
      clock.advance(Duration.ofMinutes(15));

      assertRefused(exchange(code, "http://127.0.0.1:9000/cb", RFC_VERIFIER),
          "invalid_grant", "expired authorization code");
    }

    @Test
    void theCodeIsBoundToItsRedirectUri() {
      String code = codeFor("http://127.0.0.1:9000/cb", RFC_CHALLENGE, null);

      assertRefused(exchange(code, "http://127.0.0.1:9000/other", RFC_VERIFIER),
          "redirect_uri_mismatch", "redirect_uri must match configuration");
    }

    @Test
    void theCodeIsBoundToTheClient() {
      String code = codeFor("http://127.0.0.1:9000/cb", RFC_CHALLENGE, null);

      assertRefused(token("grant_type", "authorization_code", "code", code, "client_id", "other",
          "redirect_uri", "http://127.0.0.1:9000/cb", "code_verifier", RFC_VERIFIER),
          "invalid_client_id", "client identifier invalid");
    }

    @Test
    void authorizeRefusesAnUnregisteredCallbackWithoutRedirecting() {
      assertRefused(authorize("response_type=code&client_id=emulator-client-id"
          + "&redirect_uri=https%3A%2F%2Fevil.example.com%2Fcb&state=s"),
          "redirect_uri_mismatch", "redirect_uri must match configuration");
      assertRefused(authorize("response_type=code&client_id=emulator-client-id&state=s"),
          "redirect_uri_mismatch", "redirect_uri must match configuration");
    }

    @Test
    void authorizeAcceptsRegisteredCallbacksAndLoopbackOnlyWhileAllowed() {
      orgWith(ConnectedApp.builder().callbackUrl(URI.create("https://app.example.com/cb"))
          .loopbackCallbacks(false).build());

      assertThat(authorize("response_type=code&client_id=emulator-client-id"
          + "&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb").status()).isEqualTo(302);
      assertRefused(authorize("response_type=code&client_id=emulator-client-id"
          + "&redirect_uri=http%3A%2F%2Flocalhost%3A1717%2Fcb"),
          "redirect_uri_mismatch", "redirect_uri must match configuration");
    }

    @Test
    void authorizeRefusesAnUnknownClient() {
      assertRefused(authorize("response_type=code&client_id=nobody&redirect_uri=http%3A%2F%2Flocalhost%3A1%2Fcb"),
          "invalid_client_id", "client identifier invalid");
    }

    @Test
    void authorizeSendsOtherErrorsToTheCallback() {
      HttpResponse response = authorize("response_type=token&client_id=emulator-client-id"
          + "&redirect_uri=http%3A%2F%2Flocalhost%3A1717%2Fcb&state=s1");

      assertThat(response.status()).isEqualTo(302);
      assertThat(query(response.header("Location").orElseThrow()))
          .containsExactly(Map.entry("error", "unsupported_response_type"),
              Map.entry("error_description", "response type not supported"), Map.entry("state", "s1"));
    }
  }

  @Nested
  class RefreshToken {
    @Test
    void withoutRotationTheRefreshTokenKeepsWorking() {
      String refresh = refreshTokenOf(org);

      HttpResponse first = token("grant_type", "refresh_token", "refresh_token", refresh, "client_id", "emulator-client-id");
      HttpResponse second = token("grant_type", "refresh_token", "refresh_token", refresh,
          "client_id", "emulator-client-id", "client_secret", "emulator-client-secret");

      assertThat(first.status()).isEqualTo(200);
      assertThat(json(first).has("refresh_token")).isFalse();
      assertThat(second.status()).isEqualTo(200);
      assertThat(restStatus(json(first).get("access_token").asText())).isEqualTo(200);
    }

    @Test
    void withRotationANewRefreshTokenReplacesTheOldOne() {
      orgWith(ConnectedApp.builder().rotateRefreshTokens(true).build());
      String refresh = refreshTokenOf(org);

      JsonNode rotated = json(token("grant_type", "refresh_token", "refresh_token", refresh,
          "client_id", "emulator-client-id"));

      String next = rotated.get("refresh_token").asText();
      assertThat(next).startsWith("5Aep861").isNotEqualTo(refresh);
      assertRefused(token("grant_type", "refresh_token", "refresh_token", refresh, "client_id", "emulator-client-id"),
          "invalid_grant", "expired access/refresh token");
      assertThat(token("grant_type", "refresh_token", "refresh_token", next, "client_id", "emulator-client-id")
          .status()).isEqualTo(200);
    }

    @Test
    void refusesUnknownTokensAndWrongClients() {
      String refresh = refreshTokenOf(org);

      assertRefused(token("grant_type", "refresh_token", "refresh_token", "5Aep861nope", "client_id", "emulator-client-id"),
          "invalid_grant", "expired access/refresh token");
      assertRefused(token("grant_type", "refresh_token", "refresh_token", refresh, "client_id", "other"),
          "invalid_client_id", "client identifier invalid");
      assertRefused(token("grant_type", "refresh_token", "refresh_token", refresh,
          "client_id", "emulator-client-id", "client_secret", "wrong"), "invalid_client", "invalid client credentials");
    }
  }

  @Nested
  class JwtBearer {
    @Test
    void issuesATokenForAValidAssertion() {
      HttpResponse response = jwt(validAssertion());

      assertThat(response.status()).isEqualTo(200);
      assertThat(json(response).has("refresh_token")).isFalse();
      assertThat(restStatus(json(response).get("access_token").asText())).isEqualTo(200);
    }

    @Test
    void acceptsSalesforcesLoginHostsAsAudience() {
      assertThat(jwt(assertion(clock, URI.create("https://login.salesforce.com"), "admin@example.com",
          "emulator-client-id")).status()).isEqualTo(200);
    }

    @Test
    void verifiesWithAnUploadedCertificate() throws IOException {
      orgWith(ConnectedApp.builder().jwtCertificatePem(resource("test-only-jwt-cert.pem")).build());
      String assertion = JwtBearerCredentials.builder().loginHost(LoginHost.of(URI.create(HOST)))
          .clientId("emulator-client-id").username("admin@example.com")
          .privateKeyPem(resource("test-only-jwt-key.pem")).clock(clock).build().assertion();

      assertThat(jwt(assertion).status()).isEqualTo(200);
      assertRefused(jwt(validAssertion()), "invalid_grant", "invalid assertion");
    }

    @Test
    void refusesASignatureByAnotherKeyOrATamperedAssertion() {
      orgWith(ConnectedApp.builder().jwtPublicKey(rsaKeys().getPublic()).build());
      assertRefused(jwt(validAssertion()), "invalid_grant", "invalid assertion");

      orgWith(ConnectedApp.builder().jwtPublicKey(KEYS.getPublic()).build());
      String[] parts = validAssertion().split("\\.");
      String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
          new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
              .replace("admin@example.com", "other@example.com").getBytes(StandardCharsets.UTF_8));
      assertRefused(jwt(parts[0] + "." + forged + "." + parts[2]), "invalid_grant", "invalid assertion");
    }

    @Test
    void refusesMalformedAssertionsAndAppsWithoutACertificate() {
      assertRefused(jwt("not-a-jwt"), "invalid_grant", "invalid assertion");
      assertRefused(token("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"), "invalid_grant", "invalid assertion");

      orgWith(ConnectedApp.defaults());
      assertRefused(jwt(validAssertion()), "invalid_grant", "invalid assertion");
    }

    @Test
    void refusesAnotherIssuer() {
      assertRefused(jwt(assertion(clock, URI.create(HOST), "admin@example.com", "someone-else")),
          "invalid_client_id", "client identifier invalid");
    }

    @Test
    void refusesAnotherAudience() {
      assertRefused(jwt(assertion(clock, URI.create("https://other.my.salesforce.com"), "admin@example.com",
          "emulator-client-id")), "invalid_grant", "audience is invalid");
    }

    @Test
    void refusesAnExpiredAssertion() {
      Clock past = Clock.fixed(START.minus(Duration.ofMinutes(4)), ZoneOffset.UTC);

      assertRefused(jwt(assertion(past, URI.create(HOST), "admin@example.com", "emulator-client-id")),
          "invalid_grant", "expired authorization code");
    }

    @Test
    void refusesAnAssertionValidTooFarAhead() {
      Clock future = Clock.fixed(START.plus(Duration.ofMinutes(3)), ZoneOffset.UTC);

      assertRefused(jwt(assertion(future, URI.create(HOST), "admin@example.com", "emulator-client-id")),
          "invalid_grant", "invalid assertion");
    }

    @Test
    void refusesAnUnknownOrUnapprovedUser() {
      assertRefused(jwt(assertion(clock, URI.create(HOST), "who@example.com", "emulator-client-id")),
          "invalid_grant", "user hasn't approved this consumer");

      orgWith(ConnectedApp.builder().jwtPublicKey(KEYS.getPublic()).preAuthorized(false).build());
      assertRefused(jwt(validAssertion()), "invalid_grant", "user hasn't approved this consumer");
    }

    private String resource(String name) throws IOException {
      try (InputStream in = OAuthResourceTest.class.getResourceAsStream(name)) {
        return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      }
    }
  }

  @Nested
  class Revocation {
    @Test
    void revokingAnAccessTokenEndsItsSession() {
      String accessToken = json(clientCredentials()).get("access_token").asText();

      HttpResponse response = post("/services/oauth2/revoke", form("token", accessToken));

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.body()).isEmpty();
      assertThat(restStatus(accessToken)).isEqualTo(401);
    }

    @Test
    void revokingARefreshTokenEndsItAndEveryAccessTokenIssuedFromIt() {
      String code = codeFor("http://127.0.0.1:9000/cb", RFC_CHALLENGE, null);
      JsonNode tokens = json(exchange(code, "http://127.0.0.1:9000/cb", RFC_VERIFIER));
      String refresh = tokens.get("refresh_token").asText();
      String refreshed = json(token("grant_type", "refresh_token", "refresh_token", refresh,
          "client_id", "emulator-client-id")).get("access_token").asText();
      String unrelated = json(clientCredentials()).get("access_token").asText();

      assertThat(post("/services/oauth2/revoke", form("token", refresh)).status()).isEqualTo(200);

      assertThat(restStatus(tokens.get("access_token").asText())).isEqualTo(401);
      assertThat(restStatus(refreshed)).isEqualTo(401);
      assertThat(restStatus(unrelated)).isEqualTo(200);
      assertRefused(token("grant_type", "refresh_token", "refresh_token", refresh, "client_id", "emulator-client-id"),
          "invalid_grant", "expired access/refresh token");
    }

    @Test
    void refusesUnknownAndMissingTokens() {
      assertRefused(post("/services/oauth2/revoke", form("token", "00D5g000000FAKE!unknown")),
          "invalid_token", "invalid token");
      assertRefused(post("/services/oauth2/revoke", form()), "unsupported_token_type", "unsupported token type");
    }
  }

  @Nested
  class UserInfoAndIdentity {
    @Test
    void userInfoDescribesTheTokensUser() {
      String accessToken = json(clientCredentials()).get("access_token").asText();

      HttpResponse response = get("/services/oauth2/userinfo", accessToken);

      JsonNode info = json(response);
      String userId = org.store().runningUserId().value();
      assertThat(response.status()).isEqualTo(200);
      assertThat(info.get("sub").asText()).isEqualTo(HOST + "/id/00D5g000000FAKEEA4/" + userId);
      assertThat(info.get("user_id").asText()).isEqualTo(userId);
      assertThat(info.get("organization_id").asText()).isEqualTo("00D5g000000FAKEEA4");
      assertThat(info.get("preferred_username").asText()).isEqualTo("admin@example.com");
      assertThat(info.get("email").asText()).isEqualTo("admin@example.com");
      assertThat(info.get("name").asText()).isEqualTo("Admin User");
      assertThat(info.get("zoneinfo").asText()).isEqualTo("America/Los_Angeles");
      assertThat(info.get("utcOffset").asLong()).isEqualTo(-25_200_000L);
      assertThat(info.get("locale").asText()).isEqualTo("en_US");
      assertThat(info.get("urls").get("rest").asText()).isEqualTo(HOST + "/services/data/v{version}/");
      assertThat(info.get("updated_at").asText()).isEqualTo("2024-05-01T17:03:11Z");
    }

    @Test
    void userInfoRefusesAMissingOrRevokedToken() {
      HttpResponse response = get("/services/oauth2/userinfo", null);

      assertThat(response.status()).isEqualTo(403);
      assertThat(response.bodyText()).isEqualTo("Bad_OAuth_Token");
    }

    @Test
    void theIdentityUrlOfTheTokenResponseAnswers() {
      JsonNode tokens = json(clientCredentials());
      String path = URI.create(tokens.get("id").asText()).getPath();

      HttpResponse response = get(path, tokens.get("access_token").asText());

      JsonNode id = json(response);
      assertThat(response.status()).isEqualTo(200);
      assertThat(id.get("id").asText()).isEqualTo(tokens.get("id").asText());
      assertThat(id.get("username").asText()).isEqualTo("admin@example.com");
      assertThat(id.get("display_name").asText()).isEqualTo("Admin User");
      assertThat(id.get("last_modified_date").asText()).isEqualTo("2024-05-01T17:03:11.000+0000");
      assertThat(id.get("urls").get("rest").asText()).isEqualTo(HOST + "/services/data/v{version}/");
      assertThat(json(get(path + "?version=62.0&format=json", tokens.get("access_token").asText()))
          .get("urls").get("sobjects").asText()).isEqualTo(HOST + "/services/data/v62.0/sobjects/");
      assertThat(json(get(path + "?version=latest", tokens.get("access_token").asText()))
          .get("urls").get("partner").asText()).isEqualTo(HOST + "/services/Soap/u/68.0/00D5g000000FAKE");
      assertThat(get(path, null).status()).isEqualTo(403);
      assertThat(get("/id/00D5g000000FAKEEA4/005000000000099AAA", tokens.get("access_token").asText()).status())
          .isEqualTo(404);
    }
  }

  @Nested
  class SessionTimeout {
    @Test
    void aSessionUnusedForTheTimeoutGetsInvalidSessionId() {
      String accessToken = json(clientCredentials()).get("access_token").asText();
      clock.advance(Duration.ofMinutes(30));

      HttpResponse response = get("/services/data/v62.0/sobjects/User/" + org.store().runningUserId().value(), accessToken);

      assertThat(response.status()).isEqualTo(401);
      assertThat(json(response).toString())
          .isEqualTo("[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]");
    }

    @Test
    void eachRequestStartsTheTimeoutAgain() {
      String accessToken = json(clientCredentials()).get("access_token").asText();

      for (int i = 0; i < 3; i++) {
        clock.advance(Duration.ofMinutes(29));
        assertThat(restStatus(accessToken)).isEqualTo(200);
      }
    }

    @Test
    void theOrgsOwnTokensTimeOutToo() {
      String accessToken = org.accessToken();
      clock.advance(Duration.ofMinutes(31));

      assertThat(restStatus(accessToken)).isEqualTo(401);
    }

    @Test
    void theOrgsOwnClientGetsANewTokenAndReplays() {
      SalesCloudClient client = org.client();
      SalesforceId id = client.leads().create(Lead.builder().lastName("Ng").company("Acme").build());
      clock.advance(Duration.ofHours(1));

      assertThat(client.leads().get(id).company()).contains("Acme");
    }
  }
}
