package dev.salescloud.testkit.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.testkit.schema.FieldSchema;
import dev.salescloud.testkit.schema.FieldType;
import dev.salescloud.testkit.schema.ObjectSchema;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which records hold a value in an indexed field — a lookup, an external id or a unique field —
 * so that {@code WHERE AccountId = '001...'}, an upsert by external id and a uniqueness check read
 * only those records instead of scanning the table.
 *
 * <p>The index only grows: a record is added under every value its indexed fields have held, and
 * never removed, so a rolled-back write or a changed value leaves an entry that no longer matches.
 * It is a superset of the answer; readers check each record, as they would in a scan. Values are
 * kept as Salesforce compares them: text ignoring case, numbers by value. Record ids are kept
 * sorted, which for ids counted up per key prefix is creation order.
 */
final class FieldIndex {
  private final Map<String, Map<String, Map<String, SortedSet<String>>>> byObject = new HashMap<>();

  /** Tells whether a field's values are indexed. */
  static boolean indexes(FieldSchema field) {
    return field.type() == FieldType.REFERENCE && !field.name().equals("Id")
        || field.externalId() || field.unique();
  }

  /** Adds the record under the current value of each of its indexed fields. */
  void add(ObjectSchema object, ObjectNode row) {
    String id = row.path("Id").asText();
    for (FieldSchema field : object.fields()) {
      JsonNode value = row.get(field.name());
      if (indexes(field) && value != null && !value.isNull()) {
        byObject
            .computeIfAbsent(object.name(), k -> new HashMap<>())
            .computeIfAbsent(field.name().toLowerCase(Locale.ROOT), k -> new HashMap<>())
            .computeIfAbsent(key(value), k -> new TreeSet<>())
            .add(id);
      }
    }
  }

  /** The ids of the records whose field holds (or held) the value, in creation order. */
  SortedSet<String> find(ObjectSchema object, String field, JsonNode value) {
    SortedSet<String> ids = byObject
        .getOrDefault(object.name(), Map.of())
        .getOrDefault(field.toLowerCase(Locale.ROOT), Map.of())
        .get(key(value));
    return ids == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(ids);
  }

  private static String key(JsonNode value) {
    return value.isNumber()
        ? value.decimalValue().stripTrailingZeros().toPlainString()
        : value.asText().toLowerCase(Locale.ROOT);
  }

  /** Shows the number of indexed objects. */
  @Override
  public String toString() {
    return "FieldIndex{" + byObject.size() + " objects}";
  }
}
