package dev.salescloud.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.json.ExactJsonNodeDeserializer;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A record of any object — custom objects, standard objects the SDK does not model, polymorphic
 * relationships — as an object type plus its fields in the order Salesforce sent them.
 *
 * <p>Values are kept as JSON exactly as received (decimals stay exact, JSON null stays null) and
 * read with a type on demand:
 *
 * <pre>{@code
 * SObject invoice = SObject.builder("Invoice__c")
 *     .put("Name", "INV-0042")
 *     .put("Amount__c", new BigDecimal("1200.50"))
 *     .put("Due__c", LocalDate.of(2026, 12, 31))
 *     .build();
 * Optional<BigDecimal> amount = invoice.get("Amount__c", BigDecimal.class);
 * Lead lead = someSObject.as(Lead.class);     // a generic record of a modelled type
 * }</pre>
 *
 * <p>Reading JSON requires {@code attributes.type}, which Salesforce puts on every record.
 * Instances are immutable and thread-safe.
 */
@JsonSerialize(using = SObject.Serializer.class)
@JsonDeserialize(using = SObject.Deserializer.class)
public final class SObject implements SObjectRecord {
  private final String sobjectType;
  private final RecordAttributes attributes;
  private final Map<String, JsonNode> fields;

  private SObject(String sobjectType, RecordAttributes attributes, Map<String, JsonNode> fields) {
    this.sobjectType = sobjectType;
    this.attributes = attributes;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * A builder for a record of the given object.
   *
   * @param sobjectType the object's API name, e.g. {@code "Invoice__c"}
   * @return a new builder
   */
  public static Builder builder(String sobjectType) {
    return new Builder(FieldNames.requireApiName(sobjectType, "sobjectType"));
  }

  /**
   * A builder holding this record's type, attributes and fields.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder(sobjectType);
    builder.attributes = attributes;
    builder.fields.putAll(fields);
    return builder;
  }

  /** {@inheritDoc} */
  @Override
  public String sobjectType() {
    return sobjectType;
  }

  /** {@inheritDoc} */
  @Override
  public Optional<RecordAttributes> attributes() {
    return Optional.ofNullable(attributes);
  }

  /** {@inheritDoc} */
  @Override
  public Optional<SalesforceId> id() {
    return get("Id", SalesforceId.class);
  }

  /**
   * Every field of the record, {@code Id} included, in order.
   *
   * @return an unmodifiable ordered map from field API name to JSON value
   */
  public Map<String, JsonNode> fields() {
    return fields;
  }

  /** Every field but {@code Id}. */
  @Override
  public Map<String, JsonNode> otherFields() {
    Map<String, JsonNode> other = new LinkedHashMap<>(fields);
    other.remove("Id");
    return Collections.unmodifiableMap(other);
  }

  /**
   * A field as raw JSON.
   *
   * @param field the field's API name, matched exactly first and then ignoring case
   * @return the value (possibly JSON null), or empty if the record does not carry the field
   */
  public Optional<JsonNode> get(String field) {
    FieldNames.requireApiName(field, "field");
    JsonNode exact = fields.get(field);
    if (exact != null) {
      return Optional.of(exact);
    }
    return fields.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(field))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /**
   * A field converted to a Java type.
   *
   * @param field the field's API name
   * @param type one of the types {@link FieldValues} converts
   * @param <T> the type
   * @return the value; empty if the field is JSON null or absent
   * @throws InvalidArgumentException if the value does not convert to the type
   */
  public <T> Optional<T> get(String field, Class<T> type) {
    return get(field).flatMap(value -> FieldValues.fromJson(sobjectType + "." + field, value, type));
  }

  /**
   * This record as a typed record, e.g. a generic {@code Lead} row as a {@code Lead}.
   *
   * @param type the typed record class, e.g. {@code Lead.class}
   * @param <T> the type
   * @return the typed record, with the fields it does not model kept in {@code otherFields()}
   * @throws InvalidArgumentException if a field does not fit the typed record
   */
  public <T extends SObjectRecord> T as(Class<T> type) {
    InvalidArgumentException.requireNonNull(type, "type");
    try {
      return FieldValues.mapper().treeToValue(FieldValues.mapper().valueToTree(this), type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidArgumentException(
          "type",
          "This " + sobjectType + " record cannot be read as " + type.getSimpleName() + ": "
              + e.getMessage());
    }
  }

  /** Compares by value. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SObject)) {
      return false;
    }
    SObject other = (SObject) o;
    return sobjectType.equals(other.sobjectType)
        && Objects.equals(attributes, other.attributes)
        && fields.equals(other.fields);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(sobjectType, attributes, fields);
  }

  /** Names the type, id and fields, never the values: they may be personal data. */
  @Override
  public String toString() {
    return "SObject{" + sobjectType + id().map(id -> " " + id).orElse("") + ", fields="
        + fields.keySet() + "}";
  }

  /** Builds an {@link SObject}; not thread-safe. */
  public static final class Builder {
    private final String sobjectType;
    private final Map<String, JsonNode> fields = new LinkedHashMap<>();
    private RecordAttributes attributes;

    private Builder(String sobjectType) {
      this.sobjectType = sobjectType;
    }

    /**
     * Sets the {@code attributes} object.
     *
     * @param attributes the attributes; their type must be the record's type
     * @return this builder
     */
    public Builder attributes(RecordAttributes attributes) {
      InvalidArgumentException.requireNonNull(attributes, "attributes");
      if (!attributes.type().equals(sobjectType)) {
        throw new InvalidArgumentException(
            "attributes",
            "attributes.type is " + attributes.type() + " but the record is a " + sobjectType);
      }
      this.attributes = attributes;
      return this;
    }

    /**
     * Sets the {@code Id} field.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(SalesforceId id) {
      return put("Id", id);
    }

    /**
     * Sets a field; a second call for the same field replaces the value.
     *
     * @param field the field's API name
     * @param value a value {@link FieldValues#toJson(String, Object)} accepts; never null (use
     *     {@link #putNull(String)})
     * @return this builder
     */
    public Builder put(String field, Object value) {
      FieldNames.requireApiName(field, "field");
      fields.put(field, FieldValues.toJson(sobjectType + "." + field, value));
      return this;
    }

    /**
     * Sets a field to JSON null, as Salesforce returns empty fields.
     *
     * @param field the field's API name
     * @return this builder
     */
    public Builder putNull(String field) {
      FieldNames.requireApiName(field, "field");
      fields.put(field, FieldValues.clear());
      return this;
    }

    /**
     * Builds the record.
     *
     * @return the record
     */
    public SObject build() {
      return new SObject(sobjectType, attributes, fields);
    }
  }

  static final class Serializer extends StdSerializer<SObject> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(SObject.class);
    }

    /** Writes the value as Salesforce expects it. */
    @Override
    public void serialize(SObject record, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      if (record.attributes != null) {
        gen.writeFieldName("attributes");
        provider.defaultSerializeValue(record.attributes, gen);
      }
      for (Map.Entry<String, JsonNode> field : record.fields.entrySet()) {
        gen.writeFieldName(field.getKey());
        gen.writeTree(field.getValue());
      }
      gen.writeEndObject();
    }
  }

  static final class Deserializer extends StdDeserializer<SObject> {
    private static final long serialVersionUID = 1L;
    private static final ExactJsonNodeDeserializer TREES = new ExactJsonNodeDeserializer();

    Deserializer() {
      super(SObject.class);
    }

    /** Reads the value as Salesforce sends it. */
    @Override
    public SObject deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode tree = TREES.deserialize(p, ctxt);
      if (!tree.isObject()) {
        return (SObject) ctxt.handleUnexpectedToken(SObject.class, p);
      }
      JsonNode attributes = tree.get("attributes");
      JsonNode type = attributes == null ? null : attributes.get("type");
      if (type == null || !type.isTextual()) {
        throw ctxt.weirdStringException(
            FieldNames.abbreviate(tree.toString()),
            SObject.class,
            "a record needs attributes.type to be read as an SObject, as Salesforce sends it");
      }
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      tree.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
      fields.remove("attributes");
      RecordAttributes parsed = ctxt.readTreeAsValue(attributes, RecordAttributes.class);
      return new SObject(type.asText(), parsed, fields);
    }
  }
}
