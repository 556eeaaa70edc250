package dev.salescloud.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.salescloud.model.error.InvalidArgumentException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The changes an update sends: only the fields that were set, in the order they were set, with
 * fields cleared on purpose sent as JSON null. Fields never mentioned are never sent, so an update
 * cannot overwrite what another user changed meanwhile.
 *
 * <p>Each typed record has its patch ({@code LeadPatch}, {@code OpportunityPatch}, ...) with a
 * setter per writable field; {@link SObjectPatch} serves any other object. Read-only fields (the
 * id, system fields, derived fields such as {@code Lead.IsConverted}) are refused by the builder
 * with a message that names them.
 *
 * <pre>{@code
 * LeadPatch patch = LeadPatch.builder()
 *     .status("Working - Contacted")
 *     .set("Score__c", new BigDecimal("87.5"))
 *     .clear("Title")                      // sent as "Title": null
 *     .build();
 * // {"Status":"Working - Contacted","Score__c":87.5,"Title":null}
 * }</pre>
 *
 * <p>Patches are immutable and thread-safe; their builders are not.
 */
@JsonSerialize(using = RecordPatch.Serializer.class)
public abstract class RecordPatch {
  private final String sobjectType;
  private final Map<String, JsonNode> fields;

  /**
   * For subclasses: takes the builder's changes.
   *
   * @param builder the builder
   */
  protected RecordPatch(Builder<?> builder) {
    this.sobjectType = builder.sobjectType;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.ordered));
  }

  /**
   * The object the patch applies to.
   *
   * @return for example {@code "Lead"}
   */
  public String sobjectType() {
    return sobjectType;
  }

  /**
   * What the update sends, in order: each set field with its JSON value, each cleared field with
   * JSON null.
   *
   * @return an unmodifiable ordered map
   */
  public Map<String, JsonNode> fields() {
    return fields;
  }

  /**
   * The fields cleared on purpose (sent as JSON null).
   *
   * @return the field names, in order
   */
  public Set<String> clearedFields() {
    return fields.entrySet().stream()
        .filter(e -> e.getValue().isNull())
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /**
   * Whether the patch changes nothing.
   *
   * @return {@code true} if no field was set or cleared
   */
  public boolean isEmpty() {
    return fields.isEmpty();
  }

  /** Compares by value. */
  @Override
  public boolean equals(Object o) {
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    RecordPatch other = (RecordPatch) o;
    return sobjectType.equals(other.sobjectType) && fields.equals(other.fields);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(sobjectType, fields);
  }

  /** Lists the field names only: values may be personal data. */
  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "{"
        + sobjectType
        + ", set="
        + fields.entrySet().stream().filter(e -> !e.getValue().isNull()).map(Map.Entry::getKey).toList()
        + ", cleared="
        + clearedFields()
        + "}";
  }

  /**
   * The builder shared by every patch type.
   *
   * @param <B> the concrete builder type
   */
  public abstract static class Builder<B extends Builder<B>> {
    private final String sobjectType;
    private final Map<String, JsonNode> ordered = new LinkedHashMap<>();

    /**
     * For subclasses.
     *
     * @param sobjectType the object the patch applies to
     */
    protected Builder(String sobjectType) {
      this.sobjectType = FieldNames.requireApiName(sobjectType, "sobjectType");
    }

    /**
     * Sets a field, by API name; custom fields ({@code Score__c}) go through here.
     *
     * @param field the field's API name
     * @param value a {@code String}, {@code Boolean}, number, {@code BigDecimal}, {@code
     *     LocalDate}, {@code Instant}, {@code LocalTime}, {@link SalesforceId}, {@link
     *     MultiPicklist} or {@code JsonNode}; never {@code null} (use {@link #clear(String)})
     * @return this builder
     * @throws InvalidArgumentException if the field is read-only, create-only or malformed, or the
     *     value is null or of an unsupported type
     */
    public B set(String field, Object value) {
      checkWritable(field);
      return put(field, FieldValues.toJson(sobjectType + "." + field, checkValue(field, value)));
    }

    /**
     * The hook for a patch type's own value rules (a lookup takes only ids of its object, a {@code
     * WhoId} only a Lead or Contact id): checks a value about to be set, and may normalise it.
     * The default accepts every value.
     *
     * @param field the field's API name, as given
     * @param value the value, never null
     * @return the value to send
     * @throws InvalidArgumentException if the value breaks the type's rule
     */
    protected Object checkValue(String field, Object value) {
      return value;
    }

    /**
     * Clears a field: it is sent as JSON null, which empties it in Salesforce.
     *
     * @param field the field's API name
     * @return this builder
     * @throws InvalidArgumentException if the field is read-only or malformed
     */
    public B clear(String field) {
      checkWritable(field);
      return put(field, FieldValues.clear());
    }

    /**
     * Sets a currency field, checking that the amount fits Salesforce's currency range.
     *
     * @param field the field's API name
     * @param amount the amount
     * @return this builder
     * @throws InvalidArgumentException if the amount overflows the field
     */
    protected B setCurrency(String field, BigDecimal amount) {
      CurrencyAmounts.requireInRange(sobjectType + "." + field, amount);
      return set(field, amount);
    }

    private void checkWritable(String field) {
      FieldNames.requireApiName(field, "field");
      ReadOnlyFields.requireUpdatable(sobjectType, field, "a patch");
    }

    private B put(String field, JsonNode value) {
      ordered.keySet().removeIf(k -> k.equalsIgnoreCase(field));
      ordered.put(field, value);
      return self();
    }

    /**
     * The changes so far, in order.
     *
     * @return an ordered view
     */
    protected Map<String, JsonNode> changes() {
      return Collections.unmodifiableMap(ordered);
    }

    /**
     * This builder, typed.
     *
     * @return {@code this}
     */
    protected abstract B self();
  }

  /** Writes a patch as the JSON object an update sends, keeping JSON nulls for cleared fields. */
  static final class Serializer extends StdSerializer<RecordPatch> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(RecordPatch.class);
    }

    /** Writes the value as Salesforce expects it. */
    @Override
    public void serialize(RecordPatch patch, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      for (Map.Entry<String, JsonNode> field : patch.fields.entrySet()) {
        gen.writeFieldName(field.getKey());
        gen.writeTree(field.getValue());
      }
      gen.writeEndObject();
    }
  }
}
