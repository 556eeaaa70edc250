package dev.salescloud.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.json.SalesCloudJackson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts field values between JSON and the Java types the model uses, with Salesforce's
 * formats: {@code String}, {@code Boolean}, {@code Integer}, {@code Long}, {@code BigDecimal},
 * {@code Double}, {@code LocalDate}, {@code Instant}, {@code LocalTime}, {@link SalesforceId},
 * {@code JsonNode}, {@link SObject} (a nested record) and {@link MultiPicklist}.
 *
 * <pre>{@code
 * Optional<BigDecimal> score = lead.customField("Score__c", BigDecimal.class);
 * }</pre>
 */
public final class FieldValues {
  private static final ObjectMapper MAPPER = SalesCloudJackson.newObjectMapper();
  private static final List<Class<?>> SUPPORTED =
      List.of(
          String.class,
          Boolean.class,
          Integer.class,
          Long.class,
          BigDecimal.class,
          Double.class,
          LocalDate.class,
          Instant.class,
          LocalTime.class,
          SalesforceId.class,
          JsonNode.class,
          SObject.class,
          MultiPicklist.class);

  private FieldValues() {}

  /**
   * Reads a JSON field value as a Java value.
   *
   * @param field the field's API name, for the message
   * @param value the JSON value; JSON null gives an empty result
   * @param type one of the supported types
   * @param <T> the type
   * @return the value, or empty for JSON null
   * @throws InvalidArgumentException if the type is not supported or the value does not convert
   */
  public static <T> Optional<T> fromJson(String field, JsonNode value, Class<T> type) {
    InvalidArgumentException.requireNonNull(type, "type");
    if (!SUPPORTED.contains(type)) {
      throw new InvalidArgumentException(
          "type",
          "Field "
              + field
              + " cannot be read as "
              + type.getSimpleName()
              + "; use one of "
              + SUPPORTED.stream().map(Class::getSimpleName).toList());
    }
    if (value == null || value.isNull() || value.isMissingNode()) {
      return Optional.empty();
    }
    if (type == JsonNode.class) {
      return Optional.of(type.cast(value));
    }
    if (type == String.class && !value.isTextual()) {
      throw mismatch(field, value, type);
    }
    if ((type == Boolean.class) && !value.isBoolean()) {
      throw mismatch(field, value, type);
    }
    if (Number.class.isAssignableFrom(type) && !value.isNumber()) {
      throw mismatch(field, value, type);
    }
    if ((type == Integer.class && !value.canConvertToInt())
        || (type == Long.class && !value.canConvertToLong())
        || ((type == Integer.class || type == Long.class) && !value.isIntegralNumber()
            && value.decimalValue().stripTrailingZeros().scale() > 0)) {
      throw new InvalidArgumentException(
          field,
          "Field " + field + " holds " + abbreviated(value) + ", which does not fit in " + type.getSimpleName());
    }
    try {
      return Optional.of(MAPPER.treeToValue(value, type));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw mismatch(field, value, type);
    }
  }

  /**
   * Writes a Java value as the JSON Salesforce expects.
   *
   * @param field the field's API name, for the message
   * @param value the value; {@code null} is refused (clear a field explicitly instead)
   * @return the JSON value
   * @throws InvalidArgumentException if the value is null or of an unsupported type
   */
  public static JsonNode toJson(String field, Object value) {
    if (value == null) {
      throw new InvalidArgumentException(
          field, field + " must not be null; to empty a field, clear it (sent as JSON null)");
    }
    if (value instanceof JsonNode) {
      return (JsonNode) value;
    }
    boolean supported =
        SUPPORTED.stream().anyMatch(c -> c.isInstance(value))
            || value instanceof Number
            || value instanceof Enum<?>;
    if (!supported) {
      throw new InvalidArgumentException(
          field,
          "Field "
              + field
              + " cannot take a "
              + value.getClass().getSimpleName()
              + "; use one of "
              + SUPPORTED.stream().map(Class::getSimpleName).toList());
    }
    return MAPPER.valueToTree(value);
  }

  /**
   * The null node, how a cleared field is sent.
   *
   * @return JSON null
   */
  static JsonNode clear() {
    return NullNode.getInstance();
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Converts a whole value type to its JSON object, for write payloads. */
  static Map<String, JsonNode> fieldsOf(Object record) {
    JsonNode tree = MAPPER.valueToTree(record);
    Map<String, JsonNode> fields = new java.util.LinkedHashMap<>();
    tree.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
    return fields;
  }

  private static InvalidArgumentException mismatch(String field, JsonNode value, Class<?> type) {
    return new InvalidArgumentException(
        field,
        "Field "
            + field
            + " holds "
            + abbreviated(value)
            + ", which is not a "
            + type.getSimpleName());
  }

  private static String abbreviated(JsonNode value) {
    return FieldNames.abbreviate(value.toString());
  }
}
