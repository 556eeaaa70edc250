package dev.salescloud.testkit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.testkit.FakeSalesCloud;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;

/** Raw JSON calls to a fresh fake org through its router, for the composite resources' tests. */
final class OrgCalls {
  private static final ObjectMapper JSON = new ObjectMapper();

  final FakeSalesCloud org =
      FakeSalesCloud.builder().fixedAt(Instant.parse("2024-05-01T17:03:11Z")).build();
  private final String token = org.accessToken();

  HttpResponse send(String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.builder(method, URI.create("https://fake.my.salesforce.com" + path))
            .header("Authorization", "Bearer " + token);
    if (body != null) {
      request.body(body).header("Content-Type", "application/json");
    }
    return org.router().handle(request.build());
  }

  /** Sends a body written with single quotes for readability. */
  JsonNode call(String method, String path, String body) {
    return json(send(method, path, body == null ? null : body.replace('\'', '"')));
  }

  static JsonNode json(HttpResponse response) {
    try {
      String text = response.bodyText();
      return text.isEmpty() ? JSON.nullNode() : JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A refusal as {@code "<status> <errorCode>"}, e.g. {@code "400 JSON_PARSER_ERROR"}. */
  static String refusal(HttpResponse response) {
    return response.status() + " " + json(response).get(0).get("errorCode").asText();
  }

  /** A refusal as {@code "<status> <error array>"}. */
  static String refusalBody(HttpResponse response) {
    return response.status() + " " + json(response);
  }

  static String quoted(String body) {
    return body.replace('\'', '"');
  }

  String createAccount(String name) {
    return call("POST", "/services/data/v62.0/sobjects/Account", "{'Name':'" + name + "'}")
        .get("id").asText();
  }

  int count(String type) {
    return org.store().count(type);
  }
}
