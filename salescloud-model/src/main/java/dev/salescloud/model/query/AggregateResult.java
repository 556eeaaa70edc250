package dev.salescloud.model.query;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.salescloud.model.FieldNames;
import dev.salescloud.model.FieldValues;
import dev.salescloud.model.RecordAttributes;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.json.ExactJsonNodeDeserializer;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of an aggregate query ({@code GROUP BY}, {@code SUM}, {@code COUNT(Id)}, ...): the
 * grouped fields and the aggregates, in the order Salesforce sent them.
 *
 * <p>Salesforce names each column after its alias; an aggregate without one is named {@code
 * expr0}, {@code expr1}, ... in SELECT order (counting only unaliased aggregates); a grouped field
 * of a parent is named after its last part ({@code GROUP BY Owner.Name} gives a column {@code
 * Name}). Values are kept as JSON exactly as received, decimals included, and read with a type on
 * demand:
 *
 * <pre>{@code
 * // SELECT CampaignId, SUM(Amount), COUNT(Id) total FROM Opportunity GROUP BY CampaignId
 * // {"attributes":{"type":"AggregateResult"},"CampaignId":"701E0000000JuFHIA0","expr0":300.0,"total":12}
 * QueryResult<AggregateResult> page = mapper.readValue(json, new TypeReference<>() {});
 * for (AggregateResult row : page.records()) {
 *   Optional<SalesforceId> campaign = row.get("CampaignId", SalesforceId.class);
 *   Optional<BigDecimal> amount = row.expr(0, BigDecimal.class);
 *   Optional<Long> deals = row.count("total");
 * }
 * }</pre>
 *
 * <p>Reading JSON accepts rows with or without {@code attributes}; rows of another type (an
 * ordinary record) are refused. Instances are immutable and thread-safe.
 */
@JsonSerialize(using = AggregateResult.Serializer.class)
@JsonDeserialize(using = AggregateResult.Deserializer.class)
public final class AggregateResult {
  /** The object type Salesforce puts in the {@code attributes} of aggregate rows. */
  public static final String SOBJECT_TYPE = "AggregateResult";

  private static final RecordAttributes DEFAULT_ATTRIBUTES = RecordAttributes.of(SOBJECT_TYPE);

  private final RecordAttributes attributes;
  private final Map<String, JsonNode> columns;

  private AggregateResult(RecordAttributes attributes, Map<String, JsonNode> columns) {
    this.attributes = attributes;
    this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  /**
   * A builder for a row; the row gets the {@code attributes} Salesforce sends, {@code
   * {"type":"AggregateResult"}}.
   *
   * <pre>{@code
   * AggregateResult row = AggregateResult.builder()
   *     .put("LeadSource", "Web")
   *     .put("expr0", 42)
   *     .build();
   * }</pre>
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(DEFAULT_ATTRIBUTES);
  }

  /**
   * A builder holding this row's attributes and columns.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder(attributes);
    builder.columns.putAll(columns);
    return builder;
  }

  /**
   * The {@code attributes} object, {@code {"type":"AggregateResult"}} when Salesforce sent it.
   *
   * @return the attributes, or empty for a row read without them
   */
  public Optional<RecordAttributes> attributes() {
    return Optional.ofNullable(attributes);
  }

  /**
   * Every column, in the order Salesforce sent them.
   *
   * @return an unmodifiable ordered map from column name (alias) to JSON value
   */
  public Map<String, JsonNode> columns() {
    return columns;
  }

  /**
   * The column names, in order.
   *
   * @return for example {@code [CampaignId, expr0, total]}
   */
  public List<String> aliases() {
    return List.copyOf(columns.keySet());
  }

  /**
   * A column as raw JSON.
   *
   * <p>The name is matched exactly first, then ignoring case (SOQL aliases are case-insensitive).
   * A dotted path of a grouped parent field, such as {@code Owner.Name}, also finds the column
   * Salesforce names after its last part ({@code Name}); alias such fields in the query when two of
   * them share a last part.
   *
   * @param column an alias ({@code total}), an implied alias ({@code expr0}), a grouped field
   *     ({@code LeadSource}) or a grouped parent field ({@code Owner.Name})
   * @return the value (possibly JSON null), or empty if the row has no such column
   * @throws InvalidArgumentException if {@code column} is not a well-formed name or path
   */
  public Optional<JsonNode> get(String column) {
    InvalidArgumentException.requireNonNull(column, "column");
    String[] path = column.split("\\.", -1);
    for (String part : path) {
      FieldNames.requireApiName(part, "column");
    }
    Optional<JsonNode> found = lookup(column);
    if (found.isEmpty() && path.length > 1) {
      found = lookup(path[path.length - 1]);
    }
    return found;
  }

  /**
   * A column converted to a Java type.
   *
   * @param column the column, as for {@link #get(String)}
   * @param type one of the types {@link FieldValues} converts, such as {@code BigDecimal}, {@code
   *     Long}, {@code String}, {@code LocalDate} or {@code SalesforceId}
   * @param <T> the type
   * @return the value; empty if the column is JSON null or absent
   * @throws InvalidArgumentException if the value does not convert to the type
   */
  public <T> Optional<T> get(String column, Class<T> type) {
    return get(column).flatMap(value -> FieldValues.fromJson(SOBJECT_TYPE + "." + column, value, type));
  }

  /**
   * The unaliased aggregate at a position, {@code expr0}, {@code expr1}, ...
   *
   * @param n the position among the unaliased aggregates of the SELECT, from 0
   * @return the value as raw JSON, or empty if the row has no such column
   * @throws InvalidArgumentException if {@code n} is negative
   */
  public Optional<JsonNode> expr(int n) {
    return get(exprName(n));
  }

  /**
   * The unaliased aggregate at a position, converted to a Java type.
   *
   * @param n the position among the unaliased aggregates of the SELECT, from 0
   * @param type one of the types {@link FieldValues} converts
   * @param <T> the type
   * @return the value; empty if it is JSON null or absent
   * @throws InvalidArgumentException if {@code n} is negative or the value does not convert
   */
  public <T> Optional<T> expr(int n, Class<T> type) {
    return get(exprName(n), type);
  }

  /**
   * The count of a query whose first unaliased aggregate is a count, such as {@code SELECT
   * LeadSource, COUNT(Id) FROM Lead GROUP BY LeadSource}.
   *
   * @return the value of {@code expr0}; empty if absent or null
   * @throws InvalidArgumentException if {@code expr0} is not a whole number
   */
  public Optional<Long> count() {
    return expr(0, Long.class);
  }

  /**
   * The count in an aliased column, such as {@code total} in {@code COUNT(Id) total}.
   *
   * @param alias the alias of the count
   * @return the count; empty if absent or null
   * @throws InvalidArgumentException if the value is not a whole number
   */
  public Optional<Long> count(String alias) {
    return get(alias, Long.class);
  }

  private Optional<JsonNode> lookup(String name) {
    JsonNode exact = columns.get(name);
    if (exact != null) {
      return Optional.of(exact);
    }
    return columns.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private static String exprName(int n) {
    if (n < 0) {
      throw new InvalidArgumentException(
          "n", "n is " + n + "; implied aliases are numbered from 0 (expr0, expr1, ...)");
    }
    return "expr" + n;
  }

  /** Equal when the attributes and the columns are equal (column order aside). */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AggregateResult)) {
      return false;
    }
    AggregateResult other = (AggregateResult) o;
    return Objects.equals(attributes, other.attributes) && columns.equals(other.columns);
  }

  /** A hash of the attributes and the columns. */
  @Override
  public int hashCode() {
    return Objects.hash(attributes, columns);
  }

  /** Names the columns, never the values: grouped values may be personal data. */
  @Override
  public String toString() {
    return "AggregateResult{columns=" + columns.keySet() + "}";
  }

  /** Builds an {@link AggregateResult}; not thread-safe. */
  public static final class Builder {
    private final Map<String, JsonNode> columns = new LinkedHashMap<>();
    private RecordAttributes attributes;

    private Builder(RecordAttributes attributes) {
      this.attributes = attributes;
    }

    /**
     * Sets the {@code attributes} object.
     *
     * @param attributes the attributes; their type must be {@code AggregateResult}
     * @return this builder
     * @throws InvalidArgumentException if the attributes are of another type
     */
    public Builder attributes(RecordAttributes attributes) {
      InvalidArgumentException.requireNonNull(attributes, "attributes");
      if (!attributes.type().equals(SOBJECT_TYPE)) {
        throw new InvalidArgumentException(
            "attributes",
            "attributes.type is " + attributes.type() + " but an aggregate row is an " + SOBJECT_TYPE);
      }
      this.attributes = attributes;
      return this;
    }

    /**
     * Sets a column; a second call for the same column replaces the value.
     *
     * @param alias the column name, such as {@code expr0}, {@code total} or {@code LeadSource}
     * @param value a value {@link FieldValues#toJson(String, Object)} accepts; never null (use
     *     {@link #putNull(String)})
     * @return this builder
     * @throws InvalidArgumentException if the alias is malformed or the value is not supported
     */
    public Builder put(String alias, Object value) {
      columns.put(requireAlias(alias), FieldValues.toJson(SOBJECT_TYPE + "." + alias, value));
      return this;
    }

    /**
     * Sets a column to JSON null, as Salesforce sends a group whose field is empty.
     *
     * @param alias the column name
     * @return this builder
     * @throws InvalidArgumentException if the alias is malformed
     */
    public Builder putNull(String alias) {
      columns.put(requireAlias(alias), NullNode.getInstance());
      return this;
    }

    /**
     * Builds the row.
     *
     * @return the row
     */
    public AggregateResult build() {
      return new AggregateResult(attributes, columns);
    }

    private static String requireAlias(String alias) {
      FieldNames.requireApiName(alias, "alias");
      if (alias.equalsIgnoreCase("attributes")) {
        throw new InvalidArgumentException(
            "alias", "'attributes' is the key of the row's attributes; give the column another alias");
      }
      return alias;
    }
  }

  static final class Serializer extends StdSerializer<AggregateResult> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(AggregateResult.class);
    }

    /** Writes the attributes, then the columns in order. */
    @Override
    public void serialize(AggregateResult row, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      if (row.attributes != null) {
        gen.writeFieldName("attributes");
        provider.defaultSerializeValue(row.attributes, gen);
      }
      for (Map.Entry<String, JsonNode> column : row.columns.entrySet()) {
        gen.writeFieldName(column.getKey());
        gen.writeTree(column.getValue());
      }
      gen.writeEndObject();
    }
  }

  static final class Deserializer extends StdDeserializer<AggregateResult> {
    private static final long serialVersionUID = 1L;
    private static final ExactJsonNodeDeserializer TREES = new ExactJsonNodeDeserializer();

    Deserializer() {
      super(AggregateResult.class);
    }

    /** Reads a row, keeping decimals exact and columns in order. */
    @Override
    public AggregateResult deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      JsonNode tree = TREES.deserialize(p, ctxt);
      if (!tree.isObject()) {
        return (AggregateResult) ctxt.handleUnexpectedToken(AggregateResult.class, p);
      }
      JsonNode attributes = tree.get("attributes");
      RecordAttributes parsed = null;
      if (attributes != null && !attributes.isNull()) {
        JsonNode type = attributes.get("type");
        if (type == null || !type.isTextual() || !type.asText().equals(SOBJECT_TYPE)) {
          String shown = type == null ? "" : type.toString();
          String found =
              type == null
                  ? "no type"
                  : "type " + (shown.length() > 60 ? shown.substring(0, 60) + "..." : shown);
          return ctxt.reportInputMismatch(
              AggregateResult.class,
              "A row with attributes of %s is not an aggregate row (attributes.type must be %s);"
                  + " read the records of an ordinary query as SObject or a typed record",
              found,
              SOBJECT_TYPE);
        }
        parsed = ctxt.readTreeAsValue(attributes, RecordAttributes.class);
      }
      Map<String, JsonNode> columns = new LinkedHashMap<>();
      tree.properties().forEach(e -> columns.put(e.getKey(), e.getValue()));
      columns.remove("attributes");
      return new AggregateResult(parsed, columns);
    }
  }
}
