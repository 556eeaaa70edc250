package dev.salescloud.testkit.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.testkit.schema.ObjectSchema;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.store.OrgStore;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Salesforce's REST API over a fake org, as one function from an {@link HttpRequest} to an
 * {@link HttpResponse}: no sockets, no threads of its own.
 *
 * <p>It answers {@code GET /services/data/} (the versions 31.0 to 68.0) and, per version, sObject
 * create ({@code POST sobjects/{type}}), read, update and delete
 * ({@code GET|PATCH|DELETE sobjects/{type}/{id}}) and upsert by external id
 * ({@code PATCH sobjects/{type}/{field}/{value}}) with Salesforce's status codes and body shapes.
 * Every call must carry a token the org issued; every answer to one carries
 * {@code Sforce-Limit-Info: api-usage=n/15000}. Refusals are Salesforce's error arrays,
 * {@code [{"message":"...","errorCode":"...","fields":[...]}]}.
 *
 * <pre>{@code
 * RestRouter router = new RestRouter(store, sessions, usage);
 * Transport transport = router::handle;
 * }</pre>
 */
public final class RestRouter {
  /** The oldest API version the org answers. */
  public static final int OLDEST_VERSION = 31;
  /** The newest API version the org answers. */
  public static final int NEWEST_VERSION = 68;

  private static final String JSON_TYPE = "application/json;charset=UTF-8";
  private static final Pattern VERSION = Pattern.compile("v(\\d+)\\.0", Pattern.CASE_INSENSITIVE);

  private final OrgStore store;
  private final Sessions sessions;
  private final ApiUsageCounter usage;
  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Creates a router over an org's records, sessions and API usage.
   *
   * @param store the org's records
   * @param sessions the tokens the org issued
   * @param usage the org's daily API counter
   */
  public RestRouter(OrgStore store, Sessions sessions, ApiUsageCounter usage) {
    this.store = InvalidArgumentException.requireNonNull(store, "store");
    this.sessions = InvalidArgumentException.requireNonNull(sessions, "sessions");
    this.usage = InvalidArgumentException.requireNonNull(usage, "usage");
  }

  /**
   * Answers one request the way Salesforce would.
   *
   * @param request the request; its host is ignored
   * @return the response, never null; failures are Salesforce-shaped error responses
   */
  public HttpResponse handle(HttpRequest request) {
    InvalidArgumentException.requireNonNull(request, "request");
    String method = request.method();
    if (method.equals("POST")) {
      method = queryParameter(request, "_HttpMethod").orElse(method);
    }
    List<String> path = segments(request.uri().getRawPath());
    if (path.size() < 2 || !path.get(0).equals("services") || !path.get(1).equals("data")) {
      return error(SalesforceFault.notFound(), null);
    }
    if (path.size() == 2) {
      return method.equals("GET")
          ? json(200, versions(), null)
          : error(notAllowed(method, "GET"), null);
    }
    Optional<String> token =
        request
            .header("Authorization")
            .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
            .map(h -> h.substring(7).trim());
    if (token.isEmpty() || !sessions.isValid(token.get())) {
      return error(
          new SalesforceFault(401, "INVALID_SESSION_ID", "Session expired or invalid", List.of()),
          null);
    }
    String limitInfo = usage.count();
    try {
      Matcher version = VERSION.matcher(path.get(2));
      if (!version.matches()) {
        throw SalesforceFault.notFound();
      }
      int number = Integer.parseInt(version.group(1));
      if (number < OLDEST_VERSION || number > NEWEST_VERSION) {
        throw SalesforceFault.notFound();
      }
      String base = "/services/data/v" + number + ".0";
      List<String> rest = path.subList(3, path.size());
      if (rest.size() >= 2 && rest.get(0).equals("sobjects")) {
        return sobjects(method, request, base, rest.subList(1, rest.size()), limitInfo);
      }
      throw SalesforceFault.notFound();
    } catch (SalesforceFault fault) {
      return error(fault, limitInfo);
    }
  }

  private HttpResponse sobjects(
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
        String recordId = decode(rest.get(1));
        switch (method) {
          case "GET":
            return json(200, record(object, base, recordId, request), limitInfo);
          case "PATCH":
            store.update(object.name(), recordId, body(request));
            return empty(limitInfo);
          case "DELETE":
            store.delete(object.name(), recordId);
            return empty(limitInfo);
          default:
            throw notAllowed(method, "GET,PATCH,DELETE");
        }
      case 3:
        if (!method.equals("PATCH")) {
          throw notAllowed(method, "PATCH");
        }
        return upsert(object, base, decode(rest.get(1)), decode(rest.get(2)), request, limitInfo);
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
      ArrayNode urls = mapper.createArrayNode();
      outcome.ids().forEach(id -> urls.add(url(base, object, id.value())));
      return json(300, urls, limitInfo);
    }
    SalesforceId id = outcome.ids().get(0);
    return json(outcome.created() ? 201 : 200, saveResult(id, outcome.created()), limitInfo);
  }

  private ObjectNode record(ObjectSchema object, String base, String id, HttpRequest request) {
    ObjectNode stored = store.get(object.name(), id);
    ObjectNode out = mapper.createObjectNode();
    ObjectNode attributes = out.putObject("attributes");
    attributes.put("type", object.name());
    attributes.put("url", url(base, object, stored.get("Id").asText()));
    Optional<String> fields = queryParameter(request, "fields");
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

  private ObjectNode body(HttpRequest request) {
    String text = request.bodyText().orElse("");
    JsonNode tree;
    try {
      tree = mapper.readTree(text);
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

  private ObjectNode saveResult(SalesforceId id, Boolean created) {
    ObjectNode result = mapper.createObjectNode();
    result.put("id", id.value());
    result.put("success", true);
    result.putArray("errors");
    if (created != null) {
      result.put("created", created);
    }
    return result;
  }

  private ArrayNode versions() {
    ArrayNode list = mapper.createArrayNode();
    String[] seasons = {"Summer", "Winter", "Spring"};
    for (int v = OLDEST_VERSION; v <= NEWEST_VERSION; v++) {
      int i = v - OLDEST_VERSION;
      int year = 14 + (i + 2) / 3;
      ObjectNode entry = list.addObject();
      entry.put("label", seasons[i % 3] + " '" + year);
      entry.put("url", "/services/data/v" + v + ".0");
      entry.put("version", v + ".0");
    }
    return list;
  }

  private static String url(String base, ObjectSchema object, String id) {
    return base + "/sobjects/" + object.name() + "/" + id;
  }

  private static SalesforceFault notAllowed(String method, String allowed) {
    return new SalesforceFault(
        405,
        "METHOD_NOT_ALLOWED",
        "HTTP Method '" + method + "' not allowed. Allowed are " + allowed,
        List.of());
  }

  private HttpResponse error(SalesforceFault fault, String limitInfo) {
    ArrayNode errors = mapper.createArrayNode();
    ObjectNode error = errors.addObject();
    error.put("message", fault.getMessage());
    error.put("errorCode", fault.errorCode());
    if (fault.status() == 400 || !fault.fields().isEmpty()
        || fault.errorCode().equals("ENTITY_IS_DELETED")) {
      ArrayNode fields = error.putArray("fields");
      fault.fields().forEach(fields::add);
    }
    return json(fault.status(), errors, limitInfo);
  }

  private HttpResponse json(int status, JsonNode body, String limitInfo) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of(JSON_TYPE));
    if (limitInfo != null) {
      headers.put("Sforce-Limit-Info", List.of(limitInfo));
    }
    try {
      return HttpResponse.of(status, headers, mapper.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a JSON tree", e);
    }
  }

  private static HttpResponse empty(String limitInfo) {
    return HttpResponse.of(204, Map.of("Sforce-Limit-Info", List.of(limitInfo)), new byte[0]);
  }

  private static List<String> segments(String rawPath) {
    List<String> out = new ArrayList<>();
    for (String s : Arrays.asList(rawPath == null ? new String[0] : rawPath.split("/"))) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    if (out.size() >= 2) {
      out.set(0, out.get(0).toLowerCase(Locale.ROOT));
      out.set(1, out.get(1).toLowerCase(Locale.ROOT));
    }
    if (out.size() >= 4) {
      out.set(3, out.get(3).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static Optional<String> queryParameter(HttpRequest request, String name) {
    String query = request.uri().getRawQuery();
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      if (key.equals(name)) {
        return Optional.of(eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    return Optional.empty();
  }

  private static String decode(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** Describes this by names and counts, never by record values. */

  @Override
  public String toString() {
    return "RestRouter{" + store + "}";
  }
}
