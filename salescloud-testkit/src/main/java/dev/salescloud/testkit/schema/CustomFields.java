package dev.salescloud.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import java.util.Optional;

/** Builds the custom fields a test declares with {@link FieldOptions}. */
final class CustomFields {
  private CustomFields() {}

  static FieldSchema field(String object, String name, FieldType type, FieldOptions options) {
    int length = options.length().orElse(type.defaultLength());
    Optional<JsonNode> defaultValue = defaultValue(name, type, options);
    return new FieldSchema(
        name, type, length, options.required(), true, true, defaultValue, List.of(), options);
  }

  /** The stored form of a declared default, checked as a write of it would be. */
  static Optional<JsonNode> defaultValue(String name, FieldType type, FieldOptions options) {
    if (options.defaultValue().isEmpty()) {
      return Optional.empty();
    }
    String text = options.defaultValue().get();
    boolean picklist = type == FieldType.PICKLIST || type == FieldType.MULTIPICKLIST;
    if (picklist
        && !options.picklistValues().isEmpty()
        && options.picklistValues().stream().noneMatch(v -> v.value().equals(text))) {
      throw new InvalidArgumentException(
          "defaultValue",
          "The default '" + text + "' of " + name + " is not one of its picklist values; add it"
              + " with picklist(...) first");
    }
    FieldSchema probe =
        new FieldSchema(name, type, options.length().orElse(type.defaultLength()), false, true,
            true, Optional.empty(), List.of(), FieldOptions.none());
    try {
      return Optional.of(probe.coerce(TextNode.valueOf(text)));
    } catch (SalesforceFault e) {
      throw new InvalidArgumentException(
          "defaultValue", "The default of " + name + " does not fit its type: " + e.getMessage());
    }
  }
}
