package dev.salescloud.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Map;
import java.util.Optional;

/**
 * What every record has, typed ({@code Lead}, {@code Account}, ...) or generic ({@link SObject}):
 * an object type, an id once saved, Salesforce's {@code attributes}, and the fields the Java type
 * does not model — custom fields and fields of newer API versions — which are kept exactly as
 * Salesforce sent them and written back unchanged.
 *
 * <pre>{@code
 * Optional<BigDecimal> score = lead.customField("Score__c", BigDecimal.class);
 * Optional<JsonNode> raw = lead.otherField("SomeNewField");
 * }</pre>
 */
public interface SObjectRecord {

  /**
   * The object a typed record class stands for, read from its {@code SOBJECT_TYPE} constant.
   *
   * <pre>{@code
   * SObjectRecord.sobjectTypeOf(Lead.class);     // Optional[Lead]
   * SObjectRecord.sobjectTypeOf(SObject.class);  // Optional.empty(): any object
   * }</pre>
   *
   * @param type a record class
   * @return the object's API name, or empty for classes without the constant
   */
  static Optional<String> sobjectTypeOf(Class<?> type) {
    InvalidArgumentException.requireNonNull(type, "type");
    try {
      Object value = type.getField("SOBJECT_TYPE").get(null);
      return value instanceof String ? Optional.of((String) value) : Optional.empty();
    } catch (ReflectiveOperationException e) {
      return Optional.empty();
    }
  }

  /**
   * The object's API name.
   *
   * @return for example {@code "Lead"}
   */
  String sobjectType();

  /**
   * The record's id; empty for a record not yet saved, or read without {@code Id}.
   *
   * @return the 18-character id
   */
  Optional<SalesforceId> id();

  /**
   * Salesforce's {@code attributes} object; present on records Salesforce returned.
   *
   * @return the attributes
   */
  Optional<RecordAttributes> attributes();

  /**
   * The fields this Java type does not model, in the order Salesforce sent them: custom fields
   * ({@code Score__c}, {@code acme__Tier__c}), relationship fields the type does not model, and
   * fields of newer API versions. JSON null values are kept.
   *
   * @return an unmodifiable, ordered map from field API name to its JSON value
   */
  Map<String, JsonNode> otherFields();

  /**
   * A field the Java type does not model, as raw JSON.
   *
   * @param name the field's API name, matched exactly first and then ignoring case
   * @return the JSON value (possibly JSON null), or empty if the record does not carry the field
   */
  default Optional<JsonNode> otherField(String name) {
    FieldNames.requireApiName(name, "field");
    JsonNode exact = otherFields().get(name);
    if (exact != null) {
      return Optional.of(exact);
    }
    return otherFields().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /**
   * A custom field, converted to a Java type.
   *
   * @param name the custom field's API name, e.g. {@code Score__c} or {@code acme__Tier__c}
   * @param type {@code String}, {@code Boolean}, {@code Integer}, {@code Long}, {@code BigDecimal},
   *     {@code Double}, {@code LocalDate}, {@code Instant}, {@code LocalTime}, {@link SalesforceId},
   *     {@link MultiPicklist}, {@link SObject} or {@code JsonNode}
   * @param <T> the type
   * @return the value; empty if the field is null or was not read
   * @throws InvalidArgumentException if the name is not a custom field name, or the value does not
   *     convert to the type
   */
  default <T> Optional<T> customField(String name, Class<T> type) {
    FieldNames.requireCustomField(name);
    return otherField(name).flatMap(value -> FieldValues.fromJson(name, value, type));
  }

  /**
   * The fields a create of this record sends: every field that is set, in order, without {@code
   * attributes}.
   *
   * @return an ordered map from field API name to JSON value
   * @throws InvalidArgumentException if the record carries a field a create cannot set: the
   *     {@code Id}, a system or derived field, or a nested relationship record
   */
  default Map<String, JsonNode> toCreateFields() {
    return WriteFields.of(this, false);
  }

  /**
   * The fields an update of this record sends (as in sObject Collections updates): every field
   * that is set, in order, without {@code attributes} and the {@code Id}, which addresses the
   * record instead.
   *
   * @return an ordered map from field API name to JSON value
   * @throws InvalidArgumentException if the record carries a field an update cannot set: a
   *     system, derived or create-only field, or a nested relationship record
   */
  default Map<String, JsonNode> toUpdateFields() {
    return WriteFields.of(this, true);
  }

}
