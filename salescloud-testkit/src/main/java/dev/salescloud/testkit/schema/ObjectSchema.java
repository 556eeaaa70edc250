package dev.salescloud.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One sObject type of the fake org: its API name, key prefix and fields, in the order records list
 * them.
 *
 * <p>Field names are looked up case-insensitively, as Salesforce does. Tests add custom fields
 * through {@link OrgSchema#addField(String, String, FieldType)}.
 */
public final class ObjectSchema {
  private final String name;
  private final String keyPrefix;
  private final boolean custom;
  private final Map<String, FieldSchema> fields = new LinkedHashMap<>();
  private final BiConsumer<ObjectNode, Set<String>> derivation;
  private final WriteChecks checks = new WriteChecks();
  private volatile boolean readOnly;
  private volatile Function<LocalDate, List<ObjectNode>> seed = today -> List.of();

  ObjectSchema(String name, String keyPrefix, boolean custom, BiConsumer<ObjectNode, Set<String>> derivation) {
    this.name = name;
    this.keyPrefix = keyPrefix;
    this.custom = custom;
    this.derivation = derivation;
  }

  /**
   * The object's API name, e.g. {@code Lead} or {@code Invoice__c}.
   *
   * @return the name as declared
   */
  public String name() {
    return name;
  }

  /**
   * The three-character prefix of the object's record ids, e.g. {@code 00Q} for Lead.
   *
   * @return the key prefix
   */
  public String keyPrefix() {
    return keyPrefix;
  }

  /**
   * Tells whether a test declared the object.
   *
   * @return true for custom objects
   */
  public boolean custom() {
    return custom;
  }

  /**
   * Looks a field up by name, ignoring case.
   *
   * @param field the field's API name
   * @return the field, or empty when the object has no such field
   */
  public synchronized Optional<FieldSchema> field(String field) {
    return Optional.ofNullable(fields.get(field.toLowerCase(Locale.ROOT)));
  }

  /**
   * The object's fields in declaration order.
   *
   * @return a snapshot of the fields
   */
  public synchronized List<FieldSchema> fields() {
    return List.copyOf(fields.values());
  }

  /**
   * Looks a field up by name or refuses like Salesforce does for an unknown column.
   *
   * @param field the field's API name
   * @return the field
   * @throws SalesforceFault {@code INVALID_FIELD}: {@code No such column 'X' on sobject of type Lead}
   */
  public FieldSchema requireField(String field) {
    return field(field)
        .orElseThrow(
            () ->
                SalesforceFault.badRequest(
                    "INVALID_FIELD",
                    "No such column '" + field + "' on sobject of type " + name,
                    field));
  }

  /**
   * Checks that a complete record holds every required field.
   *
   * @param row the record as stored
   * @throws SalesforceFault {@code REQUIRED_FIELD_MISSING} listing every missing field
   */
  public void requireComplete(ObjectNode row) {
    List<String> missing = new ArrayList<>();
    for (FieldSchema f : fields()) {
      if (f.required() && isBlank(row.get(f.name()))) {
        missing.add(f.name());
      }
    }
    if (name.equals("Event")) {
      boolean start =
          !isBlank(row.get("StartDateTime"))
              || !isBlank(row.get("ActivityDateTime"))
              || !isBlank(row.get("ActivityDate"));
      boolean end = !isBlank(row.get("EndDateTime")) || !isBlank(row.get("DurationInMinutes"));
      if (!start) {
        missing.add("ActivityDateTime");
      }
      if (!end) {
        missing.add("DurationInMinutes");
      }
    }
    if (!missing.isEmpty()) {
      throw SalesforceFault.badRequest(
          "REQUIRED_FIELD_MISSING",
          "Required fields are missing: " + missing,
          missing.toArray(new String[0]));
    }
  }

  /**
   * Recomputes the derived fields of a record (Name of Lead and Contact, the stage-driven fields
   * of Opportunity, ...).
   *
   * @param row the record as stored, changed in place
   * @param written the API names of the fields the request wrote
   */
  public void derive(ObjectNode row, Set<String> written) {
    derivation.accept(row, written);
    for (FieldSchema f : fields()) {
      if (f.type() == FieldType.ADDRESS) {
        row.set(f.name(), Addresses.compound(row, f.name()));
      }
    }
  }

  /**
   * Runs the checks of a write that look beyond its fields: the object's validation rules, then
   * its unique fields against the other live records.
   *
   * @param before the record as stored before an update, empty for a create
   * @param after the record as the write would store it
   * @param rows the object's records, the written one possibly among them
   * @throws SalesforceFault {@code FIELD_CUSTOM_VALIDATION_EXCEPTION} for a broken validation rule,
   *     {@code DUPLICATE_VALUE} for a unique value another live record holds
   */
  public void checkWrite(Optional<ObjectNode> before, ObjectNode after, Iterable<ObjectNode> rows) {
    checks.check(this, before, after, rows);
  }

  /**
   * Tells whether the API may create records of the object; records of read-only objects such as
   * LeadStatus, OpportunityStage and Period come with the org or from {@code OrgStore.seed}.
   *
   * @return false for read-only objects
   */
  public boolean createable() {
    return !readOnly;
  }

  /**
   * Tells whether the API may update records of the object.
   *
   * @return false for read-only objects
   */
  public boolean updateable() {
    return !readOnly;
  }

  /**
   * Tells whether the API may delete records of the object.
   *
   * @return false for read-only objects
   */
  public boolean deletable() {
    return !readOnly;
  }

  /**
   * Refuses an API write of a read-only object as Salesforce does.
   *
   * @param operation {@code inserted}, {@code updated} or {@code deleted}
   * @throws SalesforceFault {@code INVALID_TYPE_FOR_OPERATION}: {@code entity type cannot be
   *     inserted: OpportunityStage}
   */
  public void requireWritable(String operation) {
    if (readOnly) {
      throw SalesforceFault.badRequest(
          "INVALID_TYPE_FOR_OPERATION", "entity type cannot be " + operation + ": " + name);
    }
  }

  /**
   * The records a new org holds for this object: the lead statuses, the opportunity stages, the
   * periods of the fiscal years around a day.
   *
   * @param today the org's current day, which decides the years of the periods
   * @return the records' fields, keyed by API name; empty for most objects
   */
  public List<ObjectNode> seedRows(LocalDate today) {
    return seed.apply(today);
  }

  void markReadOnly(Function<LocalDate, List<ObjectNode>> rows) {
    this.readOnly = true;
    this.seed = rows;
  }

  void addRule(WriteChecks.Rule rule) {
    checks.add(rule);
  }

  synchronized void add(FieldSchema field) {
    fields.put(field.name().toLowerCase(Locale.ROOT), field);
  }

  private static boolean isBlank(JsonNode value) {
    return value == null || value.isNull() || (value.isTextual() && value.asText().isBlank());
  }

  /** Describes this by names and counts, never by record values. */

  @Override
  public String toString() {
    return name + " (" + keyPrefix + ", " + fields().size() + " fields)";
  }
}
