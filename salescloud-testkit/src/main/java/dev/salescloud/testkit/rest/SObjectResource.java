package dev.salescloud.testkit.rest;

import static dev.salescloud.testkit.rest.Responses.MAPPER;
import static dev.salescloud.testkit.rest.Responses.json;
import static dev.salescloud.testkit.rest.Responses.notAllowed;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.testkit.schema.ObjectSchema;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.store.OrgStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code sobjects} resources of one API version: create, read, update, delete and upsert by
 * external id. Reads the request, calls the store and shapes Salesforce's answer.
 */
final class SObjectResource {
  /** The first API version whose upsert answers an update with 200 and a body, not 204. */
  private static final int UPSERT_UPDATE_BODY_VERSION = 46;

  private final OrgStore store;

  SObjectResource(OrgStore store) {
    this.store = store;
  }

  /** Answers {@code sobjects/{type}[/{id} | /{field}/{value}]}; {@code rest} starts at the type. */
  HttpResponse handle(
      String method, HttpRequest request, String base, List<String> rest, String limitInfo) {
    ObjectSchema object = store.requireObject(rest.get(0));
    switch (rest.size()) {
      case 1:
        if (!method.equals("POST")) {
          throw notAllowed(method, "POST");
        }
        SalesforceId id = store.insert(object.name(), body(request));
        return json(201, saveResult(id, null), limitInfo);
      case 2:
        String recordId = RestRouter.decode(rest.get(1));
        switch (method) {
          case "GET":
            return json(200, record(object, base, recordId, request), limitInfo);
          case "PATCH":
            store.update(object.name(), recordId, body(request));
            return Responses.empty(limitInfo);
          case "DELETE":
            store.delete(object.name(), recordId);
            return Responses.empty(limitInfo);
          default:
            throw notAllowed(method, "GET,PATCH,DELETE");
        }
      case 3:
        String field = RestRouter.decode(rest.get(1));
        String value = RestRouter.decode(rest.get(2));
        switch (method) {
          case "PATCH":
            return upsert(object, base, field, value, request, limitInfo);
          case "GET":
          case "DELETE":
            return byExternalId(method, object, base, field, value, request, limitInfo);
          default:
            throw notAllowed(method, "GET,PATCH,DELETE");
        }
      default:
        throw SalesforceFault.notFound();
    }
  }

  private HttpResponse upsert(
      ObjectSchema object, String base, String field, String value, HttpRequest request,
      String limitInfo) {
    if (object.field(field).isEmpty()) {
      throw SalesforceFault.notFound();
    }
    OrgStore.Upsert outcome = store.upsert(object.name(), field, value, body(request));
    if (outcome.ids().size() > 1) {
      return json(300, urls(base, object, outcome.ids()), limitInfo);
    }
    SalesforceId id = outcome.ids().get(0);
    if (!outcome.created() && BasePaths.version(base) < UPSERT_UPDATE_BODY_VERSION) {
      return Responses.empty(limitInfo);
    }
    return json(outcome.created() ? 201 : 200, saveResult(id, outcome.created()), limitInfo);
  }

  private HttpResponse byExternalId(
      String method, ObjectSchema object, String base, String field, String value,
      HttpRequest request, String limitInfo) {
    List<SalesforceId> matches = store.findByExternalId(object.name(), field, value);
    if (matches.isEmpty()) {
      throw SalesforceFault.notFound();
    }
    if (matches.size() > 1) {
      return json(300, urls(base, object, matches), limitInfo);
    }
    String id = matches.get(0).value();
    if (method.equals("GET")) {
      return json(200, record(object, base, id, request), limitInfo);
    }
    store.delete(object.name(), id);
    return Responses.empty(limitInfo);
  }

  private static ArrayNode urls(String base, ObjectSchema object, List<SalesforceId> ids) {
    ArrayNode urls = MAPPER.createArrayNode();
    ids.forEach(id -> urls.add(url(base, object, id.value())));
    return urls;
  }

  private ObjectNode record(ObjectSchema object, String base, String id, HttpRequest request) {
    ObjectNode stored = store.get(object.name(), id);
    ObjectNode out = MAPPER.createObjectNode();
    ObjectNode attributes = out.putObject("attributes");
    attributes.put("type", object.name());
    attributes.put("url", url(base, object, stored.get("Id").asText()));
    Optional<String> fields = RestRouter.queryParameter(request, "fields");
    if (fields.isEmpty()) {
      out.setAll(stored);
      return out;
    }
    List<String> names = new ArrayList<>();
    for (String name : fields.get().split(",")) {
      if (!name.isBlank()) {
        names.add(object.requireField(name.trim()).name());
      }
    }
    if (!names.contains("Id")) {
      names.add(0, "Id");
    }
    for (String name : names) {
      out.set(name, stored.get(name));
    }
    return out;
  }

  static ObjectNode body(HttpRequest request) {
    requireJson(request);
    String text = request.bodyText().orElse("");
    JsonNode tree;
    try {
      tree = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw SalesforceFault.badRequest(
          "JSON_PARSER_ERROR",
          e.getOriginalMessage()
              + (at == null ? "" : " at [line:" + at.getLineNr() + ", column:" + at.getColumnNr() + "]"));
    }
    if (tree == null || tree.isMissingNode()) {
      throw SalesforceFault.badRequest(
          "JSON_PARSER_ERROR", "No content to map due to end-of-input at [line:1, column:0]");
    }
    if (!tree.isObject()) {
      throw SalesforceFault.badRequest(
          "JSON_PARSER_ERROR",
          "Cannot deserialize instance of sObject from " + tree.getNodeType().name()
              + " value at [line:1, column:1]");
    }
    return (ObjectNode) tree;
  }

  /** Refuses a body declared in another format than JSON, with Salesforce's 415. */
  private static void requireJson(HttpRequest request) {
    Optional<String> mediaType =
        request.header("Content-Type")
            .map(type -> type.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT))
            .filter(type -> !type.isEmpty());
    if (mediaType.isPresent()
        && !mediaType.get().equals("application/json") && !mediaType.get().endsWith("+json")) {
      throw new SalesforceFault(
          415,
          "UNSUPPORTED_MEDIA_TYPE",
          "MediaType of '" + mediaType.get() + "' is not supported by this resource",
          List.of());
    }
  }

  private ObjectNode saveResult(SalesforceId id, Boolean created) {
    ObjectNode result = MAPPER.createObjectNode();
    result.put("id", id.value());
    result.put("success", true);
    result.putArray("errors");
    if (created != null) {
      result.put("created", created);
    }
    return result;
  }

  private static String url(String base, ObjectSchema object, String id) {
    return base + "/sobjects/" + object.name() + "/" + id;
  }

  /** Describes this by names and counts, never by record values. */
  @Override
  public String toString() {
    return "SObjectResource{" + store + "}";
  }
}
