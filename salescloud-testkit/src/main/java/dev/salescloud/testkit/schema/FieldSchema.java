package dev.salescloud.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.describe.PicklistValue;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.json.SalesforceDateTimes;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One field of an object in the fake org's schema: its API name, {@link FieldType}, length, whether
 * a create must give it, whether creates and updates may write it, its default and, for lookups,
 * the object types it may point to.
 *
 * <p>{@link #coerce(JsonNode)} checks a written JSON value against the type and returns the value as
 * the org stores it, refusing bad values with Salesforce's error codes.
 */
public final class FieldSchema {
  private final String name;
  private final FieldType type;
  private final int length;
  private final boolean required;
  private final boolean createable;
  private final boolean updateable;
  private final Optional<JsonNode> defaultValue;
  private final List<String> referenceTo;
  private final FieldOptions options;

  FieldSchema(
      String name,
      FieldType type,
      int length,
      boolean required,
      boolean createable,
      boolean updateable,
      Optional<JsonNode> defaultValue,
      List<String> referenceTo,
      FieldOptions options) {
    this.options = options;
    this.name = name;
    this.type = type;
    this.length = length;
    this.required = required;
    this.createable = createable;
    this.updateable = updateable;
    this.defaultValue = defaultValue;
    this.referenceTo = List.copyOf(referenceTo);
  }

  /**
   * The field's API name, e.g. {@code LastName} or {@code Score__c}.
   *
   * @return the name as declared
   */
  public String name() {
    return name;
  }

  /**
   * The field's type.
   *
   * @return the type
   */
  public FieldType type() {
    return type;
  }

  /**
   * The maximum length of a text value.
   *
   * @return the length in characters
   */
  public int length() {
    return length;
  }

  /**
   * Tells whether a create must give the field (and an update may not clear it).
   *
   * @return true for required fields without a default
   */
  public boolean required() {
    return required;
  }

  /**
   * Tells whether a create may write the field.
   *
   * @return false for system, derived and read-only fields
   */
  public boolean createable() {
    return createable;
  }

  /**
   * Tells whether an update may write the field.
   *
   * @return false for system, derived, read-only and create-only fields
   */
  public boolean updateable() {
    return updateable;
  }

  /**
   * The value a create stores when it does not give the field.
   *
   * @return the default, or empty
   */
  public Optional<JsonNode> defaultValue() {
    return defaultValue;
  }

  /**
   * The object types a lookup may point to.
   *
   * @return the target types, empty for fields that are not lookups
   */
  public List<String> referenceTo() {
    return referenceTo;
  }

  /**
   * The name a lookup is followed by in SOQL paths and describe: {@code Account} for {@code
   * AccountId}, {@code Parent__r} for {@code Parent__c}.
   *
   * @return the relationship name; the field's own name for fields that follow no convention
   */
  public String relationshipName() {
    if (name.endsWith("__c")) {
      return name.substring(0, name.length() - 3) + "__r";
    }
    return name.endsWith("Id") ? name.substring(0, name.length() - 2) : name;
  }

  /**
   * Checks a written JSON value against the field's type and returns the value as the org stores
   * it: text as text, numbers as decimals, dates as {@code yyyy-MM-dd}, datetimes as
   * {@code 2024-05-01T17:03:11.000+0000}, ids in their 18-character form, JSON null as null.
   *
   * @param value the value from a request body
   * @return the stored value
   * @throws SalesforceFault {@code INVALID_TYPE_ON_FIELD_IN_RECORD}, {@code STRING_TOO_LONG} or
   *     {@code MALFORMED_ID} for a value the field cannot hold
   */
  public JsonNode coerce(JsonNode value) {
    InvalidArgumentException.requireNonNull(value, "value");
    if (value.isNull()) {
      return NullNode.getInstance();
    }
    if (value.isContainerNode()) {
      throw wrongType(value.toString());
    }
    String text = value.asText();
    switch (type) {
      case BOOLEAN:
        if (value.isBoolean()) {
          return value;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
          return BooleanNode.valueOf(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)));
        }
        throw wrongType(text);
      case NUMBER:
      case CURRENCY:
      case PERCENT:
      case INTEGER:
        return number(value, text);
      case DATE:
        try {
          return TextNode.valueOf(LocalDate.parse(requireText(value, text)).toString());
        } catch (DateTimeException e) {
          throw wrongType(text);
        }
      case DATETIME:
        return TextNode.valueOf(SalesforceDateTimes.formatDateTime(parseDateTime(requireText(value, text))));
      case ID:
      case REFERENCE:
        if (!value.isTextual() || !SalesforceId.isValid(text)) {
          throw SalesforceFault.badRequest(
              "MALFORMED_ID", name + ": id value of incorrect type: " + text, name);
        }
        return TextNode.valueOf(SalesforceId.of(text).value());
      default:
        if (text.length() > length) {
          throw SalesforceFault.badRequest(
              "STRING_TOO_LONG",
              name + ": data value too large: " + abbreviate(text) + " (max length=" + length + ")",
              name);
        }
        Picklists.requireAllowed(this, text);
        return TextNode.valueOf(text);
    }
  }

  /**
   * The picklist values describe lists, active and inactive.
   *
   * @return the values, empty for fields that are not picklists or have no declared values
   */
  public List<PicklistValue> picklistValues() {
    return options.picklistValues();
  }

  /**
   * Tells whether writes may only use the active picklist values.
   *
   * @return true for restricted picklists
   */
  public boolean restrictedPicklist() {
    return options.restricted();
  }

  /**
   * Tells whether two live records may not hold the same value.
   *
   * @return true for unique fields
   */
  public boolean unique() {
    return options.unique();
  }

  /**
   * Tells whether uniqueness compares text with its case.
   *
   * @return true for case-sensitive unique fields
   */
  public boolean caseSensitive() {
    return options.caseSensitive();
  }

  /**
   * Tells whether upserts and reads by external id may use the field; {@code Id} always may.
   *
   * @return true for external-id fields and for {@code Id}
   */
  public boolean externalId() {
    return options.externalId() || type == FieldType.ID;
  }

  /** A copy of this field with other picklist values and options, same name and type. */
  FieldSchema with(FieldOptions other, Optional<JsonNode> newDefault) {
    return new FieldSchema(
        name, type, length, required, createable, updateable, newDefault, referenceTo, other);
  }

  private JsonNode number(JsonNode value, String text) {
    BigDecimal number;
    if (value.isNumber()) {
      number = value.decimalValue();
    } else if (value.isTextual()) {
      try {
        number = new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        throw wrongType(text);
      }
    } else {
      throw wrongType(text);
    }
    if (type == FieldType.INTEGER && number.stripTrailingZeros().scale() > 0) {
      throw wrongType(text);
    }
    return DecimalNode.valueOf(number);
  }

  private String requireText(JsonNode value, String text) {
    if (!value.isTextual()) {
      throw wrongType(text);
    }
    return text;
  }

  private Instant parseDateTime(String text) {
    try {
      return SalesforceDateTimes.parseDateTime(text);
    } catch (InvalidArgumentException e) {
      throw wrongType(text);
    }
  }

  private SalesforceFault wrongType(String text) {
    return SalesforceFault.badRequest(
        "INVALID_TYPE_ON_FIELD_IN_RECORD",
        name + ": value not of required type: " + abbreviate(text),
        name);
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }

  /** Describes this by names and counts, never by record values. */

  @Override
  public String toString() {
    return name + " (" + type + ")";
  }
}
