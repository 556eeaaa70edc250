package dev.salescloud.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.InvalidArgumentException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class LoginHostTest {
  @Test
  void knowsTheProductionAndSandboxLoginHosts() {
    assertThat(LoginHost.PRODUCTION.tokenUrl()).isEqualTo(URI.create("https://login.salesforce.com/services/oauth2/token"));
    assertThat(LoginHost.SANDBOX.revokeUrl()).isEqualTo(URI.create("https://test.salesforce.com/services/oauth2/revoke"));
    assertThat(LoginHost.PRODUCTION.isSharedLoginHost()).isTrue();
    assertThat(LoginHost.SANDBOX.isSharedLoginHost()).isTrue();
  }

  @Test
  void buildsMyDomainHostsFromANameOrAFullHostName() {
    assertThat(LoginHost.myDomain("acme").baseUrl()).isEqualTo(URI.create("https://acme.my.salesforce.com"));
    assertThat(LoginHost.myDomain("Acme--Dev.sandbox.my.salesforce.com").baseUrl())
        .isEqualTo(URI.create("https://acme--dev.sandbox.my.salesforce.com"));
    assertThat(LoginHost.myDomain("acme").isSharedLoginHost()).isFalse();
  }

  @Test
  void acceptsAnyBaseUrlAndDropsATrailingSlash() {
    LoginHost emulator = LoginHost.of(URI.create("http://127.0.0.1:8443/"));

    assertThat(emulator.tokenUrl()).isEqualTo(URI.create("http://127.0.0.1:8443/services/oauth2/token"));
    assertThat(emulator).isEqualTo(LoginHost.of(URI.create("http://127.0.0.1:8443")));
    assertThat(emulator.toString()).contains("127.0.0.1:8443");
  }

  @Test
  void refusesHostsThatAreNotHttpUrlsOrHostNames() {
    assertThatThrownBy(() -> LoginHost.of(URI.create("login.salesforce.com")))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("loginHost")
        .hasMessageContaining("'login.salesforce.com'");
    assertThatThrownBy(() -> LoginHost.of(URI.create("https://login.salesforce.com?x=1")))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("loginHost");
    assertThatThrownBy(() -> LoginHost.myDomain("acme corp"))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("myDomain")
        .hasMessageContaining("'acme corp'");
  }
}
