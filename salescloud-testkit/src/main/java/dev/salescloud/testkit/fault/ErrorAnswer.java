package dev.salescloud.testkit.fault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An error answer in the org's place, as Salesforce writes it: {@code
 * [{"message":"...","errorCode":"...","fields":[]}]} ({@code fields} on 400s only). The call
 * counts against the daily limit and the answer carries {@code Sforce-Limit-Info}, except a 401,
 * which Salesforce gives before counting.
 */
final class ErrorAnswer implements Injection {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final int status;
  private final String errorCode;
  private final String message;

  ErrorAnswer(int status, String errorCode, String message) {
    this.status = status;
    this.errorCode = errorCode;
    this.message = message;
  }

  /** Answers with the error, counting the call unless it is a 401. */
  @Override
  public Optional<HttpResponse> inject(HttpRequest request, Faults org) {
    return Optional.of(render(status == 401 ? null : org.usage().count()));
  }

  /** The answer, with the given {@code Sforce-Limit-Info} value or none. */
  HttpResponse render(String limitInfo) {
    ArrayNode errors = MAPPER.createArrayNode();
    ObjectNode error = errors.addObject();
    error.put("message", message);
    error.put("errorCode", errorCode);
    if (status == 400) {
      error.putArray("fields");
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of("application/json;charset=UTF-8"));
    if (limitInfo != null) {
      headers.put("Sforce-Limit-Info", List.of(limitInfo));
    }
    try {
      return HttpResponse.of(status, headers, MAPPER.writeValueAsBytes(errors));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An error array always serialises", e);
    }
  }

  /** The status and the error code. */
  @Override
  public String toString() {
    return status + " " + errorCode;
  }
}
