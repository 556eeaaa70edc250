package dev.salescloud.client.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.SObjectRecord;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record as the text cells of a Bulk API 2.0 CSV row: the fields its operation sends, keyed by
 * API name, with null and empty text written {@code #N/A} (clear the field) because an empty cell
 * means "leave unchanged".
 */
final class RowValues {
  static final String NULL = "#N/A";

  private RowValues() {}

  static Map<String, String> of(BulkOperation operation, String externalIdField, SObjectRecord record, int index) {
    Map<String, String> row = new LinkedHashMap<>();
    Map<String, JsonNode> fields;
    String at = "records[" + index + "]";
    switch (operation) {
      case INSERT:
        record.id().ifPresent(id -> {
          throw new InvalidArgumentException(at, at + " (" + record.sobjectType() + ") carries Id " + id
              + ": an insert cannot carry an id; use update for existing records");
        });
        fields = prefixed(at, () -> record.toCreateFields());
        break;
      case UPSERT:
        fields = prefixed(at, () -> record.toCreateFields());
        boolean keyed = fields.entrySet().stream().anyMatch(
            e -> e.getKey().equalsIgnoreCase(externalIdField) && !e.getValue().isNull()
                && !e.getValue().asText().isEmpty());
        if (!keyed) {
          throw new InvalidArgumentException(at, at + " (" + record.sobjectType() + ") has no " + externalIdField
              + ": an upsert finds each record by its external id, so every record must set it");
        }
        break;
      default:
        SalesforceId id = record.id().orElseThrow(() -> new InvalidArgumentException(
            at, at + " (" + record.sobjectType() + ") has no Id: an update needs the id of every record"));
        row.put("Id", prefixed(at, () -> id.requireType(record.sobjectType())).value());
        fields = prefixed(at, record::toUpdateFields);
    }
    fields.forEach((name, value) -> row.put(name, cell(at + "." + name, value)));
    if (row.isEmpty()) {
      throw new InvalidArgumentException(at, at + " (" + record.sobjectType() + ") sets no field");
    }
    return row;
  }

  private static String cell(String where, JsonNode value) {
    if (value == null || value.isNull() || value.isTextual() && value.textValue().isEmpty()) {
      return NULL;
    }
    if (value.isNumber()) {
      return value.decimalValue().toPlainString();
    }
    if (value.isValueNode()) {
      return value.asText();
    }
    throw new InvalidArgumentException(
        where, where + " holds a " + value.getNodeType() + ", which a CSV cell cannot carry");
  }

  private static <T> T prefixed(String at, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (InvalidArgumentException e) {
      throw new InvalidArgumentException(e.argument(), at + ": " + e.getMessage());
    }
  }
}
