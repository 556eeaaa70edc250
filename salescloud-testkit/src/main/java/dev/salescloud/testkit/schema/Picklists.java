package dev.salescloud.testkit.schema;

import dev.salescloud.model.describe.PicklistValue;
import java.util.ArrayList;
import java.util.List;

/** The picklist rules of writes: a restricted picklist takes only its active values. */
final class Picklists {
  private Picklists() {}

  /**
   * Refuses a value a restricted picklist does not hold; a multi-select value {@code a;b} is
   * checked value by value.
   */
  static void requireAllowed(FieldSchema field, String text) {
    if (!field.restrictedPicklist()
        || (field.type() != FieldType.PICKLIST && field.type() != FieldType.MULTIPICKLIST)) {
      return;
    }
    List<String> values =
        field.type() == FieldType.MULTIPICKLIST ? selections(text) : List.of(text);
    for (String value : values) {
      boolean active =
          field.picklistValues().stream()
              .filter(PicklistValue::active)
              .anyMatch(v -> v.value().equals(value));
      if (!active) {
        throw SalesforceFault.badRequest(
            "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
            "bad value for restricted picklist field: " + value,
            field.name());
      }
    }
  }

  /** The values of a multi-select picklist value {@code a;b}, trimmed, empty ones dropped. */
  static List<String> selections(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split(";")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }
}
