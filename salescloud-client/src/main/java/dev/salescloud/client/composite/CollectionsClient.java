package dev.salescloud.client.composite;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.FieldNames;
import dev.salescloud.model.RecordPatch;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SObjectRecord;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.composite.CollectionDeleteRequest;
import dev.salescloud.model.composite.CollectionRequest;
import dev.salescloud.model.composite.CollectionResults;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.TransportException;
import dev.salescloud.model.result.SaveResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * sObject Collections: up to 200 records of one or several objects created, updated, upserted or
 * deleted in one API call, and up to 2,000 read. Get it from {@code SalesCloudClient.collections()};
 * thread-safe.
 *
 * <pre>{@code
 * CollectionResults results = sf.collections().create(List.of(lead1, lead2, account));
 * results.ids();              // [Optional[00Q...], Optional.empty, Optional[001...]], in input order
 * results.failedIndexes();    // [1]: read results.get(1).errors()
 *
 * List<Optional<Lead>> leads = sf.collections().retrieve(Lead.class, ids, "Name", "Status");
 * }</pre>
 *
 * <h2>Partial success</h2>
 *
 * <p>Unless {@code allOrNone} is {@code true}, each record is saved or fails on its own: a
 * record's failure is in its result, not an exception, and never hides the others' success. With
 * {@code allOrNone}, one failure rolls every record back; the records that were fine answer
 * {@code ALL_OR_NONE_OPERATION_ROLLED_BACK} ({@link CollectionResults#rolledBack()}).
 *
 * <h2>Checked before sending</h2>
 *
 * <p>More than 200 records, more than ten runs of records of one type, records without ids for an
 * update, read-only fields: each is refused with an {@link InvalidArgumentException} naming the
 * record, before anything is sent.
 */
public final class CollectionsClient {
  /** The most ids one retrieve may ask for. */
  public static final int MAX_RETRIEVE_IDS = 2_000;

  private static final TypeReference<JsonNode> JSON_TREE = new TypeReference<>() {};

  private final ApiExchange exchange;
  private final ApiVersion version;

  /**
   * A client sending through an exchange; {@code SalesCloudClient.collections()} gives it.
   *
   * @param exchange the client's exchange
   * @param version the API version
   */
  public CollectionsClient(ApiExchange exchange, ApiVersion version) {
    this.exchange = InvalidArgumentException.requireNonNull(exchange, "exchange");
    this.version = InvalidArgumentException.requireNonNull(version, "version");
  }

  /**
   * Creates records, each on its own. Maps to {@code POST .../composite/sobjects}. Never replayed
   * once it may have run.
   *
   * @param records one to 200 records without ids, of any objects
   * @return one result per record, in input order
   */
  public CollectionResults create(List<? extends SObjectRecord> records) {
    return create(records, false);
  }

  /**
   * Creates records, all or none.
   *
   * @param records one to 200 records without ids, of any objects
   * @param allOrNone {@code true} to roll every record back when one fails
   * @return one result per record, in input order
   */
  public CollectionResults create(List<? extends SObjectRecord> records, boolean allOrNone) {
    return save("POST", path(), CollectionRequest.forCreate(records).withAllOrNone(allOrNone), false);
  }

  /**
   * Updates records with the fields they carry. Maps to {@code PATCH .../composite/sobjects}.
   *
   * @param records one to 200 records with ids, holding only the fields to change
   * @return one result per record, in input order
   */
  public CollectionResults update(List<? extends SObjectRecord> records) {
    return update(records, false);
  }

  /**
   * Updates records with the fields they carry, all or none.
   *
   * @param records one to 200 records with ids
   * @param allOrNone {@code true} to roll every record back when one fails
   * @return one result per record, in input order
   */
  public CollectionResults update(List<? extends SObjectRecord> records, boolean allOrNone) {
    return save("PATCH", path(), CollectionRequest.forUpdate(records).withAllOrNone(allOrNone), true);
  }

  /**
   * Updates records with patches (cleared fields sent as JSON null).
   *
   * @param patches the patch of each record by id, in the order of a {@code LinkedHashMap}
   * @return one result per record, in the map's order
   */
  public CollectionResults update(Map<SalesforceId, ? extends RecordPatch> patches) {
    return update(patches, false);
  }

  /**
   * Updates records with patches, all or none.
   *
   * @param patches the patch of each record by id, in the order of a {@code LinkedHashMap}
   * @param allOrNone {@code true} to roll every record back when one fails
   * @return one result per record, in the map's order
   */
  public CollectionResults update(Map<SalesforceId, ? extends RecordPatch> patches, boolean allOrNone) {
    return save("PATCH", path(), CollectionRequest.forUpdate(patches).withAllOrNone(allOrNone), true);
  }

  /**
   * Inserts or updates records of one object by an external id. Maps to {@code PATCH
   * .../composite/sobjects/{type}/{externalIdField}}; each result says whether it created.
   *
   * @param externalIdField the external id field, e.g. {@code Erp_Id__c}
   * @param records one to 200 records of one object, each carrying the external id
   * @return one result per record, in input order
   */
  public CollectionResults upsert(String externalIdField, List<? extends SObjectRecord> records) {
    return upsert(externalIdField, records, false);
  }

  /**
   * Inserts or updates records of one object by an external id, all or none.
   *
   * @param externalIdField the external id field
   * @param records one to 200 records of one object, each carrying the external id
   * @param allOrNone {@code true} to roll every record back when one fails
   * @return one result per record, in input order
   */
  public CollectionResults upsert(
      String externalIdField, List<? extends SObjectRecord> records, boolean allOrNone) {
    CollectionRequest request = CollectionRequest.forUpsert(externalIdField, records).withAllOrNone(allOrNone);
    String path = path() + "/" + request.sobjectTypes().get(0) + "/" + externalIdField;
    return save("PATCH", path, request, true);
  }

  /**
   * Deletes records of any objects. Maps to {@code DELETE .../composite/sobjects?ids=..}.
   *
   * @param ids one to 200 ids
   * @return one result per id, in input order
   */
  public CollectionResults delete(List<SalesforceId> ids) {
    return delete(ids, false);
  }

  /**
   * Deletes records, all or none.
   *
   * @param ids one to 200 ids
   * @param allOrNone {@code true} to restore every record when one fails
   * @return one result per id, in input order
   */
  public CollectionResults delete(List<SalesforceId> ids, boolean allOrNone) {
    CollectionDeleteRequest request = CollectionDeleteRequest.builder()
        .addAllIds(InvalidArgumentException.requireNonNull(ids, "ids"))
        .allOrNone(allOrNone)
        .build();
    String path = path() + "?ids=" + request.idsParameter() + "&allOrNone=" + allOrNone;
    return aligned(exchange.send("DELETE", path, null, true), "DELETE", path, ids.size());
  }

  /**
   * Reads records of one typed object by id. Maps to {@code POST .../composite/sobjects/{type}}
   * with the ids and fields in the body.
   *
   * @param type the record class, e.g. {@code Lead.class}
   * @param ids one to 2,000 ids of that object
   * @param fields the fields to read, at least one
   * @param <T> the record type
   * @return one entry per id, in input order; empty where no record has the id
   */
  public <T extends SObjectRecord> List<Optional<T>> retrieve(Class<T> type, List<SalesforceId> ids, String... fields) {
    InvalidArgumentException.requireNonNull(type, "type");
    String sobjectType = SObjectRecord.sobjectTypeOf(type).orElseThrow(() -> new InvalidArgumentException(
        "type", type.getSimpleName() + " names no object; use retrieve(\"Object__c\", ids, fields)"));
    return retrieve(sobjectType, exchange.mapper().constructType(type), ids, fields);
  }

  /**
   * Reads records of any object by id, as generic {@link SObject}s.
   *
   * @param sobjectType the object's API name
   * @param ids one to 2,000 ids of that object
   * @param fields the fields to read, at least one
   * @return one entry per id, in input order; empty where no record has the id
   */
  public List<Optional<SObject>> retrieve(String sobjectType, List<SalesforceId> ids, String... fields) {
    return retrieve(sobjectType, exchange.mapper().constructType(SObject.class), ids, fields);
  }

  private <T> List<Optional<T>> retrieve(String sobjectType, JavaType type, List<SalesforceId> ids, String... fields) {
    FieldNames.requireApiName(sobjectType, "sobjectType");
    InvalidArgumentException.requireNonNull(ids, "ids");
    InvalidArgumentException.requireNonNull(fields, "fields");
    if (ids.isEmpty() || ids.size() > MAX_RETRIEVE_IDS) {
      throw new InvalidArgumentException(
          "ids", "An sObject Collections retrieve takes 1 to " + MAX_RETRIEVE_IDS + " ids, not " + ids.size());
    }
    if (fields.length == 0) {
      throw new InvalidArgumentException(
          "fields", "An sObject Collections retrieve needs the fields to read; name at least one, e.g. \"Name\"");
    }
    ObjectNode body = exchange.mapper().createObjectNode();
    ArrayNode idList = body.putArray("ids");
    for (int i = 0; i < ids.size(); i++) {
      idList.add(InvalidArgumentException.requireNonNull(ids.get(i), "ids[" + i + "]").requireType(sobjectType).value());
    }
    ArrayNode fieldList = body.putArray("fields");
    for (int i = 0; i < fields.length; i++) {
      fieldList.add(FieldNames.requireApiName(fields[i], "fields[" + i + "]"));
    }
    String path = path() + "/" + sobjectType;
    JsonNode rows = exchange.read("POST", path, exchange.send("POST", path, body, true), JSON_TREE);
    requireCount(rows, ids.size(), "POST", path);
    List<Optional<T>> out = new ArrayList<>(ids.size());
    for (JsonNode row : rows) {
      out.add(row.isNull() ? Optional.empty() : Optional.of(convert(row, type, "POST", path)));
    }
    return out;
  }

  private CollectionResults save(String method, String path, CollectionRequest request, boolean idempotent) {
    HttpResponse response = exchange.send(method, path, exchange.mapper().valueToTree(request), idempotent);
    return aligned(response, method, path, request.records().size());
  }

  private CollectionResults aligned(HttpResponse response, String method, String path, int expected) {
    JsonNode rows = exchange.read(method, path, response, JSON_TREE);
    requireCount(rows, expected, method, path);
    List<SaveResult> results = new ArrayList<>(expected);
    JavaType type = exchange.mapper().constructType(SaveResult.class);
    for (JsonNode row : rows) {
      results.add(convert(row, type, method, path));
    }
    return CollectionResults.of(results);
  }

  private <T> T convert(JsonNode row, JavaType type, String method, String path) {
    try {
      return exchange.mapper().convertValue(row, type);
    } catch (IllegalArgumentException e) {
      throw new TransportException(
          method + " " + path.replaceAll("\\?.*", "") + " answered a result that is not a "
              + type.getRawClass().getSimpleName(), true, 200, e);
    }
  }

  private static void requireCount(JsonNode rows, int expected, String method, String path) {
    if (!rows.isArray() || rows.size() != expected) {
      throw new TransportException(
          method + " " + path.replaceAll("\\?.*", "") + " answered "
              + (rows.isArray() ? rows.size() + " results" : "a " + rows.getNodeType())
              + " for " + expected + " records; results could not be matched to records",
          true, 200, null);
    }
  }

  private String path() {
    return version.basePath() + "/composite/sobjects";
  }

  /** Shows the API version. */
  @Override
  public String toString() {
    return "CollectionsClient{" + version + "}";
  }
}
