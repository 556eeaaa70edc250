package dev.salescloud.testkit.rest;

import static dev.salescloud.testkit.rest.Responses.MAPPER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.testkit.api.ApiUsageCounter;
import dev.salescloud.testkit.schema.SalesforceFault;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Composite Batch resource, {@code POST composite/batch}: up to 25 independent subrequests
 * with URLs relative to {@code /services/data/} ({@code v62.0/sobjects/Account/001...}) and bodies
 * in {@code richInput}, run in order, each committing on its own. Answers
 * {@code {"hasErrors":...,"results":[{"statusCode":...,"result":...}]}} with HTTP 200; with
 * {@code haltOnError} the subrequests after the first failure answer 412
 * {@code BATCH_PROCESSING_HALTED}. Each subrequest run counts as one API call.
 */
final class BatchResource {
  /** The most subrequests one batch may carry. */
  static final int MAX_SUBREQUESTS = 25;

  private static final Pattern COMPOSITE = Pattern.compile("(?i)/services/data/v\\d{1,3}\\.0/composite([/?].*)?");
  private static final SalesforceFault HALTED =
      new SalesforceFault(
          412, "BATCH_PROCESSING_HALTED", "Batch processing halted per request", List.of());

  private final ApiUsageCounter usage;

  BatchResource(ApiUsageCounter usage) {
    this.usage = usage;
  }

  /** Answers {@code POST composite/batch}. */
  HttpResponse handle(
      String method, HttpRequest request, String base, CompositeRoutes.Subrequests subrequests,
      String limitInfo) {
    if (!method.equals("POST")) {
      throw Responses.notAllowed(method, "POST");
    }
    ObjectNode body = SObjectResource.body(request);
    boolean haltOnError = RequestBodies.flag(body, "haltOnError");
    ArrayNode list = RequestBodies.subrequests(body, "batchRequests", MAX_SUBREQUESTS, "batch");
    List<String[]> parsed = new ArrayList<>();
    for (JsonNode element : list) {
      ObjectNode item = RequestBodies.object(element, "batchRequests");
      String verb = RequestBodies.method(item);
      String url = RequestBodies.text(item, "url");
      if (item.has("binaryPartName") || item.has("binaryPartNameAlias")) {
        throw SalesforceFault.badRequest(
            "INVALID_MULTIPART_REQUEST",
            "The fake org does not accept multipart batch requests: binaryPartName is not supported");
      }
      JsonNode input = item.get("richInput");
      String path = url.startsWith("/services/data/") ? url : "/services/data/" + url.replaceFirst("^/+", "");
      parsed.add(new String[] {verb, path, input == null || input.isNull() ? null : input.toString()});
    }
    ObjectNode out = MAPPER.createObjectNode();
    ArrayNode results = MAPPER.createArrayNode();
    boolean hasErrors = false;
    boolean halted = false;
    int run = 0;
    for (String[] s : parsed) {
      ObjectNode result = results.addObject();
      if (halted) {
        result.put("statusCode", HALTED.status());
        result.set("result", CompositeResource.errors(HALTED));
        continue;
      }
      HttpResponse response =
          COMPOSITE.matcher(s[1]).matches()
              ? Responses.error(SalesforceFault.notFound(), null)
              : subrequests.send(s[0], s[1], s[2], Map.of());
      run++;
      result.put("statusCode", response.status());
      result.set("result", CompositeResource.parseBody(response));
      if (response.status() >= 400) {
        hasErrors = true;
        halted = haltOnError;
      }
    }
    for (int i = 1; i < run; i++) {
      usage.count();
    }
    out.put("hasErrors", hasErrors);
    out.set("results", results);
    return Responses.json(200, out, run > 1 ? usage.header() : limitInfo);
  }

  /** Describes this by names, never by record values. */
  @Override
  public String toString() {
    return "BatchResource{" + usage + "}";
  }
}
