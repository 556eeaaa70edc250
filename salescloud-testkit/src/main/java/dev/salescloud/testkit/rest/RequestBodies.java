package dev.salescloud.testkit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.testkit.schema.SalesforceFault;
import java.util.Set;

/**
 * Reads the typed members of the composite resources' request bodies, refusing a member of the
 * wrong JSON type with Salesforce's 400 {@code JSON_PARSER_ERROR}.
 */
final class RequestBodies {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PATCH", "PUT", "DELETE");

  private RequestBodies() {}

  /** A boolean member; absent or null is false. */
  static boolean flag(JsonNode body, String name) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw wrongType(name, "boolean", value);
    }
    return value.asBoolean();
  }

  /** A required array member. */
  static ArrayNode array(JsonNode body, String name) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      throw SalesforceFault.badRequest(
          "JSON_PARSER_ERROR", "Required field '" + name + "' is missing from the request body");
    }
    if (!value.isArray()) {
      throw wrongType(name, "java.util.List", value);
    }
    return (ArrayNode) value;
  }

  /** An element of an array member that must be a JSON object. */
  static ObjectNode object(JsonNode element, String name) {
    if (!element.isObject()) {
      throw wrongType(name, "an object", element);
    }
    return (ObjectNode) element;
  }

  /** A required text member of an object. */
  static String text(JsonNode body, String name) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      throw SalesforceFault.badRequest(
          "JSON_PARSER_ERROR", "Required field '" + name + "' is missing from a subrequest");
    }
    if (!value.isTextual()) {
      throw wrongType(name, "java.lang.String", value);
    }
    return value.asText();
  }

  /**
   * The subrequest list of a composite or batch call, refused with {@code LIMIT_EXCEEDED} when it
   * holds more than {@code max}.
   */
  static ArrayNode subrequests(JsonNode body, String name, int max, String call) {
    ArrayNode list = array(body, name);
    if (list.size() > max) {
      throw SalesforceFault.badRequest(
          "LIMIT_EXCEEDED",
          "A " + call + " request may contain at most " + max + " subrequests; this one has "
              + list.size());
    }
    return list;
  }

  /** The case-sensitive HTTP method of a subrequest: GET, POST, PATCH, PUT or DELETE. */
  static String method(JsonNode subrequest) {
    String method = text(subrequest, "method");
    if (!METHODS.contains(method)) {
      throw SalesforceFault.badRequest(
          "JSON_PARSER_ERROR",
          "Invalid method '" + method + "': use one of GET, POST, PATCH, PUT, DELETE (case-sensitive)");
    }
    return method;
  }

  private static SalesforceFault wrongType(String name, String type, JsonNode value) {
    return SalesforceFault.badRequest(
        "JSON_PARSER_ERROR",
        "Cannot deserialize value of type `" + type + "` from " + value.getNodeType().name()
            + " value for field '" + name + "'");
  }
}
