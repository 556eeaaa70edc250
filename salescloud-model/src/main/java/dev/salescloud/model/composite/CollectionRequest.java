package dev.salescloud.model.composite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.FieldNames;
import dev.salescloud.model.RecordPatch;
import dev.salescloud.model.SObjectRecord;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * The body of an sObject Collections create, update or upsert ({@code POST}, {@code PATCH} {@code
 * /services/data/vNN.0/composite/sobjects}, {@code PATCH .../composite/sobjects/{Type}/{ExtIdField}}):
 * up to 200 records, each carrying {@code attributes.type}, saved in one API call. The answer is a
 * {@link CollectionResults}, one entry per record in the same order.
 *
 * <pre>{@code
 * CollectionRequest create = CollectionRequest.forCreate(List.of(lead1, lead2, account));
 * // {"allOrNone":false,"records":[{"attributes":{"type":"Lead"},"LastName":"Ng","Company":"Acme"},...]}
 *
 * Map<SalesforceId, RecordPatch> changes = new LinkedHashMap<>();   // request order = map order
 * changes.put(leadId, LeadPatch.builder().status("Working - Contacted").build());
 * CollectionRequest update = CollectionRequest.forUpdate(changes).withAllOrNone(true);
 * // {"allOrNone":true,"records":[{"attributes":{"type":"Lead"},"id":"00Q...","Status":"Working - Contacted"}]}
 * }</pre>
 *
 * <h2>Checked before sending</h2>
 *
 * <ul>
 *   <li>one to {@value #MAX_RECORDS} records, each a JSON object with {@code attributes.type};
 *   <li>at most {@value #MAX_TYPE_CHUNKS} runs of consecutive records of one type (Salesforce
 *       processes records in such chunks: {@code Account, Account, Contact, Account} is 3);
 *   <li>{@link #forCreate(List)}: no record carries an id, and no read-only field;
 *   <li>{@link #forUpdate(List)} and {@link #forUpdate(Map)}: every record has an id of its type,
 *       and no read-only field;
 *   <li>{@link #forUpsert(String, List)}: records of one type, each carrying the external id.
 * </ul>
 *
 * <p>{@code allOrNone} defaults to {@code false}, as in Salesforce: each record is saved or fails
 * on its own. With {@code true}, one failure rolls every record back.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableCollectionRequest.class)
@JsonDeserialize(as = ImmutableCollectionRequest.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"allOrNone", "records"})
public abstract class CollectionRequest {
  /** The most records one request may hold. */
  public static final int MAX_RECORDS = 200;

  /** The most runs of consecutive records of one type one request may hold. */
  public static final int MAX_TYPE_CHUNKS = 10;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  CollectionRequest() {}

  /**
   * Whether one failing record rolls back every record.
   *
   * @return {@code false} unless set otherwise, as in Salesforce
   */
  @JsonProperty("allOrNone")
  @Value.Default
  public boolean allOrNone() {
    return false;
  }

  /**
   * The records as sent: JSON objects with {@code attributes.type} first, then (for updates) the
   * {@code id}, then the fields to save.
   *
   * @return one to {@value #MAX_RECORDS} records
   */
  @JsonProperty("records")
  public abstract List<JsonNode> records();

  /**
   * The object types of the records, each once, in the order they first appear.
   *
   * @return for example {@code [Lead, Account]}
   */
  public List<String> sobjectTypes() {
    Set<String> types = new LinkedHashSet<>();
    records().forEach(r -> types.add(typeOf(r)));
    return List.copyOf(types);
  }

  /**
   * The ids the records carry ({@code id} or {@code Id}), in record order.
   *
   * @return one entry per record; empty for a record without id (a create)
   */
  public List<Optional<SalesforceId>> recordIds() {
    List<Optional<SalesforceId>> ids = new ArrayList<>();
    for (JsonNode record : records()) {
      JsonNode id = record.has("id") ? record.get("id") : record.get("Id");
      ids.add(id != null && id.isTextual() ? Optional.of(SalesforceId.of(id.textValue())) : Optional.empty());
    }
    return List.copyOf(ids);
  }

  /**
   * This request with another {@code allOrNone} flag.
   *
   * @param allOrNone whether one failing record rolls back every record
   * @return a copy with the flag
   */
  public CollectionRequest withAllOrNone(boolean allOrNone) {
    return builder().from(this).allOrNone(allOrNone).build();
  }

  /** Checks the record count, the attributes of every record and the number of type chunks. */
  @Value.Check
  protected void check() {
    int count = records().size();
    if (count == 0) {
      throw new InvalidArgumentException(
          "records", "An sObject Collections request needs at least one record; it has none");
    }
    if (count > MAX_RECORDS) {
      throw new InvalidArgumentException(
          "records",
          "An sObject Collections request holds at most " + MAX_RECORDS + " records; this one has "
              + count + ". Split the records into several requests.");
    }
    List<String> chunks = new ArrayList<>();
    String previous = null;
    for (int i = 0; i < count; i++) {
      JsonNode record = records().get(i);
      JsonNode type = record.path("attributes").path("type");
      if (!record.isObject() || !type.isTextual()) {
        throw new InvalidArgumentException(
            "records[" + i + "]",
            "records[" + i + "] has no attributes.type: every record of an sObject Collections"
                + " request must be a JSON object starting with {\"attributes\":{\"type\":\"Account\"}}");
      }
      String name = FieldNames.requireApiName(type.textValue(), "records[" + i + "].attributes.type");
      if (previous == null || !previous.equalsIgnoreCase(name)) {
        chunks.add(name);
      }
      previous = name;
    }
    if (chunks.size() > MAX_TYPE_CHUNKS) {
      throw new InvalidArgumentException(
          "records",
          "Salesforce processes an sObject Collections request in chunks of consecutive records of"
              + " one type, at most " + MAX_TYPE_CHUNKS + "; these records form " + chunks.size()
              + " chunks " + chunks + ". Group the records of each type together.");
    }
  }

  private static String typeOf(JsonNode record) {
    return record.path("attributes").path("type").asText();
  }

  /**
   * A create of records: each sends its type and the fields that are set.
   *
   * @param records one to {@value #MAX_RECORDS} records without ids, of any types
   * @return the request, with {@code allOrNone = false}
   * @throws InvalidArgumentException if a record carries an id or a read-only field, or the count
   *     or type chunks exceed the limits
   */
  public static CollectionRequest forCreate(List<? extends SObjectRecord> records) {
    return build(records, "records", (record, i) -> {
      record.id().ifPresent(id -> {
        throw new InvalidArgumentException(
            "records[" + i + "]",
            "records[" + i + "] (" + record.sobjectType() + ") carries Id " + id + ": a create"
                + " cannot carry an id. Use forUpdate to change existing records.");
      });
      ObjectNode node = start(record.sobjectType());
      node.setAll(prefixed(i, () -> record.toCreateFields()));
      return node;
    });
  }

  /**
   * An update of records, each sending its type, its id and the other fields that are set. Build
   * sparse records holding only the id and the fields to change: every field set is sent.
   *
   * @param records one to {@value #MAX_RECORDS} records with ids, of any types
   * @return the request, with {@code allOrNone = false}
   * @throws InvalidArgumentException if a record has no id or carries a read-only field, or the
   *     count or type chunks exceed the limits
   */
  public static CollectionRequest forUpdate(List<? extends SObjectRecord> records) {
    return build(records, "records", (record, i) -> {
      SalesforceId id = record.id().orElseThrow(() -> new InvalidArgumentException(
          "records[" + i + "]",
          "records[" + i + "] (" + record.sobjectType() + ") has no Id: an update needs the"
              + " id of every record. Use forCreate for new records."));
      ObjectNode node = start(record.sobjectType());
      node.put("id", prefixed(i, () -> id.requireType(record.sobjectType())).value());
      node.setAll(prefixed(i, record::toUpdateFields));
      return node;
    });
  }

  /**
   * An update of records through patches: each record sends its type, its id and the patch's
   * fields (cleared fields as JSON null).
   *
   * @param patches the patch of each record, by id; iteration order is request and result order,
   *     so pass a {@code LinkedHashMap} (or another ordered map)
   * @return the request, with {@code allOrNone = false}
   * @throws InvalidArgumentException if an id does not belong to its patch's object, or the count
   *     or type chunks exceed the limits
   */
  public static CollectionRequest forUpdate(Map<SalesforceId, ? extends RecordPatch> patches) {
    InvalidArgumentException.requireNonNull(patches, "patches");
    List<Map.Entry<SalesforceId, ? extends RecordPatch>> entries = new ArrayList<>(patches.entrySet());
    return build(entries, "patches", (entry, i) -> {
      SalesforceId id = InvalidArgumentException.requireNonNull(entry.getKey(), "patches id");
      RecordPatch patch = InvalidArgumentException.requireNonNull(entry.getValue(), "patches[" + id + "]");
      ObjectNode node = start(patch.sobjectType());
      node.put("id", prefixed(i, () -> id.requireType(patch.sobjectType())).value());
      node.setAll(patch.fields());
      return node;
    });
  }

  /**
   * An upsert of records of one type by an external id field ({@code PATCH
   * .../composite/sobjects/{Type}/{externalIdField}}): each record sends its type and the fields
   * that are set, the external id among them.
   *
   * @param externalIdField the external id field's API name, e.g. {@code Erp_Id__c}
   * @param records one to {@value #MAX_RECORDS} records of one type, without Salesforce ids
   * @return the request, with {@code allOrNone = false}; its {@link #sobjectTypes()} is the one type
   * @throws InvalidArgumentException if the records are of several types, one lacks the external
   *     id or carries an Id or a read-only field, or the count exceeds the limit
   */
  public static CollectionRequest forUpsert(
      String externalIdField, List<? extends SObjectRecord> records) {
    FieldNames.requireApiName(externalIdField, "externalIdField");
    InvalidArgumentException.requireNonNull(records, "records");
    String type = records.isEmpty() || records.get(0) == null ? null : records.get(0).sobjectType();
    return build(records, "records", (record, i) -> {
      if (!record.sobjectType().equals(type)) {
        throw new InvalidArgumentException(
            "records[" + i + "]",
            "records[" + i + "] is of type " + record.sobjectType() + ", but an upsert takes"
                + " records of one type and records[0] is of type " + type);
      }
      ObjectNode node = start(type);
      node.setAll(prefixed(i, () -> record.toCreateFields()));
      boolean carriesKey =
          node.properties().stream()
              .anyMatch(f -> f.getKey().equalsIgnoreCase(externalIdField) && !f.getValue().isNull());
      if (!carriesKey) {
        throw new InvalidArgumentException(
            "records[" + i + "]",
            "records[" + i + "] (" + type + ") has no " + externalIdField + ": an upsert finds"
                + " each record by its external id, so every record must carry it");
      }
      return node;
    });
  }

  private interface Conversion<T> {
    ObjectNode apply(T item, int index);
  }

  private static <T> CollectionRequest build(List<T> items, String argument, Conversion<T> conversion) {
    InvalidArgumentException.requireNonNull(items, argument);
    if (items.size() > MAX_RECORDS) {
      throw new InvalidArgumentException(
          argument,
          "An sObject Collections request holds at most " + MAX_RECORDS + " records; this one has "
              + items.size() + ". Split the records into several requests.");
    }
    Builder builder = builder();
    for (int i = 0; i < items.size(); i++) {
      T item = InvalidArgumentException.requireNonNull(items.get(i), argument + "[" + i + "]");
      builder.addRecord(conversion.apply(item, i));
    }
    return builder.build();
  }

  private static ObjectNode start(String type) {
    ObjectNode node = NODES.objectNode();
    node.putObject("attributes").put("type", type);
    return node;
  }

  private static <T> T prefixed(int index, Supplier<T> step) {
    try {
      return step.get();
    } catch (InvalidArgumentException e) {
      throw new InvalidArgumentException(e.argument(), "records[" + index + "]: " + e.getMessage());
    }
  }

  /**
   * A builder, for records already in JSON.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Shows the flag, the record count and the types, never field values. */
  @Override
  public String toString() {
    return "CollectionRequest{allOrNone=" + allOrNone() + ", records=" + records().size()
        + ", types=" + sobjectTypes() + "}";
  }

  /** Builds a {@link CollectionRequest}. */
  public static final class Builder extends ImmutableCollectionRequest.Builder {
    Builder() {}
  }
}
