package dev.salescloud.client.sobject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.client.RequestOptions;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.FieldNames;
import dev.salescloud.model.RecordPatch;
import dev.salescloud.model.SObjectRecord;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.NotFoundException;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.result.SaveResult;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Creates, reads, updates and deletes records of one object type. Every sub-client of {@link
 * dev.salescloud.client.SalesCloudClient} for a record type is one of these or extends it:
 * {@code sf.leads()}, and {@code sf.sobjects("Invoice__c")} for any other object. Thread-safe.
 *
 * <h2>Create, read, update, delete</h2>
 *
 * <pre>{@code
 * SalesforceId id = sf.leads().create(Lead.builder().lastName("Ng").company("Acme").build());
 * Lead lead = sf.leads().get(id, "Name", "Status");
 * sf.leads().update(id, LeadPatch.builder().status(Lead.Status.WORKING_CONTACTED).build());
 * sf.leads().delete(id);
 * }</pre>
 *
 * <p>A create sends only the fields that are set; an update sends only the patch's changes, with
 * cleared fields as JSON null. Ids are checked before anything is sent: a malformed id, or the id
 * of another object type, is an {@link InvalidArgumentException}.
 *
 * <h2>Per-call options</h2>
 *
 * <p>Every operation has an overload that takes {@link RequestOptions}: a timeout for this call
 * and Salesforce's optional headers.
 *
 * <pre>{@code
 * sf.leads().create(lead, RequestOptions.builder().autoAssign(false).build());
 * }</pre>
 *
 * @param <R> the record type
 * @param <P> the patch type
 */
public class RecordClient<R extends SObjectRecord, P extends RecordPatch> {
  private static final TypeReference<SaveResult> SAVE_RESULT = new TypeReference<>() {};

  private final ApiExchange exchange;
  private final ApiVersion version;
  private final String sobjectType;
  private final TypeReference<R> recordType;

  /**
   * Creates a sub-client; {@link dev.salescloud.client.SalesCloudClient} does this.
   *
   * @param exchange the client's request pipeline
   * @param version the API version
   * @param sobjectType the object's API name
   * @param recordType the Java type records are read as
   */
  public RecordClient(
      ApiExchange exchange, ApiVersion version, String sobjectType, TypeReference<R> recordType) {
    this.exchange = exchange;
    this.version = version;
    this.sobjectType = FieldNames.requireApiName(sobjectType, "sobjectType");
    this.recordType = recordType;
  }

  /**
   * The object this sub-client serves.
   *
   * @return for example {@code "Lead"}
   */
  public String sobjectType() {
    return sobjectType;
  }

  /**
   * Creates a record: only the fields that are set are sent. Maps to {@code POST
   * .../sobjects/{type}}. Never retried once sent, so a timeout cannot create a duplicate.
   *
   * @param record the record; no id, no read-only fields
   * @return the new record's 18-character id
   * @throws InvalidArgumentException before sending, if the record is of another type, has no
   *     field, or carries a read-only field
   * @throws ValidationException on REQUIRED_FIELD_MISSING, INVALID_FIELD, DUPLICATE_VALUE, ...
   */
  public SalesforceId create(R record) {
    return create(record, RequestOptions.none());
  }

  /**
   * Creates a record with per-call options, such as {@code Sforce-Auto-Assign} or {@code
   * Sforce-Duplicate-Rule-Header}. Maps to {@code POST .../sobjects/{type}}; never retried once
   * sent.
   *
   * @param record the record; no id, no read-only fields
   * @param options the call's timeout and extra headers
   * @return the new record's 18-character id
   * @throws InvalidArgumentException before sending, if the record is of another type, has no
   *     field, or carries a read-only field
   * @throws ValidationException on REQUIRED_FIELD_MISSING, INVALID_FIELD, DUPLICATES_DETECTED, ...
   */
  public SalesforceId create(R record, RequestOptions options) {
    InvalidArgumentException.requireNonNull(record, "record");
    InvalidArgumentException.requireNonNull(options, "options");
    requireSameType(record.sobjectType(), "record");
    Map<String, JsonNode> fields = record.toCreateFields();
    if (fields.isEmpty()) {
      throw new InvalidArgumentException(
          "record",
          "A " + sobjectType + " create needs at least one field; Salesforce would answer"
              + " REQUIRED_FIELD_MISSING");
    }
    ObjectNode body = exchange.mapper().createObjectNode();
    fields.forEach(body::set);
    SaveResult result = exchange.call("POST", path(), body, false, options, SAVE_RESULT);
    return result.id().orElseThrow(() -> new ValidationException(201, result.errors(), "POST", path()));
  }

  /**
   * Reads a record with every field the user may see. Maps to {@code GET
   * .../sobjects/{type}/{id}}.
   *
   * @param id the record's id
   * @return the record
   * @throws NotFoundException if there is no such record (NOT_FOUND) or it is deleted
   *     (ENTITY_IS_DELETED)
   */
  public R get(SalesforceId id) {
    return get(id, RequestOptions.none());
  }

  /**
   * Reads a record with every field the user may see, with per-call options. Maps to {@code GET
   * .../sobjects/{type}/{id}}.
   *
   * @param id the record's id
   * @param options the call's timeout and extra headers
   * @return the record
   * @throws NotFoundException if there is no such record (NOT_FOUND) or it is deleted
   *     (ENTITY_IS_DELETED)
   */
  public R get(SalesforceId id, RequestOptions options) {
    InvalidArgumentException.requireNonNull(options, "options");
    String path = recordPath(id);
    return read("GET", path, exchange.send("GET", path, null, true, options));
  }

  /**
   * Reads the given fields of a record. Maps to {@code GET .../sobjects/{type}/{id}?fields=A,B}.
   *
   * @param id the record's id
   * @param fields field API names
   * @return the record with those fields (and {@code attributes}, {@code Id})
   * @throws InvalidArgumentException if a field name is malformed or none is given
   * @throws ValidationException if Salesforce does not know a field
   */
  public R get(SalesforceId id, String... fields) {
    InvalidArgumentException.requireNonNull(fields, "fields");
    return get(id, Arrays.asList(fields), RequestOptions.none());
  }

  /**
   * Reads the given fields of a record with per-call options. Maps to {@code GET
   * .../sobjects/{type}/{id}?fields=A,B}.
   *
   * @param id the record's id
   * @param fields field API names, at least one
   * @param options the call's timeout and extra headers
   * @return the record with those fields (and {@code attributes}, {@code Id})
   * @throws InvalidArgumentException if a field name is malformed or none is given
   * @throws ValidationException if Salesforce does not know a field
   */
  public R get(SalesforceId id, List<String> fields, RequestOptions options) {
    InvalidArgumentException.requireNonNull(fields, "fields");
    InvalidArgumentException.requireNonNull(options, "options");
    if (fields.isEmpty()) {
      throw new InvalidArgumentException("fields", "Name at least one field, or call get(id)");
    }
    String list =
        fields.stream().map(f -> FieldNames.requireApiName(f, "field")).collect(Collectors.joining(","));
    String path = recordPath(id) + "?fields=" + list;
    return read("GET", path, exchange.send("GET", path, null, true, options));
  }

  /**
   * Updates a record with exactly the patch's changes; cleared fields are sent as JSON null.
   * Maps to {@code PATCH .../sobjects/{type}/{id}}.
   *
   * @param id the record's id
   * @param patch the changes; not empty
   * @throws InvalidArgumentException if the patch is empty or for another object
   * @throws ValidationException if Salesforce refuses a value
   * @throws NotFoundException if there is no such record, or it is deleted
   */
  public void update(SalesforceId id, P patch) {
    update(id, patch, RequestOptions.none());
  }

  /**
   * Updates a record with per-call options. Maps to {@code PATCH .../sobjects/{type}/{id}}.
   *
   * @param id the record's id
   * @param patch the changes; not empty
   * @param options the call's timeout and extra headers
   * @throws InvalidArgumentException if the patch is empty or for another object
   * @throws ValidationException if Salesforce refuses a value
   * @throws NotFoundException if there is no such record, or it is deleted
   */
  public void update(SalesforceId id, P patch, RequestOptions options) {
    InvalidArgumentException.requireNonNull(patch, "patch");
    InvalidArgumentException.requireNonNull(options, "options");
    requireSameType(patch.sobjectType(), "patch");
    if (patch.isEmpty()) {
      throw new InvalidArgumentException(
          "patch", "The " + sobjectType + " patch changes nothing; set or clear at least one field");
    }
    exchange.send("PATCH", recordPath(id), exchange.mapper().valueToTree(patch), true, options);
  }

  /**
   * Deletes a record (it goes to the recycle bin). Maps to {@code DELETE
   * .../sobjects/{type}/{id}}.
   *
   * @param id the record's id
   * @throws NotFoundException if there is no such record, or it is already deleted
   */
  public void delete(SalesforceId id) {
    delete(id, RequestOptions.none());
  }

  /**
   * Deletes a record with per-call options. Maps to {@code DELETE .../sobjects/{type}/{id}}.
   *
   * @param id the record's id
   * @param options the call's timeout and extra headers
   * @throws NotFoundException if there is no such record, or it is already deleted
   */
  public void delete(SalesforceId id, RequestOptions options) {
    InvalidArgumentException.requireNonNull(options, "options");
    exchange.send("DELETE", recordPath(id), null, true, options);
  }

  /**
   * The request pipeline, for subclasses.
   *
   * @return the exchange
   */
  protected ApiExchange exchange() {
    return exchange;
  }

  /**
   * The object's REST path.
   *
   * @return for example {@code /services/data/v66.0/sobjects/Lead}
   */
  protected String path() {
    return version.basePath() + "/sobjects/" + sobjectType;
  }

  /**
   * A record's REST path, after checking the id's key prefix.
   *
   * @param id the id
   * @return for example {@code /services/data/v66.0/sobjects/Lead/00Q...}
   */
  protected String recordPath(SalesforceId id) {
    InvalidArgumentException.requireNonNull(id, "id");
    return path() + "/" + id.requireType(sobjectType).value();
  }

  private R read(String method, String path, HttpResponse response) {
    return exchange.read(method, path, response, recordType);
  }

  private void requireSameType(String type, String argument) {
    if (!type.equalsIgnoreCase(sobjectType)) {
      throw new InvalidArgumentException(
          argument, "A " + type + " " + argument + " cannot be sent to the " + sobjectType
              + " sub-client; use sf.sobjects(\"" + type + "\") or the matching sub-client");
    }
  }

  /**
   * Builds the exception for an answer Salesforce should not have given.
   *
   * @param method the method
   * @param path the path
   * @param status the status
   * @return an exception naming them
   */
  protected static ApiException unexpected(String method, String path, int status) {
    return ApiException.from(status, List.of(), method, path);
  }
}
