package dev.salescloud.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.salescloud.model.ReadOnlyFields;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The schema of a fake org: the standard objects Lead, Account, Contact, Opportunity, Task, Event
 * and User with their fields, and the custom objects and fields a test declares.
 *
 * <pre>{@code
 * FakeSalesCloud org = FakeSalesCloud.create();
 * org.schema().addField("Lead", "Score__c", FieldType.NUMBER);
 * org.schema().addObject("Invoice__c");
 * org.schema().addLookup("Invoice__c", "Account__c", "Account");
 * org.schema().addPicklist("Lead", "Tier__c", List.of("Gold", "Silver"), true);
 * org.schema().addField("Account", "Erp_Id__c", FieldType.STRING,
 *     FieldOptions.builder().externalId().unique().build());
 * org.schema().addValidationRule("Opportunity", "NeedsAmount",
 *     (before, after) -> after.path("Amount").isNull(), "Give an amount", "Amount");
 * }</pre>
 *
 * <p>Besides the sales objects, a new org has Product2, OpportunityLineItem and
 * OpportunityContactRole, and the read-only LeadStatus, OpportunityStage, Period and Report
 * whose records come with the org or from {@code OrgStore.seed}. Its fiscal years start in
 * {@link #fiscalYearStartMonth()}.
 *
 * <p>Object and field names are matched case-insensitively. Custom objects get key prefixes of
 * their own, {@code a00}, {@code a01}, ... in the order they are declared. It is safe to use from
 * several threads.
 */
public final class OrgSchema {
  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private final Map<String, ObjectSchema> objects = new LinkedHashMap<>();
  private int customObjects;
  private final Month fiscalYearStartMonth;

  private OrgSchema(Month fiscalYearStartMonth) {
    this.fiscalYearStartMonth = fiscalYearStartMonth;
  }

  /**
   * A schema holding the standard objects of a new org whose fiscal year is the calendar year.
   *
   * @return a new schema
   */
  public static OrgSchema standard() {
    return standard(Month.JANUARY);
  }

  /**
   * A schema holding the standard objects of a new org whose fiscal year starts in a given month.
   * A fiscal year is named after the calendar year in which it ends, Salesforce's default ("Fiscal
   * Year is Based On: The ending month"): with April, fiscal year 2025 runs from 1 April 2024 to
   * 31 March 2025.
   *
   * @param fiscalYearStartMonth the first month of every fiscal year
   * @return a new schema
   */
  public static OrgSchema standard(Month fiscalYearStartMonth) {
    OrgSchema schema =
        new OrgSchema(InvalidArgumentException.requireNonNull(fiscalYearStartMonth, "fiscalYearStartMonth"));
    StandardObjects.declare(schema);
    return schema;
  }

  /**
   * The first month of the org's fiscal years, used by fiscal date literals such as
   * {@code THIS_FISCAL_QUARTER} and by the Period records.
   *
   * @return the month, January unless the org was built with another
   */
  public Month fiscalYearStartMonth() {
    return fiscalYearStartMonth;
  }

  /**
   * The org's fiscal calendar.
   *
   * @return the calendar of fiscal years starting in {@link #fiscalYearStartMonth()}
   */
  public FiscalCalendar fiscalCalendar() {
    return new FiscalCalendar(fiscalYearStartMonth);
  }

  /**
   * The objects whose ids start with a key prefix; LeadStatus and OpportunityStage share
   * {@code 01J}, as in Salesforce.
   *
   * @param keyPrefix the first three characters of an id
   * @return the objects, possibly none
   */
  public synchronized List<ObjectSchema> objectsWithPrefix(String keyPrefix) {
    return objects.values().stream().filter(o -> o.keyPrefix().equals(keyPrefix)).toList();
  }

  /**
   * Looks an object up by name, ignoring case.
   *
   * @param name the object's API name
   * @return the object, or empty when the org has no such object
   */
  public synchronized Optional<ObjectSchema> object(String name) {
    InvalidArgumentException.requireNonNull(name, "name");
    return Optional.ofNullable(objects.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * The object whose ids start with a key prefix.
   *
   * @param keyPrefix the first three characters of an id
   * @return the object, or empty when no object uses the prefix
   */
  public synchronized Optional<ObjectSchema> objectWithPrefix(String keyPrefix) {
    return objects.values().stream().filter(o -> o.keyPrefix().equals(keyPrefix)).findFirst();
  }

  /**
   * The org's objects in declaration order.
   *
   * @return a snapshot of the objects
   */
  public synchronized List<ObjectSchema> objects() {
    return List.copyOf(objects.values());
  }

  /**
   * Declares a custom object with the standard system fields, a {@code Name} (text, 80) and an
   * {@code OwnerId}.
   *
   * @param name the API name, ending in {@code __c}, e.g. {@code Invoice__c}
   * @return the new object
   * @throws InvalidArgumentException when the name does not end in {@code __c} or is taken
   */
  public synchronized ObjectSchema addObject(String name) {
    requireCustomName(name, "object");
    if (objects.containsKey(name.toLowerCase(Locale.ROOT))) {
      throw new InvalidArgumentException(
          "name", "The org already has an object " + name + "; declare each object once");
    }
    int n = customObjects++;
    String prefix = "a" + BASE62.charAt(n / 62) + BASE62.charAt(n % 62);
    ObjectSchema object = declare(name, prefix, true, (row, written) -> {});
    StandardObjects.systemFields(this, object);
    object.add(field(name, "Name", FieldType.STRING, 80, false, null));
    object.add(field(name, "OwnerId", FieldType.REFERENCE, 18, false, null, "User"));
    return object;
  }

  /**
   * Declares a custom field that may be written and read.
   *
   * @param object the object's API name, e.g. {@code Lead}
   * @param field the field's API name, ending in {@code __c}, e.g. {@code Score__c}
   * @param type the field's type; lookups are declared with
   *     {@link #addLookup(String, String, String)}
   * @return the new field
   * @throws InvalidArgumentException for an unknown object, a name without {@code __c}, a name
   *     already taken, or {@link FieldType#REFERENCE} or {@link FieldType#ID}
   */
  public FieldSchema addField(String object, String field, FieldType type) {
    return addField(object, field, type, FieldOptions.none());
  }

  /**
   * Declares a custom text field of a given length.
   *
   * @param object the object's API name
   * @param field the field's API name, ending in {@code __c}
   * @param length the maximum number of characters, 1 to 131,072
   * @return the new field
   * @throws InvalidArgumentException for an unknown object, a bad name or length
   */
  public FieldSchema addTextField(String object, String field, int length) {
    if (length < 1 || length > 131_072) {
      throw new InvalidArgumentException(
          "length", "A text field holds 1 to 131072 characters, not " + length);
    }
    return addCustomField(object, field, FieldType.STRING, length);
  }

  /**
   * Declares a custom lookup field pointing to records of another object.
   *
   * @param object the object's API name
   * @param field the field's API name, ending in {@code __c}
   * @param target the API name of the object the lookup points to
   * @return the new field
   * @throws InvalidArgumentException for an unknown object or target, or a bad name
   */
  public synchronized FieldSchema addLookup(String object, String field, String target) {
    ObjectSchema to = requireObject(target, "target");
    return addCustomField(object, field, FieldType.REFERENCE, 18, to.name());
  }

  /**
   * Declares a custom field with options: required, unique, external id, length, picklist values,
   * restricted picklist, default.
   *
   * <pre>{@code
   * schema.addField("Account", "Erp_Id__c", FieldType.STRING,
   *     FieldOptions.builder().externalId().unique().length(20).build());
   * }</pre>
   *
   * @param object the object's API name
   * @param field the field's API name, ending in {@code __c}
   * @param type the field's type, not a lookup or id
   * @param options the options
   * @return the new field
   * @throws InvalidArgumentException for an unknown object, a bad or taken name, a lookup or id
   *     type, or a default that a picklist does not hold
   */
  public synchronized FieldSchema addField(
      String object, String field, FieldType type, FieldOptions options) {
    InvalidArgumentException.requireNonNull(type, "type");
    InvalidArgumentException.requireNonNull(options, "options");
    if (type == FieldType.REFERENCE || type == FieldType.ID) {
      throw new InvalidArgumentException(
          "type", "Declare " + field + " as a lookup with addLookup(object, field, targetObject)");
    }
    if (type == FieldType.ADDRESS) {
      throw new InvalidArgumentException(
          "type", "Compound addresses are standard fields only; declare " + field
              + "'s street, city, ... as text fields");
    }
    ObjectSchema owner = requireObject(object, "object");
    requireCustomName(field, "field");
    if (owner.field(field).isPresent()) {
      throw new InvalidArgumentException(
          "field", owner.name() + " already has a field " + field + "; declare each field once");
    }
    FieldSchema added = CustomFields.field(owner.name(), field, type, options);
    owner.add(added);
    return added;
  }

  /**
   * Declares a custom picklist field with active values.
   *
   * <pre>{@code
   * schema.addPicklist("Lead", "Tier__c", List.of("Gold", "Silver"), true);
   * }</pre>
   *
   * @param object the object's API name
   * @param field the field's API name, ending in {@code __c}
   * @param values the values, in the order describe lists them
   * @param restricted whether writes of other values are refused with
   *     {@code INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST}
   * @return the new field
   * @throws InvalidArgumentException for an unknown object or a bad or taken name
   */
  public FieldSchema addPicklist(
      String object, String field, List<String> values, boolean restricted) {
    FieldOptions.Builder options = FieldOptions.builder().picklist(values);
    if (restricted) {
      options.restricted();
    }
    return addField(object, field, FieldType.PICKLIST, options.build());
  }

  /**
   * Declares a validation rule refusing creates and updates of an object with
   * {@code FIELD_CUSTOM_VALIDATION_EXCEPTION}, naming no field.
   *
   * @param object the object's API name
   * @param name the rule's name, e.g. {@code LockStage}
   * @param rule answers true for a write to refuse
   * @param message the error message the refusal carries
   * @throws InvalidArgumentException for an unknown object
   */
  public void addValidationRule(String object, String name, ValidationRule rule, String message) {
    addRule(object, name, rule, message, List.of());
  }

  /**
   * Declares a validation rule whose error shows on a field, as Salesforce's error location
   * "Field" does: the refusal lists the field in {@code fields}.
   *
   * <pre>{@code
   * schema.addValidationRule("Opportunity", "LockStage",
   *     (before, after) -> before.isPresent()
   *         && !before.get().path("StageName").equals(after.path("StageName")),
   *     "Stage changes only in the UI", "StageName");
   * }</pre>
   *
   * @param object the object's API name
   * @param name the rule's name
   * @param rule answers true for a write to refuse
   * @param message the error message the refusal carries
   * @param errorField the API name of the field the error shows on
   * @throws InvalidArgumentException for an unknown object or field
   */
  public void addValidationRule(
      String object, String name, ValidationRule rule, String message, String errorField) {
    InvalidArgumentException.requireNonNull(errorField, "errorField");
    ObjectSchema owner = requireObject(object, "object");
    FieldSchema field =
        owner.field(errorField).orElseThrow(() -> new InvalidArgumentException(
            "errorField", owner.name() + " has no field " + errorField));
    addRule(object, name, rule, message, List.of(field.name()));
  }

  private synchronized void addRule(
      String object, String name, ValidationRule rule, String message, List<String> fields) {
    InvalidArgumentException.requireNonNull(name, "name");
    InvalidArgumentException.requireNonNull(rule, "rule");
    InvalidArgumentException.requireNonNull(message, "message");
    requireObject(object, "object").addRule(new WriteChecks.Rule(name, rule, message, fields));
  }

  private synchronized FieldSchema addCustomField(
      String object, String field, FieldType type, int length, String... referenceTo) {
    ObjectSchema owner = requireObject(object, "object");
    requireCustomName(field, "field");
    if (owner.field(field).isPresent()) {
      throw new InvalidArgumentException(
          "field", owner.name() + " already has a field " + field + "; declare each field once");
    }
    FieldSchema added = field(owner.name(), field, type, length, false, null, referenceTo);
    owner.add(added);
    return added;
  }

  private ObjectSchema requireObject(String name, String argument) {
    InvalidArgumentException.requireNonNull(name, argument);
    ObjectSchema found = objects.get(name.toLowerCase(Locale.ROOT));
    if (found == null) {
      throw new InvalidArgumentException(
          argument, "The org has no object " + name + "; declare it first with addObject(\"" + name
              + "\")");
    }
    return found;
  }

  private static void requireCustomName(String name, String argument) {
    InvalidArgumentException.requireNonNull(name, argument);
    if (!name.matches("[A-Za-z][A-Za-z0-9_]*__c") || name.contains("___")) {
      throw new InvalidArgumentException(
          argument,
          "A custom " + argument + " name is letters, digits and single underscores ending in"
              + " __c, like Score__c, not '" + name + "'");
    }
  }

  synchronized ObjectSchema declare(
      String name, String prefix, boolean custom, BiConsumer<ObjectNode, Set<String>> derivation) {
    ObjectSchema object = new ObjectSchema(name, prefix, custom, derivation);
    objects.put(name.toLowerCase(Locale.ROOT), object);
    return object;
  }

  static String standardPrefix(String object) {
    return SalesforceId.keyPrefixOf(object)
        .orElseThrow(() -> new IllegalStateException("No key prefix for " + object));
  }

  static FieldSchema field(
      String object, String name, FieldType type, int length, boolean required, Object defaultValue,
      String... referenceTo) {
    boolean readOnly = ReadOnlyFields.isReadOnly(object, name) || type == FieldType.ID;
    boolean createOnly = ReadOnlyFields.isCreateOnly(object, name);
    JsonNode def =
        defaultValue == null
            ? null
            : defaultValue instanceof Boolean
                ? BooleanNode.valueOf((Boolean) defaultValue)
                : TextNode.valueOf(defaultValue.toString());
    return new FieldSchema(
        name, type, length, required, !readOnly, !readOnly && !createOnly, Optional.ofNullable(def),
        new ArrayList<>(List.of(referenceTo)), FieldOptions.none());
  }

  private final OpportunityStages.Registry opportunityStages = new OpportunityStages.Registry(this);

  /** The org's opportunity stages, which its OpportunityStage records define. */
  OpportunityStages.Registry opportunityStages() {
    return opportunityStages;
  }

  /** Describes this by names and counts, never by record values. */

  @Override
  public synchronized String toString() {
    return "OrgSchema{" + objects.size() + " objects}";
  }
}
