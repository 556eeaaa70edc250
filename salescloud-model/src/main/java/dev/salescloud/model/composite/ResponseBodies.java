package dev.salescloud.model.composite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.json.SalesCloudJackson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the embedded bodies of subresponses: error arrays and typed results. */
final class ResponseBodies {
  static final ObjectMapper MAPPER = SalesCloudJackson.newObjectMapper();

  private ResponseBodies() {}

  /**
   * The errors of a failed subresponse: its body when that is a Salesforce error array (or, as
   * some resources answer, a single error object).
   */
  static List<ApiError> errorsIn(int status, Optional<JsonNode> body) {
    if (status < 400 || body.isEmpty()) {
      return List.of();
    }
    JsonNode node = body.get();
    List<JsonNode> elements = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(elements::add);
    } else if (node.isObject()) {
      elements.add(node);
    }
    List<ApiError> errors = new ArrayList<>();
    for (JsonNode element : elements) {
      boolean isError =
          element.isObject()
              && (element.path("errorCode").isTextual() || element.path("statusCode").isTextual());
      if (!isError) {
        return List.of();
      }
      try {
        errors.add(MAPPER.treeToValue(element, ApiError.class));
      } catch (Exception e) {
        return List.of();
      }
    }
    return List.copyOf(errors);
  }

  /** Whether every error carries the given code (and there is at least one). */
  static boolean allHaveCode(List<ApiError> errors, String code) {
    return !errors.isEmpty() && errors.stream().allMatch(e -> e.code().equals(code));
  }

  /** Converts a body to a Java type, naming the subresponse when it does not fit. */
  static <T> Optional<T> convert(Optional<JsonNode> body, JavaType type, String what) {
    InvalidArgumentException.requireNonNull(type, "type");
    if (body.isEmpty() || body.get().isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.treeToValue(body.get(), type));
    } catch (JsonProcessingException e) {
      throw new InvalidArgumentException(
          "type",
          "The body of " + what + " cannot be read as " + type.toCanonical() + ": "
              + Reference.abbreviate(String.valueOf(e.getOriginalMessage())));
    }
  }
}
