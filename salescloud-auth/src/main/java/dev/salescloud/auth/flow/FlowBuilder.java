package dev.salescloud.auth.flow;

import dev.salescloud.auth.LoginHost;
import dev.salescloud.auth.TokenEndpoint;
import dev.salescloud.model.error.InvalidArgumentException;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * What every flow's builder takes: the login host, the app's client id, and how to reach the token
 * endpoint.
 *
 * @param <B> the concrete builder
 */
abstract class FlowBuilder<B extends FlowBuilder<B>> {
  LoginHost host;
  String clientId;
  HttpClient http;
  Duration timeout = Duration.ofSeconds(30);

  FlowBuilder() {}

  abstract B self();

  /**
   * Where to log in: {@code LoginHost.PRODUCTION}, {@code LoginHost.SANDBOX}, the org's My Domain
   * ({@code LoginHost.myDomain("acme")}) or any base URL, such as an emulator's.
   *
   * @param host the login host
   * @return this builder
   */
  public B loginHost(LoginHost host) {
    this.host = InvalidArgumentException.requireNonNull(host, "loginHost");
    return self();
  }

  /**
   * The app's client id (consumer key).
   *
   * @param clientId the client id
   * @return this builder
   */
  public B clientId(String clientId) {
    this.clientId = Flows.requireText(clientId, "clientId");
    return self();
  }

  /**
   * The HTTP client for token requests; by default a new JDK client.
   *
   * @param http the client; it stays yours to manage
   * @return this builder
   */
  public B httpClient(HttpClient http) {
    this.http = InvalidArgumentException.requireNonNull(http, "httpClient");
    return self();
  }

  /**
   * How long to wait for the token endpoint's answer; 30 seconds by default.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public B timeout(Duration timeout) {
    InvalidArgumentException.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new InvalidArgumentException("timeout", "The timeout must be positive, not " + timeout);
    }
    this.timeout = timeout;
    return self();
  }

  /** The token endpoint of the configured host. */
  TokenEndpoint endpoint() {
    return Flows.endpoint(host, http, timeout);
  }
}
