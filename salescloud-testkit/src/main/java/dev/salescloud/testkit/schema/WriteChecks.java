package dev.salescloud.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The checks of a write that look beyond its own fields: validation rules, then uniqueness. */
final class WriteChecks {
  /** A declared validation rule with its message and error field. */
  static final class Rule {
    final String name;
    final ValidationRule rule;
    final String message;
    final List<String> fields;

    Rule(String name, ValidationRule rule, String message, List<String> fields) {
      this.name = name;
      this.rule = rule;
      this.message = message;
      this.fields = List.copyOf(fields);
    }
  }

  private final List<Rule> rules = new ArrayList<>();

  synchronized void add(Rule rule) {
    rules.add(rule);
  }

  synchronized List<Rule> rules() {
    return List.copyOf(rules);
  }

  void check(
      ObjectSchema object, Optional<ObjectNode> before, ObjectNode after, Iterable<ObjectNode> rows) {
    for (Rule r : rules()) {
      if (r.rule.isViolatedBy(before.map(ObjectNode::deepCopy), after.deepCopy())) {
        throw SalesforceFault.badRequest(
            "FIELD_CUSTOM_VALIDATION_EXCEPTION", r.message, r.fields.toArray(new String[0]));
      }
    }
    String id = after.path("Id").asText();
    for (FieldSchema field : object.fields()) {
      JsonNode value = after.get(field.name());
      if (!field.unique() || value == null || value.isNull()) {
        continue;
      }
      for (ObjectNode other : rows) {
        if (!other.path("Id").asText().equals(id)
            && !other.path("IsDeleted").asBoolean()
            && same(field, value, other.get(field.name()))) {
          throw SalesforceFault.badRequest(
              "DUPLICATE_VALUE",
              "duplicate value found: " + field.name() + " duplicates value on record with id: "
                  + other.path("Id").asText());
        }
      }
    }
  }

  private static boolean same(FieldSchema field, JsonNode value, JsonNode other) {
    if (other == null || other.isNull()) {
      return false;
    }
    if (value.isNumber() && other.isNumber()) {
      return value.decimalValue().compareTo(other.decimalValue()) == 0;
    }
    return field.caseSensitive()
        ? value.asText().equals(other.asText())
        : value.asText().equalsIgnoreCase(other.asText());
  }
}
