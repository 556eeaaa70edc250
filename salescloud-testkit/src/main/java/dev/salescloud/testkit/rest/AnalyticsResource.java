package dev.salescloud.testkit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.json.SalesCloudJackson;
import dev.salescloud.model.report.ReportAttributes;
import dev.salescloud.model.report.ReportInstance;
import dev.salescloud.model.report.ReportMetadata;
import dev.salescloud.model.report.ReportResult;
import dev.salescloud.testkit.report.OrgReports;
import dev.salescloud.testkit.schema.SalesforceFault;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Reports and Dashboards REST API's report resources, {@code analytics/reports...}: the
 * recent list, describe, synchronous runs ({@code GET}, or {@code POST} with run-time metadata),
 * runs of unsaved definitions ({@code POST analytics/reports/query}), and asynchronous runs ({@code POST|GET .../instances}, {@code GET .../instances/{id}}). Refusals
 * are {@code [{"message","errorCode"}]} arrays as the Analytics API sends them.
 */
final class AnalyticsResource {
  private static final ObjectMapper MODEL = SalesCloudJackson.newObjectMapper();

  private final OrgReports reports;

  AnalyticsResource(OrgReports reports) {
    this.reports = reports;
  }

  /** Answers a request below {@code analytics/}. */
  HttpResponse handle(String method, HttpRequest request, String base, List<String> rest, String limitInfo) {
    try {
      return route(method, request, base, rest, limitInfo);
    } catch (SalesforceFault fault) {
      return Responses.errorWithoutFields(fault, limitInfo);
    }
  }

  private HttpResponse route(String method, HttpRequest request, String base, List<String> rest, String limitInfo) {
    if (rest.isEmpty() || !rest.get(0).equals("reports") || rest.size() > 4) {
      throw notFound();
    }
    if (rest.size() == 1) {
      allow(method, "GET");
      ArrayNode list = Responses.MAPPER.createArrayNode();
      for (ReportMetadata m : reports.recent()) {
        String id = m.id().orElseThrow().value();
        ObjectNode entry = list.addObject();
        entry.put("name", m.name().orElse(""));
        entry.put("id", id);
        entry.put("url", base + "/analytics/reports/" + id);
        entry.put("describeUrl", base + "/analytics/reports/" + id + "/describe");
        entry.put("instancesUrl", base + "/analytics/reports/" + id + "/instances");
      }
      return Responses.json(200, list, limitInfo);
    }
    boolean details = RestRouter.queryParameter(request, "includeDetails")
        .map(v -> v.equalsIgnoreCase("true")).orElse(false);
    if (rest.size() == 2 && rest.get(1).equals("query")) {
      allow(method, "POST");
      return Responses.json(200, tree(reports.runUnsaved(metadata(changes(request)), details)), limitInfo);
    }
    SalesforceId reportId = reportId(rest.get(1));
    if (rest.size() == 2) {
      allow(method, "GET, POST");
      ReportMetadata metadata = method.equals("POST") ? posted(request, reportId) : reports.metadata(reportId);
      return Responses.json(200, tree(withUrls(reports.run(reportId, metadata, details), base)), limitInfo);
    }
    String what = rest.get(2);
    if (what.equals("describe") && rest.size() == 3) {
      allow(method, "GET");
      ObjectNode body = Responses.MAPPER.createObjectNode();
      body.set("attributes", tree(attributes(reportId, reports.metadata(reportId), base)));
      body.set("reportExtendedMetadata", tree(reports.extendedMetadata(reportId)));
      body.set("reportMetadata", tree(reports.metadata(reportId)));
      body.set("reportTypeMetadata", reports.reportTypeMetadata(reportId));
      return Responses.json(200, body, limitInfo);
    }
    if (!what.equals("instances")) {
      throw notFound();
    }
    if (rest.size() == 3) {
      allow(method, "GET, POST");
      if (method.equals("GET")) {
        return Responses.json(200, tree(reports.instances(reportId)), limitInfo);
      }
      ReportMetadata metadata = request.body().filter(b -> b.length > 0).isPresent()
          ? posted(request, reportId) : reports.metadata(reportId);
      return Responses.json(200, tree(reports.start(reportId, metadata, details, base)), limitInfo);
    }
    allow(method, "GET");
    SalesforceId instanceId = id(rest.get(3));
    ReportInstance instance = reports.look(reportId, instanceId);
    Optional<ReportResult> result = reports.instanceResult(reportId, instanceId);
    if (result.isPresent()) {
      return Responses.json(200, tree(result.get()), limitInfo);
    }
    ObjectNode body = Responses.MAPPER.createObjectNode();
    ObjectNode attributes = body.putObject("attributes");
    attributes.put("type", ReportAttributes.REPORT_INSTANCE);
    attributes.put("id", instance.id().value());
    attributes.put("status", instance.status());
    attributes.put("reportId", reportId.value());
    attributes.put("reportName", reports.metadata(reportId).name().orElse(""));
    attributes.put("ownerId", instance.ownerId().map(SalesforceId::value).orElse(null));
    attributes.put("requestDate", instance.requestDate().map(Object::toString).orElse(null));
    attributes.putNull("completionDate");
    body.put("hasDetailRows", instance.hasDetailRows().orElse(false));
    body.set("reportMetadata", tree(reports.metadata(reportId)));
    return Responses.json(200, body, limitInfo);
  }

  /** The saved definition with the keys of the posted {@code reportMetadata} put over it. */
  private ReportMetadata posted(HttpRequest request, SalesforceId reportId) {
    ObjectNode merged = (ObjectNode) tree(reports.metadata(reportId));
    merged.setAll(changes(request));
    merged.put("id", reportId.value());
    return metadata(merged);
  }

  /** The posted {@code reportMetadata} object. */
  private static ObjectNode changes(HttpRequest request) {
    JsonNode body;
    try {
      body = Responses.MAPPER.readTree(new String(request.body().orElse(new byte[0]), StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw badRequest("The request body isn't valid JSON: " + e.getOriginalMessage());
    }
    JsonNode changes = body == null ? null : body.get("reportMetadata");
    if (changes == null || !changes.isObject()) {
      throw badRequest("The request body must hold a reportMetadata object.");
    }
    return (ObjectNode) changes;
  }

  private static ReportMetadata metadata(ObjectNode json) {
    try {
      return MODEL.treeToValue(json, ReportMetadata.class);
    } catch (JsonProcessingException | RuntimeException e) {
      throw badRequest("The reportMetadata isn't valid: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private ReportResult withUrls(ReportResult result, String base) {
    return ReportResult.builder().from(result)
        .attributes(attributes(result.attributes().orElseThrow().reportId().orElseThrow(),
            result.reportMetadata(), base))
        .build();
  }

  private static ReportAttributes attributes(SalesforceId reportId, ReportMetadata metadata, String base) {
    String url = base + "/analytics/reports/" + reportId.value();
    return ReportAttributes.builder().type(ReportAttributes.REPORT).reportId(reportId)
        .reportName(metadata.name().orElse("")).describeUrl(url + "/describe")
        .instancesUrl(url + "/instances").build();
  }

  private static SalesforceId reportId(String segment) {
    SalesforceId id = id(segment);
    if (!id.keyPrefix().equals("00O")) {
      throw notFound();
    }
    return id;
  }

  private static SalesforceId id(String segment) {
    String text = RestRouter.decode(segment);
    if (!SalesforceId.isValid(text)) {
      throw notFound();
    }
    return SalesforceId.of(text);
  }

  private static JsonNode tree(Object value) {
    return MODEL.valueToTree(value);
  }

  private static void allow(String method, String allowed) {
    if (!List.of(allowed.split(", ")).contains(method.toUpperCase(Locale.ROOT))) {
      throw Responses.notAllowed(method, allowed);
    }
  }

  private static SalesforceFault notFound() {
    return new SalesforceFault(404, "NOT_FOUND", "The requested resource does not exist", List.of());
  }

  private static SalesforceFault badRequest(String message) {
    return new SalesforceFault(400, "BAD_REQUEST", message, List.of());
  }

  /** Names the resource, never data. */
  @Override
  public String toString() {
    return "AnalyticsResource{" + reports + "}";
  }
}
