package dev.salescloud.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.auth.AccessToken;
import dev.salescloud.auth.CredentialsProvider;
import dev.salescloud.auth.RefreshingCredentials;
import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.retry.RetryPolicy;
import dev.salescloud.model.json.SalesCloudJackson;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the loopback tests share: a {@link LoopbackServer}, a client on it that does not retry
 * and never really sleeps, and a {@link SecretGuard} that fails the test if the token reached an
 * exception or a log line.
 */
abstract class LoopbackTest {
  static final String TOKEN = "00Dx0000000BV7z!AR8AQ.secret-token-value";

  @RegisterExtension final SecretGuard guard = new SecretGuard(TOKEN);

  final LoopbackServer server = new LoopbackServer();
  final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  final ObjectMapper mapper = SalesCloudJackson.newObjectMapper();
  private final List<SalesCloudClient> clients = new ArrayList<>();
  final SalesCloudClient sf = client(b -> {});

  /** A client on the server with the token, no retries and a recording sleeper, then adjusted. */
  SalesCloudClient client(Consumer<SalesCloudClient.Builder> adjust) {
    SalesCloudClient.Builder builder =
        SalesCloudClient.builder()
            .credentials(StaticCredentials.of(TOKEN, server.baseUri()))
            .retryPolicy(RetryPolicy.none())
            .sleeper(waits::add);
    adjust.accept(builder);
    SalesCloudClient client = builder.build();
    clients.add(client);
    return client;
  }

  @AfterEach
  void stopServerAndClients() {
    clients.forEach(SalesCloudClient::close);
    server.close();
  }

  JsonNode json(String text) throws Exception {
    return mapper.readTree(text);
  }

  /** Credentials whose tokens are {@code token-1}, {@code token-2}, ..., counting the fetches. */
  static CredentialsProvider countingRefreshes(AtomicInteger fetches, URI instanceUrl) {
    return new RefreshingCredentials() {
      @Override
      protected AccessToken fetchToken() {
        return AccessToken.of("token-" + fetches.incrementAndGet(), instanceUrl);
      }
    };
  }

  static Answer empty(int status) {
    return new Answer(status, Map.of(), "", Duration.ZERO);
  }
}
