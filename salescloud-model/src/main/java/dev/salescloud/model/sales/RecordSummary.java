package dev.salescloud.model.sales;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.model.SObjectRecord;
import dev.salescloud.model.json.SalesCloudJackson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code toString()} of typed records: the object, the id and the names of the fields the
 * record carries (child relationships with their record counts), never a field value, since
 * values may be personal data.
 */
final class RecordSummary {
  private static final ObjectMapper MAPPER = SalesCloudJackson.newObjectMapper();

  private RecordSummary() {}

  /**
   * Summarises a record, e.g. {@code Account{001D000000IqhSLIAZ, fields=[Name, Contacts[2]]}}.
   *
   * @param record the record
   * @return the summary
   */
  static String of(SObjectRecord record) {
    JsonNode tree = MAPPER.valueToTree(record);
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : tree.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (name.equals("attributes") || name.equals("Id")) {
        continue;
      }
      if (value.isObject() && value.path("records").isArray()) {
        names.add(name + "[" + value.get("records").size() + "]");
      } else {
        names.add(name);
      }
    }
    return record.sobjectType()
        + "{"
        + record.id().map(id -> id + ", ").orElse("")
        + "fields="
        + names
        + "}";
  }
}
