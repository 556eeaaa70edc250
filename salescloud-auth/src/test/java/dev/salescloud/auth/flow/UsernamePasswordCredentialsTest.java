package dev.salescloud.auth.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.auth.LoginHost;
import dev.salescloud.auth.LoopbackServer;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("deprecation")
class UsernamePasswordCredentialsTest {
  static final String PASSWORD = "up-password-secret";
  static final String SECURITY_TOKEN = "upSecurityToken9";
  static final String CLIENT_SECRET = "up-client-secret";

  final LoopbackServer server = LoopbackServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  UsernamePasswordCredentials.Builder credentials() {
    return UsernamePasswordCredentials.builder().loginHost(server.loginHost()).clientId("cid")
        .clientSecret(CLIENT_SECRET).username("qa@acme.com.dev").password(PASSWORD);
  }

  @Test
  void sendsThePasswordGrantWithTheSecurityTokenAppended() throws Exception {
    server.answerJson(200, RefreshTokenCredentialsTest.tokenJson("00Dx!up-access", null, null));

    String token = credentials().securityToken(SECURITY_TOKEN).build().token().value();

    assertThat(server.takeRequest().form()).containsExactly(
        Map.entry("grant_type", "password"),
        Map.entry("client_id", "cid"),
        Map.entry("client_secret", CLIENT_SECRET),
        Map.entry("username", "qa@acme.com.dev"),
        Map.entry("password", PASSWORD + SECURITY_TOKEN));
    assertThat(token).isEqualTo("00Dx!up-access");
  }

  @Test
  void reportsABlockedOrFailedLoginWithWhatToCheck() {
    server.answerJson(400, "{\"error\":\"invalid_grant\",\"error_description\":\"authentication failure\"}");

    assertThatThrownBy(() -> credentials().build().token())
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("security token")
        .hasMessageContaining("Login History")
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void requiresThePasswordAndNeverShowsIt() {
    assertThatThrownBy(() -> UsernamePasswordCredentials.builder().loginHost(LoginHost.SANDBOX).clientId("cid")
            .clientSecret(CLIENT_SECRET).username("qa@acme.com.dev").build())
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("password");
    assertThat(credentials().securityToken(SECURITY_TOKEN).build().toString())
        .contains("qa@acme.com.dev")
        .doesNotContain(PASSWORD).doesNotContain(SECURITY_TOKEN).doesNotContain(CLIENT_SECRET);
  }
}
