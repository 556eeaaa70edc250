package dev.salescloud.client.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.client.Query;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.client.soql.SoqlBuilder;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.TransportException;
import dev.salescloud.model.report.ReportExtendedMetadata;
import dev.salescloud.model.report.ReportInstance;
import dev.salescloud.model.report.ReportMetadata;
import dev.salescloud.model.report.ReportResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Reports and Dashboards REST API: finds reports, describes them and runs them, synchronously
 * or asynchronously, returning the model's {@link ReportResult}. Get it from {@code
 * SalesCloudClient.reports()}; thread-safe and immutable.
 *
 * <h2>Finding and running a report</h2>
 *
 * <pre>{@code
 * SalesforceId id = sf.reports().search("Pipeline by Stage").get(0).id();
 * ReportResult run = sf.reports().run(id);                       // summaries only
 * run.grandTotal().aggregate("s!AMOUNT").number();               // Optional[210000.50]
 * run.fact(List.of("Prospecting"), List.of())                    // the 0!T group, by its label
 *    .map(f -> f.aggregate("RowCount").number());
 * }</pre>
 *
 * <h2>Details and run-time filters</h2>
 *
 * <pre>{@code
 * ReportResult big = sf.reports().run(id, ReportRun.withDetails()
 *     .filter("AMOUNT", FilterOperator.GREATER_THAN, "100000").build());
 * for (DetailRow row : big.grandTotal().rows()) {              // tabular: rows sit in T!T
 *   row.cell("OPPORTUNITY_NAME").label();                       // the name; value() is the id
 *   row.cell("AMOUNT").amount();                                // Optional[250000]
 * }
 * if (big.isTruncated()) { ... }                              // cut at 2,000 rows: filter more
 * }</pre>
 *
 * <p>Filters given in a {@link ReportRun} replace the report's saved filters for that run; the
 * saved report does not change. Summary and matrix reports keep their rows in their innermost
 * groups' facts ({@code 0_1!T}, {@code 0_1!1_0}).
 *
 * <h2>Asynchronous runs</h2>
 *
 * <p>Salesforce recommends them for slow reports: they avoid the 2-minute timeout of synchronous
 * runs and their results are kept for 24 hours. {@link #runAndWait} requests a run, polls it with
 * a growing wait (1 s doubling to 10 s, for at most 10 minutes unless changed with {@link
 * #withPolling}) through the client's sleeper, and fetches the result:
 *
 * <pre>{@code
 * ReportResult result = sf.reports().runAndWait(id, ReportRun.summaries().build());
 * ReportInstance requested = sf.reports().runAsync(id, ReportRun.summaries().build());
 * Optional<ReportResult> later = sf.reports().instanceResult(id, requested.id());
 * }</pre>
 */
public final class ReportClient {
  private static final TypeReference<JsonNode> TREE = new TypeReference<>() {};

  private final ApiExchange exchange;
  private final ApiVersion version;
  private final Backoff backoff;

  /**
   * A client sending through an exchange; {@code SalesCloudClient.reports()} gives it.
   *
   * @param exchange the client's exchange
   * @param version the API version
   */
  public ReportClient(ApiExchange exchange, ApiVersion version) {
    this(InvalidArgumentException.requireNonNull(exchange, "exchange"),
        InvalidArgumentException.requireNonNull(version, "version"),
        new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(10)));
  }

  private ReportClient(ApiExchange exchange, ApiVersion version, Backoff backoff) {
    this.exchange = exchange;
    this.version = version;
    this.backoff = backoff;
  }

  /**
   * A copy that polls asynchronous runs differently.
   *
   * @param first the first wait
   * @param longest the longest wait; waits double up to it
   * @param timeout the total wait for one run before giving up on it
   * @return the copy
   * @throws InvalidArgumentException if a duration is not positive
   */
  public ReportClient withPolling(Duration first, Duration longest, Duration timeout) {
    return new ReportClient(exchange, version, new Backoff(first, longest, timeout));
  }

  /**
   * Lists the reports the user viewed most recently, at most 200. Maps to {@code GET
   * analytics/reports}.
   *
   * @return the reports, most recent first
   */
  public List<ReportSummary> recent() {
    JsonNode list = exchange.call("GET", reports(""), null, true, TREE);
    List<ReportSummary> out = new ArrayList<>();
    list.forEach(entry -> out.add(ReportSummary.fromList(entry)));
    return out;
  }

  /**
   * Finds reports whose name contains a text, ignoring case, through SOQL on the {@code Report}
   * object ({@code SELECT Id, Name, DeveloperName, FolderName, Format FROM Report WHERE Name LIKE
   * '%text%' ORDER BY Name}); unlike {@link #recent()} it sees every report the user can read.
   *
   * @param nameContains the text, matched literally ({@code %} and {@code _} are escaped)
   * @return the reports, by name
   * @throws InvalidArgumentException if the text is blank
   */
  public List<ReportSummary> search(String nameContains) {
    InvalidArgumentException.requireNonNull(nameContains, "nameContains");
    if (nameContains.isBlank()) {
      throw new InvalidArgumentException("nameContains", "Give some text of the report's name to"
          + " search for; use recent() to list reports without one");
    }
    SoqlBuilder soql = Soql.select("Id", "Name", "DeveloperName", "FolderName", "Format")
        .from("Report")
        .where(Soql.field("Name").contains(nameContains))
        .orderBy(Soql.field("Name").asc());
    List<ReportSummary> out = new ArrayList<>();
    Query.of(exchange, version, soql.build(), JsonNode.class, false)
        .forEach(record -> out.add(ReportSummary.fromRecord(record)));
    return out;
  }

  /**
   * Describes a report: its saved definition, its columns' labels and types, and its report
   * type's columns. Maps to {@code GET analytics/reports/{id}/describe}.
   *
   * @param reportId the report's id
   * @return the description
   * @throws dev.salescloud.model.error.NotFoundException if there is no such report
   */
  public ReportDescription describe(SalesforceId reportId) {
    JsonNode body = exchange.call("GET", reports("/" + report(reportId) + "/describe"), null, true, TREE);
    ObjectMapper mapper = exchange.mapper();
    String path = "GET " + version.basePath() + "/analytics/reports/" + reportId.value() + "/describe";
    ReportMetadata metadata = convert(mapper, body.path("reportMetadata"), ReportMetadata.class, path);
    JsonNode extended = body.get("reportExtendedMetadata");
    Optional<ReportExtendedMetadata> ext = extended == null || extended.isNull() ? Optional.empty()
        : Optional.of(convert(mapper, extended, ReportExtendedMetadata.class, path));
    JsonNode type = body.get("reportTypeMetadata");
    return new ReportDescription(metadata, ext, type == null ? mapper.createObjectNode() : type);
  }

  /**
   * Runs a report synchronously as saved, returning summaries only. Maps to {@code GET
   * analytics/reports/{id}?includeDetails=false}.
   *
   * @param reportId the report's id
   * @return the result
   * @throws dev.salescloud.model.error.NotFoundException if there is no such report
   */
  public ReportResult run(SalesforceId reportId) {
    return run(reportId, ReportRun.summaries().build());
  }

  /**
   * Runs a report synchronously. Maps to {@code GET analytics/reports/{id}?includeDetails=...},
   * or to {@code POST} with {@code {"reportMetadata":{"reportFilters":[...],
   * "reportBooleanFilter":..., "standardDateFilter":...}}} when the run sets filters. A run reads
   * only, so it is retried like any read.
   *
   * @param reportId the report's id
   * @param run details and run-time filters
   * @return the result; {@code isTruncated()} when the detail rows were cut at 2,000
   * @throws dev.salescloud.model.error.NotFoundException if there is no such report
   * @throws dev.salescloud.model.error.ValidationException if Salesforce refuses a filter (400)
   */
  public ReportResult run(SalesforceId reportId, ReportRun run) {
    InvalidArgumentException.requireNonNull(run, "run");
    String path = reports("/" + report(reportId) + "?includeDetails=" + run.includeDetails());
    JsonNode body = run.changesMetadata()
        ? exchange.call("POST", path, run.body(exchange.mapper()), true, TREE)
        : exchange.call("GET", path, null, true, TREE);
    return result(body, path);
  }

  /**
   * Requests an asynchronous run. Maps to {@code POST analytics/reports/{id}/instances}, with the
   * run's filters as the body when it sets any. Not retried once sent.
   *
   * @param reportId the report's id
   * @param run details and run-time filters
   * @return the instance, usually with status {@code New}
   * @throws dev.salescloud.model.error.NotFoundException if there is no such report
   */
  public ReportInstance runAsync(SalesforceId reportId, ReportRun run) {
    InvalidArgumentException.requireNonNull(run, "run");
    String path = reports("/" + report(reportId) + "/instances?includeDetails=" + run.includeDetails());
    return exchange.call("POST", path, run.changesMetadata() ? run.body(exchange.mapper()) : null,
        false, new TypeReference<ReportInstance>() {});
  }

  /**
   * Lists the asynchronous runs of a report from the last 24 hours. Maps to {@code GET
   * analytics/reports/{id}/instances}.
   *
   * @param reportId the report's id
   * @return the instances
   */
  public List<ReportInstance> instances(SalesforceId reportId) {
    return exchange.call("GET", reports("/" + report(reportId) + "/instances"), null, true,
        new TypeReference<List<ReportInstance>>() {});
  }

  /**
   * Fetches the result of an asynchronous run, if it is done. Maps to {@code GET
   * analytics/reports/{id}/instances/{instanceId}}.
   *
   * @param reportId the report's id
   * @param instanceId the instance's id from {@link #runAsync}
   * @return the result (with {@code attributes.type} {@code ReportInstance}); empty while the run
   *     is {@code New} or {@code Running}
   * @throws ReportRunException if the run ended with status {@code Error}
   */
  public Optional<ReportResult> instanceResult(SalesforceId reportId, SalesforceId instanceId) {
    InvalidArgumentException.requireNonNull(instanceId, "instanceId");
    String path = reports("/" + report(reportId) + "/instances/" + instanceId.value());
    JsonNode body = exchange.call("GET", path, null, true, TREE);
    String status = body.path("attributes").path("status").asText("");
    if (status.equalsIgnoreCase(ReportInstance.Status.SUCCESS)) {
      return Optional.of(result(body, path));
    }
    if (status.equalsIgnoreCase(ReportInstance.Status.ERROR)) {
      throw new ReportRunException(reportId.value(),
          ReportInstance.builder().id(instanceId).status(status).build());
    }
    return Optional.empty();
  }

  /**
   * Runs a report asynchronously and waits for its result, polling with a growing wait.
   *
   * @param reportId the report's id
   * @param run details and run-time filters
   * @return the result
   * @throws ReportRunException if the run ended with status {@code Error}
   * @throws TransportException if the run is not done within the polling timeout
   */
  public ReportResult runAndWait(SalesforceId reportId, ReportRun run) {
    ReportInstance instance = runAsync(reportId, run);
    Runnable waits = backoff.waits(exchange.sleeper(),
        "The asynchronous run " + instance.id() + " of report " + reportId);
    while (true) {
      waits.run();
      Optional<ReportResult> result = instanceResult(reportId, instance.id());
      if (result.isPresent()) {
        return result.get();
      }
    }
  }

  private ReportResult result(JsonNode body, String path) {
    return convert(exchange.mapper(), body, ReportResult.class, path);
  }

  private static <T> T convert(ObjectMapper mapper, JsonNode body, Class<T> type, String path) {
    try {
      return mapper.treeToValue(body, type);
    } catch (JsonProcessingException | RuntimeException e) {
      if (e instanceof InvalidArgumentException) {
        throw (InvalidArgumentException) e;
      }
      int q = path.indexOf('?');
      throw new TransportException((q < 0 ? path : path.substring(0, q))
          + " answered with a body that is not the expected report JSON", true, 200, e);
    }
  }

  private String reports(String rest) {
    return version.basePath() + "/analytics/reports" + rest;
  }

  private static String report(SalesforceId reportId) {
    InvalidArgumentException.requireNonNull(reportId, "reportId");
    return reportId.requireType("Report").value();
  }

  /** Shows the version. */
  @Override
  public String toString() {
    return "ReportClient{v" + version + "}";
  }
}
