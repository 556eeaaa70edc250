package dev.salescloud.testkit.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.testkit.FakeSalesCloud;
import java.net.URI;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConnectedAppTest {

  @Nested
  class Defaults {
    @Test
    void letEveryFlowRunWithTheDocumentedValues() {
      ConnectedApp app = ConnectedApp.defaults();

      assertThat(app.clientId()).isEqualTo("emulator-client-id");
      assertThat(app.clientSecret()).isEqualTo("emulator-client-secret");
      assertThat(app.username()).isEqualTo("admin@example.com");
      assertThat(app.passwordMatches("emulator-password")).isTrue();
      assertThat(app.scopes()).containsExactly("api", "refresh_token");
      assertThat(app.rotatesRefreshTokens()).isFalse();
      assertThat(app.jwtKey()).isEmpty();
    }

    @Test
    void acceptLoopbackCallbacksOnAnyPortButNothingElse() {
      ConnectedApp app = ConnectedApp.defaults();

      assertThat(app.acceptsCallback(URI.create("http://localhost:1717/oauth/callback"))).isTrue();
      assertThat(app.acceptsCallback(URI.create("http://127.0.0.1:65000/cb?x=1"))).isTrue();
      assertThat(app.acceptsCallback(URI.create("https://localhost:1717/cb"))).isFalse();
      assertThat(app.acceptsCallback(URI.create("http://localhost.evil.com:1717/cb"))).isFalse();
      assertThat(app.acceptsCallback(URI.create("http://user@localhost:1717/cb"))).isFalse();
      assertThat(app.acceptsCallback(URI.create("https://app.example.com/cb"))).isFalse();
    }

    @Test
    void areWhatTheOrgUsesUnlessTold() {
      assertThat(FakeSalesCloud.create().connectedApp().clientId()).isEqualTo("emulator-client-id");
    }
  }

  @Nested
  class Settings {
    @Test
    void refuseBlankValues() {
      assertThatThrownBy(() -> ConnectedApp.builder().clientSecret(" "))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("clientSecret must not be blank");
      assertThatThrownBy(() -> ConnectedApp.builder().scopes())
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("at least one scope");
      assertThatThrownBy(() -> ConnectedApp.builder().callbackUrl(URI.create("/cb")))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("absolute");
    }

    @Test
    void refuseAKeyThatIsNotRsaOrNotPem() throws Exception {
      KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
      ec.initialize(256);

      assertThatThrownBy(() -> ConnectedApp.builder().jwtPublicKey(ec.generateKeyPair().getPublic()))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("RSA");
      assertThatThrownBy(() -> ConnectedApp.builder().jwtCertificatePem("hello"))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("BEGIN CERTIFICATE");
      assertThatThrownBy(() -> ConnectedApp.builder()
          .jwtCertificatePem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("no readable RSA certificate");
    }

    @Test
    void readAPublicKeyPem() throws Exception {
      KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
      rsa.initialize(2048);
      String pem = "-----BEGIN PUBLIC KEY-----\n"
          + Base64.getMimeEncoder().encodeToString(rsa.generateKeyPair().getPublic().getEncoded())
          + "\n-----END PUBLIC KEY-----\n";

      assertThat(ConnectedApp.builder().jwtCertificatePem(pem).build().jwtKey()).isPresent();
    }

    @Test
    void neverShowASecretOrPassword() {
      ConnectedApp app = ConnectedApp.builder().clientSecret("s3cret-value").password("pa55word")
          .securityToken("tok3n").build();

      assertThat(app.toString()).contains("emulator-client-id", "admin@example.com")
          .doesNotContain("s3cret-value", "pa55word", "tok3n");
    }

    @Test
    void theSessionTimeoutMustBePositive() {
      assertThatThrownBy(() -> FakeSalesCloud.builder().sessionTimeout(Duration.ZERO))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("session timeout must be positive");
    }
  }
}
