package dev.salescloud.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.salescloud.model.error.ApiException;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.RateLimitException;
import dev.salescloud.model.error.TransportException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TokenEndpointTest {
  final LoopbackServer server = LoopbackServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  static Map<String, String> form(String... keysAndValues) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      form.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return form;
  }

  @Nested
  class Requests {
    @Test
    void postsAUtf8FormToTheTokenPathAndReadsTheResponse() throws Exception {
      server.answerJson(200, TokenResponseTest.FULL);

      TokenResponse response = TokenEndpoint.of(server.loginHost())
          .requestToken(form("grant_type", "password", "username", "zoë+ops@acme.com", "password", "p&ss=wörd"));

      LoopbackServer.Request request = server.takeRequest();
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo("/services/oauth2/token");
      assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
      assertThat(request.body())
          .isEqualTo("grant_type=password&username=zo%C3%AB%2Bops%40acme.com&password=p%26ss%3Dw%C3%B6rd");
      assertThat(request.form()).containsEntry("password", "p&ss=wörd");
      assertThat(response.accessToken()).isEqualTo(TokenResponseTest.ACCESS_TOKEN);
    }

    @Test
    void refusesTokensThatAreNotBearerTokens() {
      server.answerJson(200, "{\"access_token\":\"a\",\"instance_url\":\"https://na1.salesforce.com\",\"token_type\":\"DPoP\"}");

      assertThatThrownBy(() -> TokenEndpoint.of(server.loginHost()).requestToken(form("grant_type", "x")))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("DPoP")
          .hasMessageContaining("only Bearer");
    }
  }

  @Nested
  class Errors {
    record Case(int status, String error, String description, Class<? extends ApiException> type, String advice) {}

    @Test
    void mapsEachOAuthErrorToATypedExceptionThatSaysWhatToDo() {
      List<Case> cases = List.of(
          new Case(400, "invalid_grant", "expired access/refresh token", AuthenticationException.class, "authorize the app again"),
          new Case(400, "invalid_grant", "user hasn't approved this consumer", AuthenticationException.class, "pre-authorized"),
          new Case(400, "invalid_grant", "Audience validation failed", AuthenticationException.class, "https://test.salesforce.com"),
          new Case(400, "invalid_grant", "request not supported on this domain", AuthenticationException.class, "My Domain"),
          new Case(400, "invalid_grant", "ip restricted or invalid login hours", AuthenticationException.class, "relax IP restrictions"),
          new Case(400, "invalid_grant", "invalid authorization code", AuthenticationException.class, "single-use"),
          new Case(400, "invalid_grant", "authentication failure", AuthenticationException.class, "security token"),
          new Case(400, "invalid_client_id", "client identifier invalid", AuthenticationException.class, "consumer key"),
          new Case(401, "invalid_client", "invalid client credentials", AuthenticationException.class, "client secret"),
          new Case(400, "unsupported_grant_type", "grant type not supported", AuthenticationException.class, "x-www-form-urlencoded"),
          new Case(400, "invalid_request", "missing required code challenge", AuthenticationException.class, "required parameter"),
          new Case(400, "inactive_user", "user is inactive", AuthenticationException.class, "activate the user"),
          new Case(400, "inactive_org", "organization is inactive", AuthenticationException.class, "org's status"),
          new Case(400, "rate_limit_exceeded", "too many requests", RateLimitException.class, "back off"));
      for (Case c : cases) {
        server.answerJson(c.status(), "{\"error\":\"" + c.error() + "\",\"error_description\":\"" + c.description() + "\"}");

        Throwable thrown = catchThrowable(() -> TokenEndpoint.of(server.loginHost()).requestToken(form("grant_type", "x")));

        assertThat(thrown).as(c.toString()).isInstanceOf(c.type())
            .hasMessageContaining(c.error())
            .hasMessageContaining(c.description())
            .hasMessageContaining(c.advice())
            .hasMessageContaining("POST /services/oauth2/token");
        ApiException api = (ApiException) thrown;
        assertThat(api.status()).isEqualTo(c.status());
        assertThat(api.errorCode()).contains(c.error());
      }
    }

    @Test
    void reportsAnHtmlAnswerAsATransportFailureWithAnExcerpt() {
      server.answer(r -> new LoopbackServer.Response(502, "text/html",
          "<html><body><h1>502 Bad Gateway</h1>\n<p>The proxy could not reach upstream</p></body></html>"));

      assertThatThrownBy(() -> TokenEndpoint.of(server.loginHost()).requestToken(form("grant_type", "x")))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.status()).contains(502))
          .hasMessageContaining("502")
          .hasMessageContaining("text/html")
          .hasMessageContaining("<h1>502 Bad Gateway</h1> <p>The proxy");
    }

    @Test
    void reportsAnEmptyAnswerAndJsonWithoutTokenOrError() {
      server.answer(r -> new LoopbackServer.Response(503, null, ""));
      assertThatThrownBy(() -> TokenEndpoint.of(server.loginHost()).requestToken(form("grant_type", "x")))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("(empty body)");

      server.answerJson(200, "{\"hello\":\"world\"}");
      assertThatThrownBy(() -> TokenEndpoint.of(server.loginHost()).requestToken(form("grant_type", "x")))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("without an access_token or an error");
    }

    @Test
    void neverRepeatsTheFormsSecretsEvenWhenTheServerEchoesThem() {
      server.answer(r -> new LoopbackServer.Response(400, "text/plain", "bad request: " + r.body()));

      Throwable thrown = catchThrowable(() -> TokenEndpoint.of(server.loginHost())
          .requestToken(form("grant_type", "refresh_token", "refresh_token", "5Aep.rt/secret+1", "client_secret", "cs-secret")));

      assertThat(thrown).isInstanceOf(TransportException.class)
          .hasMessageContaining("<redacted>")
          .hasMessageNotContaining("5Aep.rt").hasMessageNotContaining("cs-secret");
    }

    @Test
    void reportsARefusedConnectionAsATransportFailure() {
      LoginHost gone = server.loginHost();
      server.close();

      assertThatThrownBy(() -> TokenEndpoint.of(gone).requestToken(form("grant_type", "x")))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("POST /services/oauth2/token")
          .hasMessageContaining(gone.baseUrl().toString());
    }
  }

  @Nested
  class Revocation {
    @Test
    void postsTheTokenToTheRevokeEndpoint() throws Exception {
      server.answer(r -> new LoopbackServer.Response(200, null, ""));

      TokenEndpoint.of(server.loginHost()).revoke("5Aep861.refresh/token+1");

      LoopbackServer.Request request = server.takeRequest();
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo("/services/oauth2/revoke");
      assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
      assertThat(request.body()).isEqualTo("token=5Aep861.refresh%2Ftoken%2B1");
    }

    @Test
    void reportsAnUnknownOrAlreadyRevokedTokenWithoutRepeatingIt() {
      server.answerJson(400, "{\"error\":\"invalid_token\",\"error_description\":\"invalid token\"}");

      assertThatThrownBy(() -> TokenEndpoint.of(server.loginHost()).revoke("5Aep861.revoked-secret"))
          .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.path()).isEqualTo("/services/oauth2/revoke"))
          .hasMessageContaining("invalid_token")
          .hasMessageContaining("already revoked")
          .hasMessageNotContaining("revoked-secret");
    }

    @Test
    void reportsAnUnsupportedTokenTypeAndRefusesABlankToken() {
      server.answerJson(400, "{\"error\":\"unsupported_token_type\",\"error_description\":\"this token type is not supported\"}");

      assertThatThrownBy(() -> TokenEndpoint.of(server.loginHost()).revoke("jwt-thing"))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("only access tokens and refresh tokens");
      assertThatThrownBy(() -> TokenEndpoint.of(server.loginHost()).revoke(" "))
          .isInstanceOf(dev.salescloud.model.error.InvalidArgumentException.class)
          .hasMessageContaining("token");
    }
  }
}
