package dev.salescloud.testkit.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.testkit.bulk.BulkJobs;
import dev.salescloud.testkit.bulk.ResultPage;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.store.OrgStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Bulk API 2.0 resources {@code jobs/ingest[/{id}[/batches | /successfulResults |
 * /failedResults | /unprocessedrecords]]} (v41+) and {@code jobs/query[/{id}[/results]]} (v47+):
 * HTTP in and out around {@link BulkJobs}. Refusals are error arrays without {@code fields}.
 */
final class BulkJobsResource {
  private static final String CSV_TYPE = "text/csv; charset=UTF-8";

  private final BulkJobs jobs;

  BulkJobsResource(OrgStore store) {
    this.jobs = new BulkJobs(store);
  }

  /** Answers {@code jobs/...}; {@code rest} starts with {@code jobs}. */
  HttpResponse handle(String method, HttpRequest request, String base, List<String> rest,
      String limitInfo) {
    try {
      int version = Integer.parseInt(base.substring(base.lastIndexOf('v') + 1, base.length() - 2));
      return route(method, request, version, rest, limitInfo);
    } catch (SalesforceFault fault) {
      return Responses.errorWithoutFields(fault, limitInfo);
    }
  }

  private HttpResponse route(String method, HttpRequest request, int version, List<String> rest,
      String limitInfo) {
    String kind = rest.size() < 2 ? "" : rest.get(1).toLowerCase(Locale.ROOT);
    boolean ingest = kind.equals("ingest") && version >= 41;
    if (!ingest && !(kind.equals("query") && version >= 47) || rest.size() > 4) {
      throw SalesforceFault.notFound();
    }
    byte[] body = request.body().orElse(new byte[0]);
    if (rest.size() == 2) {
      switch (method) {
        case "GET":
          return Responses.json(200, list(request, ingest), limitInfo);
        case "POST":
          return Responses.json(200, ingest ? jobs.ingest().create(body, version)
              : jobs.queries().create(body, version), limitInfo);
        default:
          throw Responses.notAllowed(method, "GET, POST");
      }
    }
    String id = rest.get(2);
    if (rest.size() == 3) {
      switch (method) {
        case "GET":
          return Responses.json(200, ingest ? jobs.ingest().get(id) : jobs.queries().get(id), limitInfo);
        case "PATCH":
          return Responses.json(200, ingest ? jobs.ingest().changeState(id, body)
              : jobs.queries().changeState(id, body), limitInfo);
        case "DELETE":
          if (ingest) {
            jobs.ingest().delete(id);
          } else {
            jobs.queries().delete(id);
          }
          return Responses.empty(limitInfo);
        default:
          throw Responses.notAllowed(method, "GET, PATCH, DELETE");
      }
    }
    String part = rest.get(3).toLowerCase(Locale.ROOT);
    if (ingest && part.equals("batches")) {
      if (!method.equals("PUT")) {
        throw Responses.notAllowed(method, "PUT");
      }
      jobs.ingest().upload(id, body);
      return HttpResponse.of(201, Map.of("Sforce-Limit-Info", List.of(limitInfo)), new byte[0]);
    }
    if (!method.equals("GET")) {
      throw Responses.notAllowed(method, "GET");
    }
    if (ingest) {
      return csv(jobs.ingest().results(id, part), limitInfo, Map.of());
    }
    if (!part.equals("results")) {
      throw SalesforceFault.notFound();
    }
    ResultPage page = jobs.queries().results(id, maxRecords(request),
        RestRouter.queryParameter(request, "locator").filter(l -> !l.isEmpty()));
    return csv(page.csv(), limitInfo, Map.of(
        "Sforce-Locator", page.locator(),
        "Sforce-NumberOfRecords", Integer.toString(page.numberOfRecords())));
  }

  /** The jobs of one kind; a {@code jobType} of another kind ({@code Classic}, ...) lists none. */
  private ObjectNode list(HttpRequest request, boolean ingest) {
    ObjectNode list = ingest ? jobs.ingest().list() : jobs.queries().list();
    String kind = ingest ? "V2Ingest" : "V2Query";
    if (!RestRouter.queryParameter(request, "jobType").orElse(kind).equals(kind)) {
      list.putArray("records");
    }
    return list;
  }

  private static OptionalInt maxRecords(HttpRequest request) {
    Optional<String> asked = RestRouter.queryParameter(request, "maxRecords");
    if (asked.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(asked.get().trim()));
    } catch (NumberFormatException e) {
      throw new SalesforceFault(400, "API_ERROR",
          "Invalid value: '" + asked.get() + "' supplied for property: 'maxRecords'", List.of());
    }
  }

  private static HttpResponse csv(byte[] body, String limitInfo, Map<String, String> extra) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of(CSV_TYPE));
    headers.put("Sforce-Limit-Info", List.of(limitInfo));
    extra.forEach((name, value) -> headers.put(name, List.of(value)));
    return HttpResponse.of(200, headers, body);
  }

  /** Shows the jobs by count. */
  @Override
  public String toString() {
    return "BulkJobsResource{" + jobs + "}";
  }
}
