package dev.salescloud.model.describe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The full description of one object, the body of {@code GET
 * /services/data/vNN.0/sobjects/{SObject}/describe/}: what the user may do with its records, its
 * fields, the objects that point at it, its record types and list scopes.
 *
 * <pre>{@code
 * SObjectDescribe account = mapper.readValue(body, SObjectDescribe.class);
 * account.field("billingstreet").flatMap(FieldDescribe::compoundFieldName);   // BillingAddress
 * account.requiredFieldsOnCreate();                                           // [Name]
 * account.picklistValues("Industry");                                         // Agriculture, ...
 * account.childRelationship("Contacts").map(ChildRelationship::childSObject); // Contact
 * }</pre>
 *
 * <p>Field and relationship names are matched ignoring case, as Salesforce matches them; a
 * describe therefore cannot list two fields whose names differ only in case. Flags Salesforce did
 * not send read as {@code false}; keys not modelled here ({@code activateable}, {@code
 * actionOverrides}, {@code namedLayoutInfos}, ...) are kept in {@link #otherFields()}. Every key
 * is written, {@code null} when empty, as Salesforce writes describes.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableSObjectDescribe.class)
@JsonDeserialize(builder = SObjectDescribe.Builder.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder(alphabetic = true)
public abstract class SObjectDescribe extends DescribedObject {
  SObjectDescribe() {}

  /** {@code mergeable}: whether records can be merged. @return the flag */
  @JsonProperty("mergeable")
  @Value.Default
  public boolean mergeable() {
    return false;
  }

  /** {@code triggerable}: whether Apex triggers can be defined on the object. @return the flag */
  @JsonProperty("triggerable")
  @Value.Default
  public boolean triggerable() {
    return false;
  }

  /** {@code undeletable}: whether deleted records can be restored. @return the flag */
  @JsonProperty("undeletable")
  @Value.Default
  public boolean undeletable() {
    return false;
  }

  /** {@code fields}: the fields the user can see, in Salesforce's order. @return the fields */
  @JsonProperty("fields")
  public abstract List<FieldDescribe> fields();

  /** {@code childRelationships}: the relationships of objects pointing here. @return them */
  @JsonProperty("childRelationships")
  public abstract List<ChildRelationship> childRelationships();

  /** {@code recordTypeInfos}: the object's record types. @return the record types */
  @JsonProperty("recordTypeInfos")
  public abstract List<RecordTypeInfo> recordTypeInfos();

  /** {@code supportedScopes}: the scopes records can be listed by. @return the scopes */
  @JsonProperty("supportedScopes")
  public abstract List<ScopeInfo> supportedScopes();

  /** The fields by name, ignoring case. */
  @JsonIgnore
  @Value.Lazy
  Map<String, FieldDescribe> fieldsByName() {
    Map<String, FieldDescribe> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    fields().forEach(f -> byName.put(f.name(), f));
    return Collections.unmodifiableMap(byName);
  }

  /**
   * A field by its API name.
   *
   * @param name the field's name, matched ignoring case ({@code billingstreet} finds {@code
   *     BillingStreet})
   * @return the field, or empty if the object has none of that name (or the user cannot see it)
   */
  public Optional<FieldDescribe> field(String name) {
    InvalidArgumentException.requireNonNull(name, "name");
    return Optional.ofNullable(fieldsByName().get(name));
  }

  /**
   * The fields a create must set ({@link FieldDescribe#isRequiredOnCreate()}).
   *
   * @return those fields, in Salesforce's order
   */
  public List<FieldDescribe> requiredFieldsOnCreate() {
    return fields().stream().filter(FieldDescribe::isRequiredOnCreate).toList();
  }

  /**
   * The picklist values of a field, inactive ones included.
   *
   * @param field the field's name, matched ignoring case
   * @return the values; empty for a field that is not a picklist
   * @throws InvalidArgumentException if the object has no such field
   */
  public List<PicklistValue> picklistValues(String field) {
    return field(field)
        .map(FieldDescribe::picklistValues)
        .orElseThrow(
            () ->
                new InvalidArgumentException(
                    "field",
                    name()
                        + " has no field '"
                        + field
                        + "' (or the user cannot see it): check the name against fields()"));
  }

  /**
   * A child relationship by the name SOQL subqueries use.
   *
   * @param relationshipName the name, matched ignoring case, e.g. {@code Contacts}
   * @return the relationship, or empty if none has that name
   */
  public Optional<ChildRelationship> childRelationship(String relationshipName) {
    InvalidArgumentException.requireNonNull(relationshipName, "relationshipName");
    return childRelationships().stream()
        .filter(r -> r.relationshipName().filter(relationshipName::equalsIgnoreCase).isPresent())
        .findFirst();
  }

  /** Keeps field names unique ignoring case and extra keys to keys not modelled. */
  @Value.Check
  protected void check() {
    DescribeKeys.requireUniqueNames(name(), "field", fields(), FieldDescribe::name);
    DescribeKeys.requireUnmodelled(this, "SObjectDescribe", otherFields());
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this describe's attributes, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Names the object and counts its fields and relationships. */
  @Override
  public String toString() {
    return "SObjectDescribe{"
        + name()
        + ", fields="
        + fields().size()
        + ", childRelationships="
        + childRelationships().size()
        + ", recordTypes="
        + recordTypeInfos().size()
        + "}";
  }

  /**
   * Builds an {@link SObjectDescribe}; {@code name}, {@code label} and {@code labelPlural} are
   * required.
   */
  public static final class Builder extends ImmutableSObjectDescribe.Builder {
    Builder() {}
  }
}
