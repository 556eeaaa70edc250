package dev.salescloud.client.composite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.sobject.RecordClient;
import dev.salescloud.client.soql.SoqlQuery;
import dev.salescloud.model.FieldNames;
import dev.salescloud.model.RecordPatch;
import dev.salescloud.model.SObjectRecord;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.composite.HttpMethod;
import dev.salescloud.model.composite.Reference;
import dev.salescloud.model.error.InvalidArgumentException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One record operation of a composite or batch request: its method, its path below the version
 * ({@code /sobjects/Account/001...}) and its body. Both requests build their subrequests from
 * these, so the two speak the same REST resources.
 */
final class Operation {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern REFERENCE = Pattern.compile("@\\{[^{}]*\\}");

  final HttpMethod method;
  final String path;
  final Optional<JsonNode> body;

  private Operation(HttpMethod method, String path, JsonNode body) {
    this.method = method;
    this.path = path;
    this.body = Optional.ofNullable(body);
  }

  /** {@code POST /sobjects/{type}} with the record's fields and the referenced lookups. */
  static Operation create(SObjectRecord record, Map<String, Reference> references) {
    InvalidArgumentException.requireNonNull(record, "record");
    ObjectNode body = JSON.objectNode();
    record.toCreateFields().forEach(body::set);
    putReferences(body, references);
    if (body.isEmpty()) {
      throw new InvalidArgumentException(
          "record",
          "A " + record.sobjectType() + " create needs at least one field; Salesforce would"
              + " answer REQUIRED_FIELD_MISSING");
    }
    return new Operation(HttpMethod.POST, "/sobjects/" + record.sobjectType(), body);
  }

  /** {@code GET /sobjects/{type}/{id}[?fields=..]}. */
  static Operation get(String sobjectType, String id, String... fields) {
    InvalidArgumentException.requireNonNull(fields, "fields");
    StringBuilder path = new StringBuilder(recordPath(sobjectType, id));
    for (int i = 0; i < fields.length; i++) {
      path.append(i == 0 ? "?fields=" : ",").append(FieldNames.requireApiName(fields[i], "fields[" + i + "]"));
    }
    return new Operation(HttpMethod.GET, path.toString(), null);
  }

  /** {@code PATCH /sobjects/{type}/{id}} with the patch's fields and the referenced lookups. */
  static Operation update(String id, RecordPatch patch, Map<String, Reference> references) {
    InvalidArgumentException.requireNonNull(patch, "patch");
    ObjectNode body = JSON.objectNode();
    body.setAll(patch.fields());
    putReferences(body, references);
    if (body.isEmpty()) {
      throw new InvalidArgumentException(
          "patch", "The " + patch.sobjectType() + " patch changes nothing; set or clear at least one field");
    }
    return new Operation(HttpMethod.PATCH, recordPath(patch.sobjectType(), id), body);
  }

  /** {@code PATCH /sobjects/{type}/{field}/{value}} with the record's other fields. */
  static Operation upsert(String externalIdField, String value, SObjectRecord record) {
    FieldNames.requireApiName(externalIdField, "externalIdField");
    InvalidArgumentException.requireNonNull(value, "value");
    InvalidArgumentException.requireNonNull(record, "record");
    if (value.isBlank() || value.equals(".") || value.equals("..")) {
      throw new InvalidArgumentException(
          "value", "The " + externalIdField + " value '" + value + "' cannot name a record in a URL");
    }
    ObjectNode body = JSON.objectNode();
    record.toCreateFields().forEach((name, field) -> {
      if (!name.equalsIgnoreCase(externalIdField)) {
        body.set(name, field);
      }
    });
    return new Operation(HttpMethod.PATCH,
        "/sobjects/" + record.sobjectType() + "/" + externalIdField + "/" + RecordClient.pathSegment(value), body);
  }

  /** {@code DELETE /sobjects/{type}/{id}}. */
  static Operation delete(String sobjectType, String id) {
    return new Operation(HttpMethod.DELETE, recordPath(sobjectType, id), null);
  }

  /**
   * {@code GET /query?q=..} or {@code /queryAll?q=..}; references such as {@code '@{acct.id}'}
   * in string literals stay readable to Salesforce, the rest is URL-encoded.
   */
  static Operation query(SoqlQuery query, boolean all) {
    InvalidArgumentException.requireNonNull(query, "query");
    String soql = query.toSoql();
    StringBuilder encoded = new StringBuilder();
    Matcher reference = REFERENCE.matcher(soql);
    int from = 0;
    while (reference.find()) {
      encoded.append(URLEncoder.encode(soql.substring(from, reference.start()), StandardCharsets.UTF_8));
      encoded.append(reference.group());
      from = reference.end();
    }
    encoded.append(URLEncoder.encode(soql.substring(from), StandardCharsets.UTF_8));
    return new Operation(HttpMethod.GET, (all ? "/queryAll" : "/query") + "?q=" + encoded, null);
  }

  /** The id as a path segment: an id of the object's type, or a reference to one. */
  static String idOf(SalesforceId id, String sobjectType) {
    InvalidArgumentException.requireNonNull(id, "id");
    return id.requireType(sobjectType).value();
  }

  /** A reference used as a record id in a URL. */
  static String idOf(Reference id) {
    return InvalidArgumentException.requireNonNull(id, "id").toString();
  }

  private static String recordPath(String sobjectType, String id) {
    return "/sobjects/" + FieldNames.requireApiName(sobjectType, "sobjectType") + "/" + id;
  }

  private static void putReferences(ObjectNode body, Map<String, Reference> references) {
    InvalidArgumentException.requireNonNull(references, "references");
    references.forEach((field, reference) -> {
      FieldNames.requireApiName(field, "references");
      body.set(field, InvalidArgumentException.requireNonNull(reference, "references[" + field + "]").toJson());
    });
  }
}
