package dev.salescloud.client.sobject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.AmbiguousExternalIdException;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.client.RequestOptions;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.FieldNames;
import dev.salescloud.model.RecordPatch;
import dev.salescloud.model.SObjectRecord;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.describe.SObjectDescribe;
import dev.salescloud.model.error.ApiException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.NotFoundException;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.result.SaveResult;
import dev.salescloud.model.result.UpsertAmbiguity;
import dev.salescloud.model.result.UpsertResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Creates, reads, updates, upserts, deletes and describes records of one object type. Every
 * sub-client of {@link dev.salescloud.client.SalesCloudClient} for a record type is one of these
 * or extends it: {@code sf.leads()}, {@code sf.accounts()}, {@code sf.contacts()}, {@code
 * sf.opportunities()}, {@code sf.tasks()}, {@code sf.events()}, and {@code sf.sobjects("Invoice__c")}
 * for any other object. Thread-safe; the client hands out the same instance to every caller.
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
 * <h2>Upsert by external id</h2>
 *
 * <p>{@link #upsert(String, String, SObjectRecord)} inserts the record when no record has the
 * external id value, and updates the one that has it otherwise:
 *
 * <pre>{@code
 * UpsertResult r = sf.accounts().upsert("Erp_Number__c", "A-1042",
 *     Account.builder().name("Acme").industry(Industry.MANUFACTURING).build());
 * if (r.created().orElse(false)) { ... }      // inserted; r.id() is the new record
 * }</pre>
 *
 * <p>When the value matches several records nothing is written and an {@link
 * AmbiguousExternalIdException} lists them. Upserts are idempotent, so the client retries them
 * after a transient failure like reads and updates; a create is never replayed once sent.
 *
 * <h2>Describe</h2>
 *
 * <pre>{@code
 * SObjectDescribe lead = sf.leads().describe();
 * List<String> statuses = lead.picklistValues("Status").stream().map(PicklistValue::value).toList();
 * boolean canDelete = lead.deletable();
 * }</pre>
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
  private static final TypeReference<UpsertResult> UPSERT_RESULT = new TypeReference<>() {};
  private static final TypeReference<UpsertAmbiguity> AMBIGUITY = new TypeReference<>() {};
  private static final TypeReference<SObjectDescribe> DESCRIBE = new TypeReference<>() {};
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
   * Inserts or updates a record by the value of an external id field. Maps to {@code PATCH
   * .../sobjects/{type}/{field}/{value}}, the value URL-encoded as one path segment. The body is
   * the record's fields without the external id field, which the URL carries.
   *
   * <p>Idempotent: the client retries it after a transient failure, since a second upsert of the
   * same record finds the one the first may have inserted.
   *
   * @param externalIdField the API name of a field marked External ID, e.g. {@code Erp_Number__c}
   * @param value the value to match; Salesforce compares it with the field's rules (e.g. ignoring
   *     case unless the field is case-sensitive)
   * @param record the fields to write; if it sets the external id field, to this very value
   * @return {@code created = true} and the new id after an insert ({@code 201}); {@code created =
   *     false} and the id after an update ({@code 200}), or without id on API versions before
   *     46.0, which answer {@code 204}
   * @throws InvalidArgumentException before sending, if the field name is malformed or {@code
   *     Id}, the value is blank, {@code .} or {@code ..}, the record is of another type, carries a
   *     read-only field, or sets the external id field to another value
   * @throws AmbiguousExternalIdException if the value matches more than one record ({@code 300});
   *     nothing was written
   * @throws NotFoundException if the object has no such field, or it is not an external id
   *     (NOT_FOUND); an email ending in a top-level domain such as {@code .inc} can also get this
   * @throws ValidationException if Salesforce refuses a value
   */
  public UpsertResult upsert(String externalIdField, String value, R record) {
    return upsert(externalIdField, value, record, RequestOptions.none());
  }

  /**
   * Inserts or updates a record by external id with per-call options. Maps to {@code PATCH
   * .../sobjects/{type}/{field}/{value}}; see {@link #upsert(String, String, SObjectRecord)}.
   *
   * @param externalIdField the API name of a field marked External ID
   * @param value the value to match
   * @param record the fields to write
   * @param options the call's timeout and extra headers
   * @return whether a record was inserted, and its id when Salesforce sends it
   * @throws InvalidArgumentException before sending, on a malformed field, a blank value, or a
   *     record that is of another type or sets the external id field to another value
   * @throws AmbiguousExternalIdException if the value matches more than one record
   * @throws NotFoundException if the object has no such external id field
   */
  public UpsertResult upsert(String externalIdField, String value, R record, RequestOptions options) {
    FieldNames.requireApiName(externalIdField, "externalIdField");
    if (externalIdField.equalsIgnoreCase("Id")) {
      throw new InvalidArgumentException(
          "externalIdField",
          "Upsert matches on an external id field, not on Id; to change a record by id call"
              + " update(id, patch)");
    }
    InvalidArgumentException.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new InvalidArgumentException(
          "value", "The " + externalIdField + " value to upsert by is blank; give the external id");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new InvalidArgumentException(
          "value",
          "The " + externalIdField + " value '" + value + "' cannot be a URL path segment; use"
              + " create(record) or another external id");
    }
    InvalidArgumentException.requireNonNull(record, "record");
    InvalidArgumentException.requireNonNull(options, "options");
    requireSameType(record.sobjectType(), "record");
    ObjectNode body = exchange.mapper().createObjectNode();
    record.toCreateFields().forEach((name, field) -> {
      if (!name.equalsIgnoreCase(externalIdField)) {
        body.set(name, field);
        return;
      }
      String set = field.isValueNode() && !field.isNull() ? field.asText() : null;
      if (!value.equals(set)) {
        throw new InvalidArgumentException(
            sobjectType + "." + name,
            "The record sets " + sobjectType + "." + name + " to "
                + (set == null ? field.toString() : "'" + set + "'") + ", but the upsert matches on '"
                + value + "'; leave the field out of the record, or upsert by the value it holds");
      }
    });
    String path = path() + "/" + externalIdField + "/" + pathSegment(value);
    HttpResponse response = exchange.send("PATCH", path, body, true, options);
    int status = response.status();
    if (status == 204 || status == 200 && response.body().length == 0) {
      return UpsertResult.builder().success(true).created(false).build();
    }
    if (status == 200 || status == 201) {
      UpsertResult result = exchange.read("PATCH", path, response, UPSERT_RESULT);
      if (!result.success()) {
        throw new ValidationException(status, result.errors(), "PATCH", path);
      }
      return UpsertResult.builder().from(result).created(status == 201).build();
    }
    if (status == 300) {
      UpsertAmbiguity matches = exchange.read("PATCH", path, response, AMBIGUITY);
      throw new AmbiguousExternalIdException(externalIdField, matches, "PATCH", path);
    }
    throw unexpected("PATCH", path, status);
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
   * Describes the object: its fields with their types, picklist values and write rules, its
   * child relationships and record types. Maps to {@code GET .../sobjects/{type}/describe}.
   *
   * @return the description
   * @throws NotFoundException if the org has no such object, or the user cannot see it
   */
  public SObjectDescribe describe() {
    return describe(RequestOptions.none());
  }

  /**
   * Describes the object with per-call options. Maps to {@code GET
   * .../sobjects/{type}/describe}.
   *
   * @param options the call's timeout and extra headers
   * @return the description
   * @throws NotFoundException if the org has no such object, or the user cannot see it
   */
  public SObjectDescribe describe(RequestOptions options) {
    InvalidArgumentException.requireNonNull(options, "options");
    return exchange.call("GET", path() + "/describe", null, true, options, DESCRIBE);
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

  /**
   * Percent-encodes a value as one URL path segment: every byte of its UTF-8 form except
   * letters, digits and {@code - . _ ~} becomes {@code %XX}, so a space is {@code %20} and
   * {@code /}, {@code ?} and {@code #} cannot change the path.
   *
   * @param value the value
   * @return the encoded segment
   */
  public static String pathSegment(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
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
