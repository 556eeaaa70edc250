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
 * Which records point at a record through a lookup field, so that {@code WHERE AccountId = '001...'}
 * reads only those records instead of scanning the table.
 *
 * <p>The index only grows: a record is added under every value its lookups have held, and never
 * removed, so a rolled-back write or a changed lookup leaves an entry that no longer matches. It is
 * a superset of the answer; readers check each record against the query's condition, as they would
 * in a scan. Record ids are kept sorted, which for ids counted up per key prefix is creation order.
 */
final class LookupIndex {
  private final Map<String, Map<String, Map<String, SortedSet<String>>>> byObject = new HashMap<>();

  /** Adds the record under the current value of each of its lookup fields. */
  void add(ObjectSchema object, ObjectNode row) {
    String id = row.path("Id").asText();
    for (FieldSchema field : object.fields()) {
      if (field.type() != FieldType.REFERENCE || field.name().equals("Id")) {
        continue;
      }
      JsonNode target = row.get(field.name());
      if (target != null && target.isTextual()) {
        byObject
            .computeIfAbsent(object.name(), k -> new HashMap<>())
            .computeIfAbsent(field.name().toLowerCase(Locale.ROOT), k -> new HashMap<>())
            .computeIfAbsent(target.textValue(), k -> new TreeSet<>())
            .add(id);
      }
    }
  }

  /** The ids of the records whose lookup has (or had) the target id, in creation order. */
  SortedSet<String> referencing(ObjectSchema object, String field, String targetId) {
    SortedSet<String> ids = byObject
        .getOrDefault(object.name(), Map.of())
        .getOrDefault(field.toLowerCase(Locale.ROOT), Map.of())
        .get(targetId);
    return ids == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(ids);
  }

  /** Shows the number of indexed objects. */
  @Override
  public String toString() {
    return "LookupIndex{" + byObject.size() + " objects}";
  }
}
