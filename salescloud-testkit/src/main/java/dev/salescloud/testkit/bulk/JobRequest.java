package dev.salescloud.testkit.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.testkit.schema.SalesforceFault;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The JSON body of a job's create or state change, read with Salesforce's refusals. */
final class JobRequest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode body;

  private JobRequest(JsonNode body) {
    this.body = body;
  }

  /** Parses a body; anything but a JSON object is {@code JSON_PARSER_ERROR}. */
  static JobRequest parse(byte[] bytes) {
    JsonNode body;
    try {
      body = bytes == null || bytes.length == 0 ? null : JSON.readTree(bytes);
    } catch (IOException e) {
      throw SalesforceFault.badRequest(
          "JSON_PARSER_ERROR", "Unexpected character in the request body: it is not JSON");
    }
    if (body == null || !body.isObject()) {
      throw SalesforceFault.badRequest(
          "JSON_PARSER_ERROR", "The request body must be a JSON object describing the job");
    }
    return new JobRequest(body);
  }

  /** A text property; present but not text is {@code API_ERROR}. */
  Optional<String> text(String property) {
    JsonNode value = body.get(property);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw apiError("Value does not match expected type at property '" + property + "'");
    }
    return Optional.of(value.textValue());
  }

  /** A property that must be one of some values, matched exactly; else {@code API_ERROR}. */
  String oneOf(String property, List<String> allowed) {
    String value = text(property).orElse("");
    if (!allowed.contains(value)) {
      throw invalidValue(property, value);
    }
    return value;
  }

  /** The dialect named by {@code columnDelimiter} and {@code lineEnding}, COMMA and LF by default. */
  CsvDialect dialect() {
    String contentType = text("contentType").orElse("CSV");
    if (!contentType.equals("CSV")) {
      throw invalidValue("contentType", contentType);
    }
    String delimiter = text("columnDelimiter").orElse("COMMA");
    if (!CsvDialect.knowsDelimiter(delimiter)) {
      throw invalidValue("columnDelimiter", delimiter);
    }
    String lineEnding = text("lineEnding").orElse("LF");
    return CsvDialect.of(delimiter, lineEnding).orElseThrow(() -> invalidValue("lineEnding", lineEnding));
  }

  static SalesforceFault invalidValue(String property, String value) {
    return apiError("Invalid value: '" + value + "' supplied for property: '" + property + "'");
  }

  static SalesforceFault apiError(String message) {
    return new SalesforceFault(400, "API_ERROR", message, List.of());
  }

  /** Shows the property names, never their values. */
  @Override
  public String toString() {
    return "JobRequest{" + body.size() + " properties}";
  }
}
