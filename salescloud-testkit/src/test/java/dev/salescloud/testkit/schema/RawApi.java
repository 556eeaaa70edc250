package dev.salescloud.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.testkit.FakeSalesCloud;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/** Raw JSON calls to a fake org's router, for what the client refuses to send. */
final class RawApi {
  static final ObjectMapper JSON = new ObjectMapper();

  private final FakeSalesCloud org;
  private final String token;

  RawApi(FakeSalesCloud org) {
    this.org = org;
    this.token = org.accessToken();
  }

  HttpResponse send(String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.builder(method, URI.create("https://fake.my.salesforce.com/services/data/v62.0/" + path))
            .header("Authorization", "Bearer " + token);
    if (body != null) {
      request.body(body).header("Content-Type", "application/json");
    }
    return org.router().handle(request.build());
  }

  static JsonNode json(HttpResponse response) {
    try {
      return JSON.readTree(response.bodyText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
