package dev.salescloud.testkit.rest;

import static dev.salescloud.testkit.rest.Responses.MAPPER;
import static dev.salescloud.testkit.rest.Responses.json;
import static dev.salescloud.testkit.rest.Responses.notAllowed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.testkit.schema.FieldSchema;
import dev.salescloud.testkit.schema.ObjectSchema;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.store.OrgStore;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The sObject Collections resources, {@code composite/sobjects}: create ({@code POST}), update
 * ({@code PATCH}) and delete ({@code DELETE ?ids=}) of up to 200 records of mixed types, upsert
 * ({@code PATCH composite/sobjects/{type}/{field}}) and retrieve ({@code GET ?ids=&fields=} or
 * {@code POST {"ids":[...],"fields":[...]}} on {@code composite/sobjects/{type}}). Writes answer
 * 200 with one result per record, in request order; with {@code allOrNone} one failure rolls every
 * record back.
 */
final class CollectionsResource {
  /** The most records one write may carry. */
  static final int MAX_RECORDS = 200;
  /** The most ids one retrieve may carry. */
  static final int MAX_RETRIEVE = 2_000;

  private final OrgStore store;

  CollectionsResource(OrgStore store) {
    this.store = store;
  }

  /** Answers {@code composite/sobjects[/{type}[/{field}]]}; {@code rest} follows {@code sobjects}. */
  HttpResponse handle(
      String method, HttpRequest request, String base, List<String> rest, String limitInfo) {
    if (rest.isEmpty()) {
      switch (method) {
        case "POST":
          return json(200, write(SObjectResource.body(request), this::create), limitInfo);
        case "PATCH":
          return json(200, write(SObjectResource.body(request), this::update), limitInfo);
        case "DELETE":
          return json(200, delete(request), limitInfo);
        default:
          throw notAllowed(method, "POST,PATCH,DELETE");
      }
    }
    ObjectSchema object = store.requireObject(RestRouter.decode(rest.get(0)));
    if (rest.size() == 1) {
      switch (method) {
        case "GET":
          return json(200, retrieve(object, base, idsParameter(request, "ids"),
              idsParameter(request, "fields")), limitInfo);
        case "POST":
          ObjectNode body = SObjectResource.body(request);
          return json(200, retrieve(object, base, texts(body, "ids"), texts(body, "fields")),
              limitInfo);
        default:
          throw notAllowed(method, "GET,POST");
      }
    }
    if (rest.size() == 2) {
      if (!method.equals("PATCH")) {
        throw notAllowed(method, "PATCH");
      }
      FieldSchema key =
          object.field(RestRouter.decode(rest.get(1))).orElseThrow(SalesforceFault::notFound);
      return json(200, write(SObjectResource.body(request), r -> upsert(object, key, r)), limitInfo);
    }
    throw SalesforceFault.notFound();
  }

  /** One record's write; returns its result or throws the fault to report for it. */
  private interface RecordWrite {
    ObjectNode apply(ObjectNode record);
  }

  private ArrayNode write(ObjectNode body, RecordWrite write) {
    boolean allOrNone = RequestBodies.flag(body, "allOrNone");
    ArrayNode records = RequestBodies.array(body, "records");
    if (records.size() > MAX_RECORDS) {
      throw exceededIdLimit();
    }
    records.forEach(record -> RequestBodies.object(record, "records"));
    List<ObjectNode> results = new ArrayList<>();
    try {
      store.atomically(() -> {
        boolean failed = false;
        for (JsonNode record : records) {
          try {
            results.add(write.apply((ObjectNode) record));
          } catch (SalesforceFault fault) {
            results.add(SaveResults.failure(givenId(record), SaveResults.recordFault(givenId(record), fault)));
            failed = true;
          }
        }
        if (allOrNone && failed) {
          throw new Rollback();
        }
        return null;
      });
    } catch (Rollback rollback) {
      for (int i = 0; i < results.size(); i++) {
        if (results.get(i).get("success").asBoolean()) {
          results.set(i, SaveResults.failure(givenId(records.get(i)), SaveResults.ROLLED_BACK));
        }
      }
    }
    ArrayNode out = MAPPER.createArrayNode();
    results.forEach(out::add);
    return out;
  }

  private ObjectNode create(ObjectNode record) {
    ObjectSchema object = typeOf(record);
    return SaveResults.success(store.insert(object.name(), record));
  }

  private ObjectNode update(ObjectNode record) {
    ObjectSchema object = typeOf(record);
    String id = givenId(record);
    if (id == null) {
      throw SalesforceFault.badRequest("MISSING_ARGUMENT", "Id not specified in an update call");
    }
    ObjectNode fields = record.deepCopy();
    fields.remove(List.of("id", "Id", "ID", "iD"));
    store.update(object.name(), id, fields);
    return SaveResults.success(SalesforceId.of(id));
  }

  private ObjectNode upsert(ObjectSchema object, FieldSchema key, ObjectNode record) {
    JsonNode type = record.path("attributes").path("type");
    if (!type.isMissingNode() && !type.asText().equalsIgnoreCase(object.name())) {
      throw SalesforceFault.badRequest(
          "INVALID_TYPE", "Upserted records must all be of type " + object.name());
    }
    Optional<String> field =
        iterable(record.fieldNames()).stream().filter(key.name()::equalsIgnoreCase).findFirst();
    JsonNode value = field.map(record::get).orElse(null);
    if (value == null || value.isNull() || value.asText().isEmpty()) {
      throw SalesforceFault.badRequest(
          "MISSING_ARGUMENT", key.name() + " not specified", key.name());
    }
    ObjectNode fields = record.deepCopy();
    fields.remove(field.get());
    OrgStore.Upsert outcome = store.upsert(object.name(), key.name(), value.asText(), fields);
    if (outcome.ids().size() > 1) {
      throw SalesforceFault.badRequest(
          "DUPLICATE_EXTERNAL_ID",
          key.name() + ": more than one record found for external id field: "
              + outcome.ids().stream().map(SalesforceId::value).toList(),
          key.name());
    }
    ObjectNode result = SaveResults.success(outcome.ids().get(0));
    result.put("created", outcome.created());
    return result;
  }

  private ArrayNode delete(HttpRequest request) {
    List<String> ids = idsParameter(request, "ids");
    if (ids.size() > MAX_RECORDS) {
      throw exceededIdLimit();
    }
    boolean allOrNone =
        RestRouter.queryParameter(request, "allOrNone").map(Boolean::parseBoolean).orElse(false);
    ArrayNode records = MAPPER.createArrayNode();
    ids.forEach(id -> records.addObject().put("id", id));
    ObjectNode body = MAPPER.createObjectNode();
    body.put("allOrNone", allOrNone);
    body.set("records", records);
    return write(body, record -> {
      String id = givenId(record);
      SalesforceFault gone = new SalesforceFault(400, "ENTITY_IS_DELETED", "entity is deleted", List.of());
      if (!SalesforceId.isValid(id)) {
        throw SalesforceFault.badRequest("MALFORMED_ID", "malformed id " + id);
      }
      SalesforceId parsed = SalesforceId.of(id);
      ObjectSchema object =
          store.schema().objectWithPrefix(parsed.keyPrefix()).orElseThrow(() -> gone);
      if (store.row(parsed).filter(r -> !r.get("IsDeleted").asBoolean()).isEmpty()) {
        throw gone;
      }
      store.delete(object.name(), id);
      return SaveResults.success(parsed);
    });
  }

  private ArrayNode retrieve(ObjectSchema object, String base, List<String> ids, List<String> fields) {
    if (ids.isEmpty() || fields.isEmpty()) {
      throw SalesforceFault.badRequest(
          "MISSING_ARGUMENT", (ids.isEmpty() ? "ids" : "fields") + " is required");
    }
    if (ids.size() > MAX_RETRIEVE) {
      throw SalesforceFault.badRequest(
          "EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 2000 records into this call");
    }
    List<String> names = new ArrayList<>();
    for (String field : fields) {
      String name = object.requireField(field.trim()).name();
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    if (!names.contains("Id")) {
      names.add(0, "Id");
    }
    ArrayNode out = MAPPER.createArrayNode();
    for (String id : ids) {
      Optional<ObjectNode> row =
          SalesforceId.isValid(id)
              ? store.row(SalesforceId.of(id))
                  .filter(r -> !r.get("IsDeleted").asBoolean())
                  .filter(r -> SalesforceId.of(id).keyPrefix().equals(object.keyPrefix()))
              : Optional.empty();
      if (row.isEmpty()) {
        out.addNull();
        continue;
      }
      ObjectNode record = out.addObject();
      ObjectNode attributes = record.putObject("attributes");
      attributes.put("type", object.name());
      attributes.put("url", base + "/sobjects/" + object.name() + "/" + row.get().get("Id").asText());
      names.forEach(name -> record.set(name, row.get().get(name)));
    }
    return out;
  }

  private ObjectSchema typeOf(ObjectNode record) {
    JsonNode type = record.path("attributes").path("type");
    if (!type.isTextual() || type.asText().isBlank()) {
      throw SalesforceFault.badRequest(
          "INVALID_TYPE", "Must send a concrete entity type in attributes.type");
    }
    return store.schema().object(type.asText()).orElseThrow(() ->
        SalesforceFault.badRequest(
            "INVALID_TYPE", "sObject type '" + type.asText() + "' is not supported."));
  }

  private static String givenId(JsonNode record) {
    for (String key : List.of("id", "Id", "ID", "iD")) {
      if (record.hasNonNull(key)) {
        return record.get(key).asText();
      }
    }
    return null;
  }

  private static List<String> idsParameter(HttpRequest request, String name) {
    List<String> out = new ArrayList<>();
    for (String part : RestRouter.queryParameter(request, name).orElse("").split(",")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }

  private static List<String> texts(ObjectNode body, String name) {
    JsonNode list = body.path(name);
    List<String> out = new ArrayList<>();
    if (list.isArray()) {
      list.forEach(item -> out.add(item.asText()));
    }
    return out;
  }

  private static <T> List<T> iterable(Iterator<T> items) {
    List<T> out = new ArrayList<>();
    items.forEachRemaining(out::add);
    return out;
  }

  private static SalesforceFault exceededIdLimit() {
    return SalesforceFault.badRequest(
        "EXCEEDED_ID_LIMIT",
        "record limit reached. cannot submit more than " + MAX_RECORDS + " records into this call");
  }

  /** Describes this by names, never by record values. */
  @Override
  public String toString() {
    return "CollectionsResource{" + store + "}";
  }

}
