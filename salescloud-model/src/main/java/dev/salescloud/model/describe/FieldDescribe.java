package dev.salescloud.model.describe;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One field of an object as its describe reports it ({@link SObjectDescribe#fields()}): name,
 * type, size, what a write may do with it, its default, what it references and its picklist
 * values.
 *
 * <pre>{@code
 * FieldDescribe industry = accountDescribe.field("Industry").orElseThrow();
 * industry.type();                        // FieldDescribe.Type.PICKLIST
 * industry.defaultPicklistValue();        // the default value, if the admin set one
 * industry.isRequiredOnCreate();          // false: Industry is nillable
 * }</pre>
 *
 * <p>The type is a string with the documented types as constants in {@link Type}, so a type of a
 * newer API version does not break reading. Compound fields ({@code BillingAddress}, type {@code
 * address}) are read-only; their components ({@code BillingStreet}, ...) name them in {@link
 * #compoundFieldName()}. Flags Salesforce did not send read as {@code false}, sizes as 0. Keys not
 * modelled here ({@code custom}, {@code aggregatable}, {@code inlineHelpText}, ...) are kept in
 * {@link #otherFields()}.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableFieldDescribe.class)
@JsonDeserialize(builder = FieldDescribe.Builder.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder(alphabetic = true)
public abstract class FieldDescribe {
  private static final Map<String, String> SOAP_TYPES =
      Map.ofEntries(
          Map.entry(Type.ID, "tns:ID"),
          Map.entry(Type.REFERENCE, "tns:ID"),
          Map.entry(Type.STRING, "xsd:string"),
          Map.entry(Type.TEXTAREA, "xsd:string"),
          Map.entry(Type.PICKLIST, "xsd:string"),
          Map.entry(Type.MULTIPICKLIST, "xsd:string"),
          Map.entry(Type.COMBOBOX, "xsd:string"),
          Map.entry(Type.EMAIL, "xsd:string"),
          Map.entry(Type.PHONE, "xsd:string"),
          Map.entry(Type.URL, "xsd:string"),
          Map.entry(Type.ENCRYPTEDSTRING, "xsd:string"),
          Map.entry(Type.BOOLEAN, "xsd:boolean"),
          Map.entry(Type.CURRENCY, "xsd:double"),
          Map.entry(Type.DOUBLE, "xsd:double"),
          Map.entry(Type.PERCENT, "xsd:double"),
          Map.entry(Type.INT, "xsd:int"),
          Map.entry(Type.LONG, "xsd:long"),
          Map.entry(Type.DATE, "xsd:date"),
          Map.entry(Type.DATETIME, "xsd:dateTime"),
          Map.entry(Type.TIME, "xsd:time"),
          Map.entry(Type.BASE64, "xsd:base64Binary"),
          Map.entry(Type.ADDRESS, "urn:address"),
          Map.entry(Type.LOCATION, "urn:location"),
          Map.entry(Type.ANY_TYPE, "xsd:anyType"));

  FieldDescribe() {}

  /** {@code name}: the field's API name, e.g. {@code BillingStreet}. @return the name */
  @JsonProperty("name")
  public abstract String name();

  /** {@code label}: the field's label, in the user's language. @return the label */
  @JsonProperty("label")
  public abstract String label();

  /** {@code type}: the field's type, one of {@link Type} or a newer one. @return the type */
  @JsonProperty("type")
  public abstract String type();

  /**
   * {@code soapType}: the field's type in the SOAP API, e.g. {@code xsd:string}; when not set, the
   * one Salesforce uses for {@link #type()} ({@code xsd:anyType} for unknown types).
   *
   * @return the SOAP type
   */
  @JsonProperty("soapType")
  @Value.Default
  public String soapType() {
    return SOAP_TYPES.getOrDefault(type(), "xsd:anyType");
  }

  /** {@code length}: the maximum characters of a text field, else 0. @return the length */
  @JsonProperty("length")
  @Value.Default
  public int length() {
    return 0;
  }

  /** {@code byteLength}: the maximum bytes of a text field, else 0. @return the byte length */
  @JsonProperty("byteLength")
  @Value.Default
  public int byteLength() {
    return 0;
  }

  /** {@code precision}: the total digits of a number field, else 0. @return the precision */
  @JsonProperty("precision")
  @Value.Default
  public int precision() {
    return 0;
  }

  /** {@code scale}: the digits after the point of a number field, else 0. @return the scale */
  @JsonProperty("scale")
  @Value.Default
  public int scale() {
    return 0;
  }

  /** {@code digits}: the maximum digits of an {@code int} field, else 0. @return the digits */
  @JsonProperty("digits")
  @Value.Default
  public int digits() {
    return 0;
  }

  /** {@code nillable}: whether the field may be empty. @return the flag */
  @JsonProperty("nillable")
  @Value.Default
  public boolean nillable() {
    return false;
  }

  /** {@code createable}: whether a create may set the field. @return the flag */
  @JsonProperty("createable")
  @Value.Default
  public boolean createable() {
    return false;
  }

  /** {@code updateable}: whether an update may set the field. @return the flag */
  @JsonProperty("updateable")
  @Value.Default
  public boolean updateable() {
    return false;
  }

  /**
   * {@code defaultedOnCreate}: whether Salesforce fills the field on create when it is not set
   * (system fields, checkboxes, fields with a default). @return the flag
   */
  @JsonProperty("defaultedOnCreate")
  @Value.Default
  public boolean defaultedOnCreate() {
    return false;
  }

  /**
   * {@code defaultValue}: the field's default as JSON ({@code "USD"}, {@code false} for a
   * checkbox), if it has one. @return the default value
   */
  @JsonProperty("defaultValue")
  public abstract Optional<JsonNode> defaultValue();

  /** {@code unique}: whether values must be unique. @return the flag */
  @JsonProperty("unique")
  @Value.Default
  public boolean unique() {
    return false;
  }

  /** {@code externalId}: whether the field is an external id (upsert key). @return the flag */
  @JsonProperty("externalId")
  @Value.Default
  public boolean externalId() {
    return false;
  }

  /** {@code idLookup}: whether the field can identify a record in an upsert. @return the flag */
  @JsonProperty("idLookup")
  @Value.Default
  public boolean idLookup() {
    return false;
  }

  /** {@code nameField}: whether this is the object's name field. @return the flag */
  @JsonProperty("nameField")
  @Value.Default
  public boolean nameField() {
    return false;
  }

  /** {@code calculated}: whether the field is a formula or otherwise derived. @return the flag */
  @JsonProperty("calculated")
  @Value.Default
  public boolean calculated() {
    return false;
  }

  /** {@code calculatedFormula}: a formula field's formula. @return the formula */
  @JsonProperty("calculatedFormula")
  public abstract Optional<String> calculatedFormula();

  /** {@code autoNumber}: whether Salesforce numbers records in this field. @return the flag */
  @JsonProperty("autoNumber")
  @Value.Default
  public boolean autoNumber() {
    return false;
  }

  /**
   * {@code referenceTo}: the objects a reference field may point at; several for polymorphic
   * fields such as {@code OwnerId} ({@code Group}, {@code User}). @return the object names
   */
  @JsonProperty("referenceTo")
  public abstract List<String> referenceTo();

  /**
   * {@code relationshipName}: the name that reaches the referenced record in SOQL, e.g. {@code
   * Parent} for {@code ParentId}. @return the relationship name
   */
  @JsonProperty("relationshipName")
  public abstract Optional<String> relationshipName();

  /**
   * {@code polymorphicForeignKey}: whether the reference may point at several objects.
   *
   * @return the flag
   */
  @JsonProperty("polymorphicForeignKey")
  @Value.Default
  public boolean polymorphicForeignKey() {
    return false;
  }

  /**
   * {@code compoundFieldName}: the compound field this field is a component of, e.g. {@code
   * BillingAddress} for {@code BillingStreet}. @return the compound field's name
   */
  @JsonProperty("compoundFieldName")
  public abstract Optional<String> compoundFieldName();

  /**
   * {@code picklistValues}: the values of a picklist field, inactive ones included.
   *
   * @return the values, in the order users see them
   */
  @JsonProperty("picklistValues")
  public abstract List<PicklistValue> picklistValues();

  /** {@code restrictedPicklist}: whether only the listed values are accepted. @return the flag */
  @JsonProperty("restrictedPicklist")
  @Value.Default
  public boolean restrictedPicklist() {
    return false;
  }

  /** {@code dependentPicklist}: whether another field controls the values. @return the flag */
  @JsonProperty("dependentPicklist")
  @Value.Default
  public boolean dependentPicklist() {
    return false;
  }

  /** {@code controllerName}: the field controlling a dependent picklist. @return the field name */
  @JsonProperty("controllerName")
  public abstract Optional<String> controllerName();

  /** {@code filterable}: whether SOQL WHERE may use the field. @return the flag */
  @JsonProperty("filterable")
  @Value.Default
  public boolean filterable() {
    return false;
  }

  /** {@code sortable}: whether SOQL ORDER BY may use the field. @return the flag */
  @JsonProperty("sortable")
  @Value.Default
  public boolean sortable() {
    return false;
  }

  /** {@code groupable}: whether SOQL GROUP BY may use the field. @return the flag */
  @JsonProperty("groupable")
  @Value.Default
  public boolean groupable() {
    return false;
  }

  /**
   * Keys beyond the modelled ones ({@code custom}, {@code aggregatable}, {@code inlineHelpText},
   * ...), as Salesforce sent them.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * Whether no write can set the field: neither creates nor updates (system, formula, auto-number
   * and compound fields).
   *
   * @return {@code true} if the field is neither createable nor updateable
   */
  @JsonIgnore
  public boolean isReadOnly() {
    return !createable() && !updateable();
  }

  /**
   * Whether a create must set the field: it is createable, cannot be empty, and Salesforce does not
   * fill it itself ({@code createable && !nillable && !defaultedOnCreate}).
   *
   * @return {@code true} for fields such as {@code Account.Name} or {@code Lead.LastName}
   */
  @JsonIgnore
  public boolean isRequiredOnCreate() {
    return createable() && !nillable() && !defaultedOnCreate();
  }

  /**
   * The picklist entry of a value, active or not.
   *
   * @param value the API value, matched exactly
   * @return the entry, or empty if the field has no such value
   */
  public Optional<PicklistValue> picklistValue(String value) {
    InvalidArgumentException.requireNonNull(value, "value");
    return picklistValues().stream().filter(v -> v.value().equals(value)).findFirst();
  }

  /**
   * The values a user can choose now.
   *
   * @return the active picklist values, in order
   */
  public List<PicklistValue> activePicklistValues() {
    return picklistValues().stream().filter(PicklistValue::active).toList();
  }

  /**
   * The value new records get when none is set.
   *
   * @return the active picklist value marked default, if any
   */
  public Optional<PicklistValue> defaultPicklistValue() {
    return picklistValues().stream().filter(v -> v.defaultValue() && v.active()).findFirst();
  }

  /**
   * Keeps extra keys to keys not modelled, and reads a JSON {@code null} default as no default.
   *
   * @return this field, or a copy without the null default
   */
  @Value.Check
  protected FieldDescribe check() {
    DescribeKeys.requireUnmodelled(this, "FieldDescribe", otherFields());
    if (defaultValue().filter(JsonNode::isNull).isPresent()) {
      return toBuilder().defaultValue(Optional.empty()).build();
    }
    return this;
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
   * A builder holding this field's attributes, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Names the field and its type. */
  @Override
  public String toString() {
    return "FieldDescribe{" + name() + ": " + type() + "}";
  }

  /** Builds a {@link FieldDescribe}; {@code name}, {@code label} and {@code type} are required. */
  public static final class Builder extends ImmutableFieldDescribe.Builder {
    Builder() {}
  }

  /** The field types Salesforce documents for {@code type}; newer versions may add others. */
  public static final class Type {
    /** The record id. */
    public static final String ID = "id";

    /** Single-line text. */
    public static final String STRING = "string";

    /** Multi-line text, long and rich text included. */
    public static final String TEXTAREA = "textarea";

    /** One value of a list. */
    public static final String PICKLIST = "picklist";

    /** Several values of a list, separated by semicolons. */
    public static final String MULTIPICKLIST = "multipicklist";

    /** A list of values that also accepts free text. */
    public static final String COMBOBOX = "combobox";

    /** A lookup or master-detail id. */
    public static final String REFERENCE = "reference";

    /** A checkbox. */
    public static final String BOOLEAN = "boolean";

    /** Money, in the record's currency. */
    public static final String CURRENCY = "currency";

    /** A decimal number. */
    public static final String DOUBLE = "double";

    /** A percentage. */
    public static final String PERCENT = "percent";

    /** A whole number. */
    public static final String INT = "int";

    /** A long whole number. */
    public static final String LONG = "long";

    /** A date. */
    public static final String DATE = "date";

    /** A date and time. */
    public static final String DATETIME = "datetime";

    /** A time of day. */
    public static final String TIME = "time";

    /** An email address. */
    public static final String EMAIL = "email";

    /** A phone number. */
    public static final String PHONE = "phone";

    /** A URL. */
    public static final String URL = "url";

    /** A compound address (read-only; write its components). */
    public static final String ADDRESS = "address";

    /** A compound geolocation (read-only; write its components). */
    public static final String LOCATION = "location";

    /** Binary data, Base64 in JSON. */
    public static final String BASE64 = "base64";

    /** Encrypted text. */
    public static final String ENCRYPTEDSTRING = "encryptedstring";

    /** A value of any of several types (e.g. history fields). */
    public static final String ANY_TYPE = "anyType";

    private Type() {}
  }
}
