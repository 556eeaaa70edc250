package dev.salescloud.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one place that turns a record into the fields a create or an update sends. */
final class WriteFields {
  private WriteFields() {}

  static Map<String, JsonNode> of(SObjectRecord record, boolean update) {
    String type = record.sobjectType();
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    FieldValues.fieldsOf(record)
        .forEach(
            (name, value) -> {
              if (name.equals("attributes") || (update && name.equalsIgnoreCase("Id"))) {
                return;
              }
              if (update) {
                ReadOnlyFields.requireUpdatable(type, name, "an update");
              } else {
                ReadOnlyFields.requireWritable(type, name, "a create");
              }
              if (value.isObject() && (value.has("attributes") || value.has("records"))) {
                throw new InvalidArgumentException(
                    type + "." + name,
                    type
                        + "."
                        + name
                        + " is a "
                        + (value.has("records") ? "child relationship" : "related record")
                        + " read from Salesforce and cannot be sent in "
                        + (update ? "an update" : "a create")
                        + "; set the lookup id field (e.g. AccountId) or the component fields"
                        + " instead.");
              }
              fields.put(name, value);
            });
    return fields;
  }
}
