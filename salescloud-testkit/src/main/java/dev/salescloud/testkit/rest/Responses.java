package dev.salescloud.testkit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.testkit.schema.SalesforceFault;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds every response of the router: JSON bodies, empty 204s and Salesforce's error arrays. */
final class Responses {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String JSON_TYPE = "application/json;charset=UTF-8";

  private Responses() {}

  /** The 405 refusal naming the methods the resource allows. */
  static SalesforceFault notAllowed(String method, String allowed) {
    return new SalesforceFault(
        405,
        "METHOD_NOT_ALLOWED",
        "HTTP Method '" + method + "' not allowed. Allowed are " + allowed,
        List.of());
  }

  /** Salesforce's error array for a refusal: {@code [{"message","errorCode","fields"}]}. */
  static HttpResponse error(SalesforceFault fault, String limitInfo) {
    ArrayNode errors = MAPPER.createArrayNode();
    ObjectNode error = errors.addObject();
    error.put("message", fault.getMessage());
    error.put("errorCode", fault.errorCode());
    if (fault.status() == 400 || !fault.fields().isEmpty()
        || fault.errorCode().equals("ENTITY_IS_DELETED")) {
      ArrayNode fields = error.putArray("fields");
      fault.fields().forEach(fields::add);
    }
    return json(fault.status(), errors, limitInfo);
  }

  /**
   * The error array of the query resource, which names no fields:
   * {@code [{"message","errorCode"}]}.
   */
  static HttpResponse errorWithoutFields(SalesforceFault fault, String limitInfo) {
    ArrayNode errors = MAPPER.createArrayNode();
    ObjectNode error = errors.addObject();
    error.put("message", fault.getMessage());
    error.put("errorCode", fault.errorCode());
    return json(fault.status(), errors, limitInfo);
  }

  /** A JSON response, with the limit header when the call was counted. */
  static HttpResponse json(int status, JsonNode body, String limitInfo) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of(JSON_TYPE));
    if (limitInfo != null) {
      headers.put("Sforce-Limit-Info", List.of(limitInfo));
    }
    try {
      return HttpResponse.of(status, headers, MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a JSON tree", e);
    }
  }

  /** The 204 answer of updates and deletes. */
  static HttpResponse empty(String limitInfo) {
    return HttpResponse.of(204, Map.of("Sforce-Limit-Info", List.of(limitInfo)), new byte[0]);
  }
}
