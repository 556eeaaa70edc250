package dev.salescloud.auth.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.auth.AccessToken;
import dev.salescloud.auth.LoginHost;
import dev.salescloud.auth.LoopbackServer;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClientCredentialsCredentialsTest {
  static final String CLIENT_ID = "3MVG9.cc-consumer-key";
  static final String CLIENT_SECRET = "cc-client-secret-42";
  static final String ID = RefreshTokenCredentialsTest.ID;

  final LoopbackServer server = LoopbackServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  ClientCredentialsCredentials.Builder credentials() {
    return ClientCredentialsCredentials.builder().loginHost(server.loginHost()).clientId(CLIENT_ID).clientSecret(CLIENT_SECRET);
  }

  @Nested
  class Exchange {
    @Test
    void sendsTheClientCredentialsGrantAndChecksTheSignature() throws Exception {
      server.answerJson(200, RefreshTokenCredentialsTest.tokenJson("00Dx!cc-access", null,
          RefreshTokenCredentialsTest.signature(CLIENT_SECRET, ID, "1700000000000")));

      AccessToken token = credentials().build().token();

      assertThat(server.takeRequest().form()).containsExactly(
          Map.entry("grant_type", "client_credentials"),
          Map.entry("client_id", CLIENT_ID),
          Map.entry("client_secret", CLIENT_SECRET));
      assertThat(token.value()).isEqualTo("00Dx!cc-access");
    }

    @Test
    void refusesAResponseSignedWithAnotherSecret() throws Exception {
      server.answerJson(200, RefreshTokenCredentialsTest.tokenJson("00Dx!cc-access", null,
          RefreshTokenCredentialsTest.signature("other-secret", ID, "1700000000000")));

      assertThatThrownBy(() -> credentials().build().token())
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("tampered with");
    }

    @Test
    void reportsAWrongSecretWithWhatToDo() {
      server.answerJson(400, "{\"error\":\"invalid_client\",\"error_description\":\"invalid client credentials\"}");

      assertThatThrownBy(() -> credentials().build().token())
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("invalid_client")
          .hasMessageContaining("client secret (consumer secret) is wrong")
          .hasMessageNotContaining(CLIENT_SECRET);
    }
  }

  @Nested
  class Hosts {
    @Test
    void refusesTheSharedLoginHostsBeforeSendingAnything() {
      for (LoginHost shared : new LoginHost[] {LoginHost.PRODUCTION, LoginHost.SANDBOX}) {
        assertThatThrownBy(() -> ClientCredentialsCredentials.builder().loginHost(shared))
            .isInstanceOf(InvalidArgumentException.class)
            .hasMessageContaining("My Domain")
            .hasMessageContaining(shared.baseUrl().toString());
      }
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void acceptsMyDomainHosts() {
      assertThat(ClientCredentialsCredentials.builder().loginHost(LoginHost.myDomain("acme"))
          .clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).build().toString())
          .contains("https://acme.my.salesforce.com")
          .doesNotContain(CLIENT_SECRET);
    }

    @Test
    void requiresTheClientSecret() {
      assertThatThrownBy(() -> ClientCredentialsCredentials.builder().loginHost(LoginHost.myDomain("acme"))
              .clientId(CLIENT_ID).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("clientSecret");
    }
  }
}
