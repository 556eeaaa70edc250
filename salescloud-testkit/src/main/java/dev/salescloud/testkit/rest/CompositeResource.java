package dev.salescloud.testkit.rest;

import static dev.salescloud.testkit.rest.Responses.MAPPER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.store.OrgStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Composite resource, {@code POST composite}: up to 25 subrequests run in order through the
 * router, later ones referring to earlier results with {@code @{referenceId.path}}, answered as
 * {@code {"compositeResponse":[{"body","httpHeaders","httpStatusCode","referenceId"}]}} with HTTP
 * 200. With {@code allOrNone} a failing subrequest rolls every other one back, and those answer 400
 * {@code PROCESSING_HALTED}; without it, only subrequests that refer to a failed one are halted.
 * The whole call counts as one API call.
 */
final class CompositeResource {
  /** The most subrequests one call may carry. */
  static final int MAX_SUBREQUESTS = 25;
  /** The most query, queryAll and sObject Collections subrequests one call may carry. */
  static final int MAX_QUERIES = 5;

  private static final Set<String> INHERITED = Set.of("accept", "authorization", "content-type");
  private static final Pattern REFERENCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_]*");
  private static final Pattern TARGET =
      Pattern.compile("(?i)/services/data/v\\d{1,3}\\.0/(sobjects|query|queryall|composite/sobjects)([/?].*)?");
  private static final Pattern QUERY_OR_COLLECTION =
      Pattern.compile("(?i)/services/data/v\\d{1,3}\\.0/(query|queryall|composite/sobjects)([/?].*)?");
  private static final Pattern COLLECTION =
      Pattern.compile("(?i)/services/data/v\\d{1,3}\\.0/composite/sobjects([/?].*)?");
  private static final SalesforceFault ROLLED_BACK =
      new SalesforceFault(
          400,
          "PROCESSING_HALTED",
          "The transaction was rolled back since another operation in the same transaction failed.",
          List.of());

  private final OrgStore store;

  CompositeResource(OrgStore store) {
    this.store = store;
  }

  /** Answers {@code GET composite} (the list of composite resources) and {@code POST composite}. */
  HttpResponse handle(
      String method, HttpRequest request, String base, CompositeRoutes.Subrequests subrequests,
      String limitInfo) {
    if (method.equals("GET")) {
      ObjectNode resources = MAPPER.createObjectNode();
      for (String name : List.of("tree", "batch", "sobjects")) {
        resources.put(name, base + "/composite/" + name);
      }
      return Responses.json(200, resources, limitInfo);
    }
    if (!method.equals("POST")) {
      throw Responses.notAllowed(method, "GET,POST");
    }
    ObjectNode body = SObjectResource.body(request);
    boolean allOrNone = RequestBodies.flag(body, "allOrNone");
    RequestBodies.flag(body, "collateSubrequests");
    List<Subrequest> requests =
        parse(RequestBodies.subrequests(body, "compositeRequest", MAX_SUBREQUESTS, "composite"));
    References references = new References();
    List<ObjectNode> results = new ArrayList<>();
    if (!allOrNone) {
      requests.forEach(s -> results.add(run(s, references, subrequests, false)));
    } else {
      int[] failed = {-1};
      try {
        store.atomically(() -> {
          for (Subrequest s : requests) {
            ObjectNode result = run(s, references, subrequests, true);
            results.add(result);
            if (result.get("failed").asBoolean()) {
              failed[0] = results.size() - 1;
              throw new Rollback();
            }
          }
          return null;
        });
      } catch (Rollback rollback) {
        for (int i = 0; i < requests.size(); i++) {
          if (i != failed[0]) {
            ObjectNode halted = result(requests.get(i), 400, errors(ROLLED_BACK), MAPPER.createObjectNode());
            if (i < results.size()) {
              results.set(i, halted);
            } else {
              results.add(halted);
            }
          }
        }
      }
    }
    ObjectNode out = MAPPER.createObjectNode();
    ArrayNode responses = out.putArray("compositeResponse");
    results.forEach(r -> {
      r.remove("failed");
      responses.add(r);
    });
    return Responses.json(200, out, limitInfo);
  }

  private static List<Subrequest> parse(ArrayNode list) {
    List<Subrequest> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int queries = 0;
    for (JsonNode element : list) {
      ObjectNode item = RequestBodies.object(element, "compositeRequest");
      String method = RequestBodies.method(item);
      String url = RequestBodies.text(item, "url");
      String referenceId = RequestBodies.text(item, "referenceId");
      if (!REFERENCE_ID.matcher(referenceId).matches()) {
        throw SalesforceFault.badRequest(
            "JSON_PARSER_ERROR",
            "Invalid referenceId '" + referenceId + "': use letters, numbers and underscores, starting"
                + " with a letter or a number");
      }
      if (!ids.add(referenceId)) {
        throw SalesforceFault.badRequest(
            "JSON_PARSER_ERROR", "Duplicate referenceId provided in the request: " + referenceId);
      }
      if (QUERY_OR_COLLECTION.matcher(url).matches() && ++queries > MAX_QUERIES) {
        throw SalesforceFault.badRequest(
            "LIMIT_EXCEEDED",
            "A composite request may contain at most " + MAX_QUERIES + " query, queryAll or sObject"
                + " Collections subrequests");
      }
      out.add(new Subrequest(method, url, referenceId, item.get("body"), headers(item)));
    }
    return out;
  }

  private static Map<String, String> headers(ObjectNode item) {
    Map<String, String> headers = new LinkedHashMap<>();
    JsonNode given = item.get("httpHeaders");
    if (given == null || given.isNull()) {
      return headers;
    }
    if (!given.isObject()) {
      throw SalesforceFault.badRequest(
          "JSON_PARSER_ERROR", "httpHeaders must be an object of header names to values");
    }
    for (Map.Entry<String, JsonNode> header : given.properties()) {
      if (INHERITED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        throw SalesforceFault.badRequest(
            "INVALID_INPUT",
            "The " + header.getKey() + " header can't be set on a subrequest: it is inherited from"
                + " the composite request");
      }
      headers.put(header.getKey(), header.getValue().asText());
    }
    return headers;
  }

  private ObjectNode run(
      Subrequest s, References references, CompositeRoutes.Subrequests subrequests, boolean allOrNone) {
    String url;
    JsonNode body;
    try {
      url = references.inText(s.url);
      body = s.body == null || s.body.isNull() ? null : references.inBody(s.body);
    } catch (SalesforceFault fault) {
      ObjectNode halted = result(s, 400, errors(fault), MAPPER.createObjectNode());
      halted.put("failed", true);
      return halted;
    }
    if (!TARGET.matcher(url).matches()) {
      ObjectNode refused = result(s, 404, errors(SalesforceFault.notFound()), MAPPER.createObjectNode());
      refused.put("failed", true);
      return refused;
    }
    if (allOrNone && COLLECTION.matcher(url).matches()) {
      if (body != null && body.isObject()) {
        ((ObjectNode) body).put("allOrNone", true);
      }
      if (s.method.equals("DELETE")) {
        url = url.replaceAll("(?i)([?&])allOrNone=[^&]*&?", "$1") + (url.contains("?") ? "&" : "?")
            + "allOrNone=true";
      }
    }
    HttpResponse response =
        subrequests.send(s.method, url, body == null ? null : body.toString(), s.headers);
    JsonNode responseBody = parseBody(response);
    ObjectNode headers = MAPPER.createObjectNode();
    for (String name : List.of("Location", "ETag", "Last-Modified")) {
      response.header(name).ifPresent(value -> headers.put(name, value));
    }
    if (response.status() == 201 && responseBody.hasNonNull("id") && !headers.has("Location")) {
      String path = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
      headers.put("Location", s.method.equals("POST")
          ? path + "/" + responseBody.get("id").asText()
          : path);
    }
    boolean failed = response.status() >= 400 || (allOrNone && anyRecordFailed(responseBody));
    if (!failed) {
      references.succeeded(s.referenceId, responseBody);
    }
    ObjectNode result = result(s, response.status(), responseBody, headers);
    result.put("failed", failed);
    return result;
  }

  private static boolean anyRecordFailed(JsonNode body) {
    if (!body.isArray()) {
      return false;
    }
    for (JsonNode item : body) {
      if (item.has("success") && !item.get("success").asBoolean()) {
        return true;
      }
    }
    return false;
  }

  static JsonNode parseBody(HttpResponse response) {
    String text = response.bodyText();
    if (text.isEmpty()) {
      return NullNode.getInstance();
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The router answered a subrequest with a body that is not JSON", e);
    }
  }

  private static ObjectNode result(Subrequest s, int status, JsonNode body, ObjectNode headers) {
    ObjectNode result = MAPPER.createObjectNode();
    result.set("body", body);
    result.set("httpHeaders", headers);
    result.put("httpStatusCode", status);
    result.put("referenceId", s.referenceId);
    return result;
  }

  /** The error body of a halted subrequest: {@code [{"errorCode":"...","message":"..."}]}. */
  static ArrayNode errors(SalesforceFault fault) {
    ArrayNode errors = MAPPER.createArrayNode();
    ObjectNode error = errors.addObject();
    error.put("errorCode", fault.errorCode());
    error.put("message", fault.getMessage());
    return errors;
  }

  /** Describes this by names, never by record values. */
  @Override
  public String toString() {
    return "CompositeResource{" + store + "}";
  }

  /** One parsed subrequest. */
  private static final class Subrequest {
    private final String method;
    private final String url;
    private final String referenceId;
    private final JsonNode body;
    private final Map<String, String> headers;

    Subrequest(String method, String url, String referenceId, JsonNode body, Map<String, String> headers) {
      this.method = method;
      this.url = url;
      this.referenceId = referenceId;
      this.body = body;
      this.headers = headers;
    }

    /** Describes this by method and reference id, never by the body's values. */
    @Override
    public String toString() {
      return "Subrequest{" + method + " " + referenceId + "}";
    }
  }
}
