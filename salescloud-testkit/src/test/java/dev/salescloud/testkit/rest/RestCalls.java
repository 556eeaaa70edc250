package dev.salescloud.testkit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.testkit.FakeSalesCloud;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/** Raw REST calls to a fake org's router with a token it issued, and rows written behind its back. */
final class RestCalls {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeSalesCloud org;
  private final String token;

  RestCalls(FakeSalesCloud org) {
    this.org = org;
    this.token = org.accessToken();
  }

  HttpResponse send(String method, String path) {
    return org.router().handle(
        HttpRequest.builder(method, URI.create("https://fake.my.salesforce.com" + path))
            .header("Authorization", "Bearer " + token)
            .build());
  }

  String insert(String type, String body) {
    try {
      return org.store().insert(type, (ObjectNode) JSON.readTree(body)).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(HttpResponse response) {
    try {
      return JSON.readTree(response.bodyText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String errorCode(HttpResponse response) {
    return json(response).get(0).get("errorCode").asText();
  }
}
