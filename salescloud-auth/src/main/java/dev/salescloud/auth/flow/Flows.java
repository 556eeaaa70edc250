package dev.salescloud.auth.flow;

import dev.salescloud.auth.LoginHost;
import dev.salescloud.auth.TokenEndpoint;
import dev.salescloud.model.error.InvalidArgumentException;
import java.net.http.HttpClient;
import java.time.Duration;

/** Argument checks and endpoint set-up shared by the flows' builders. */
final class Flows {
  private Flows() {}

  static String requireText(String value, String argument) {
    InvalidArgumentException.requireNonNull(value, argument);
    if (value.isBlank()) {
      throw new InvalidArgumentException(argument, argument + " must not be blank");
    }
    return value;
  }

  static void requireSet(Object value, String argument, String hint) {
    if (value == null) {
      throw new InvalidArgumentException(argument, argument + " is required: set " + hint);
    }
  }

  static TokenEndpoint endpoint(LoginHost host, HttpClient http, Duration timeout) {
    return http == null
        ? TokenEndpoint.of(host, HttpClient.newBuilder().connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER).build(), timeout)
        : TokenEndpoint.of(host, http, timeout);
  }
}
