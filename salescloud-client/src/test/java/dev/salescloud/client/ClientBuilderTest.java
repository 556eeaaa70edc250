package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {
  @Test
  void runsOnTheExecutorItIsGiven() {
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try (LoopbackServer server = new LoopbackServer();
        SalesCloudClient sf =
            SalesCloudClient.builder()
                .credentials(StaticCredentials.of("t", server.baseUri()))
                .executor(executor)
                .build()) {
      server.enqueue(200, "{\"attributes\":{\"type\":\"Lead\"},\"LastName\":\"Ng\"}");

      assertThat(sf.leads().get(SalesforceId.of("00Q5f00000AbcdeEAB")).lastName()).contains("Ng");
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void refusesMissingCredentialsAndConflictingTransports() {
    assertThatThrownBy(() -> SalesCloudClient.builder().build())
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("credentials");
    assertThatThrownBy(
            () -> SalesCloudClient.builder()
                .credentials(StaticCredentials.of("t", java.net.URI.create("https://acme.my.salesforce.com")))
                .httpClient(HttpClient.newHttpClient())
                .executor(Runnable::run)
                .build())
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("at most one");
  }

  @Test
  void refusesBadSettingsNamingThem() {
    SalesCloudClient.Builder builder = SalesCloudClient.builder();

    assertThatThrownBy(() -> builder.apiVersion("66")).hasMessageContaining("NN.0");
    assertThatThrownBy(() -> builder.apiVersion("30.0")).hasMessageContaining("retired");
    assertThatThrownBy(() -> builder.timeout(Duration.ZERO)).hasMessageContaining("positive");
    assertThatThrownBy(() -> builder.userAgentSuffix("bad\r\nX-Evil: 1")).hasMessageContaining("printable");
  }
}
