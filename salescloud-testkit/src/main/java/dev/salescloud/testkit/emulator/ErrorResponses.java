package dev.salescloud.testkit.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.salescloud.client.transport.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The answers the emulator gives itself, before or instead of the org's: Salesforce's error array
 * {@code [{"message":"...","errorCode":"..."}]}.
 */
final class ErrorResponses {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ErrorResponses() {}

  /**
   * Salesforce's refusal of a request body over its limit; Salesforce itself says so with a 400
   * {@code JSON_PARSER_ERROR} naming the limit in bytes.
   *
   * @param maxBodyBytes the limit
   * @return the response
   */
  static HttpResponse bodyTooLarge(int maxBodyBytes) {
    return error(
        400,
        "JSON_PARSER_ERROR",
        "Maximum size of request reached. Maximum size of request is " + maxBodyBytes + " bytes.");
  }

  /**
   * Salesforce's answer to a failure of its own: 500 {@code UNKNOWN_EXCEPTION} with an error id
   * and nothing of the failure itself.
   *
   * @param errorId the id to quote, also written to the emulator's log
   * @return the response
   */
  static HttpResponse unexpected(String errorId) {
    return error(
        500,
        "UNKNOWN_EXCEPTION",
        "An unexpected error occurred. Please include this ErrorId if you contact support: "
            + errorId);
  }

  private static HttpResponse error(int status, String errorCode, String message) {
    ArrayNode errors = MAPPER.createArrayNode();
    errors.addObject().put("message", message).put("errorCode", errorCode);
    try {
      return HttpResponse.of(
          status,
          Map.of("Content-Type", List.of("application/json;charset=UTF-8")),
          MAPPER.writeValueAsBytes(errors));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a JSON tree", e);
    }
  }
}
