package dev.salescloud.testkit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.report.ReportAttributes;
import dev.salescloud.model.report.ReportExtendedMetadata;
import dev.salescloud.model.report.ReportInstance;
import dev.salescloud.model.report.ReportMetadata;
import dev.salescloud.model.report.ReportResult;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.store.OrgStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reports of a fake org: tests define them, the Reports and Dashboards REST API ({@code
 * /services/data/vNN.0/analytics/reports/...}) lists, describes and runs them, computing every
 * result from the org's records at the moment of the run.
 *
 * <pre>{@code
 * FakeSalesCloud org = FakeSalesCloud.create();
 * SalesforceId id = org.reports().define(
 *     ReportDefinition.summary(ReportKind.OPPORTUNITIES, "Pipeline by Stage")
 *         .columns("OPPORTUNITY_NAME", "AMOUNT")
 *         .groupDown("STAGE_NAME")
 *         .aggregates("s!AMOUNT", "RowCount")
 *         .build());
 * ReportResult run = org.client().reports().run(id);        // through the REST API
 * ReportResult same = org.reports().run(id, false);         // behind the API's back
 * }</pre>
 *
 * <p>Defining a report also stores a read-only {@code Report} record (key prefix {@code 00O}) with
 * its {@code Name}, {@code DeveloperName}, {@code Format} and {@code FolderName}, so SOQL finds it.
 * A run returns at most 2,000 detail rows ({@code allData} is then false); summaries always cover
 * every record. An asynchronous run's result is taken when it is requested; each look at the
 * instance moves it on, {@code New}, {@code Running}, then {@code Success}; after 24 hours on the
 * org's clock it is gone, as Salesforce drops the results of asynchronous runs.
 *
 * <p>Thread-safe.
 */
public final class OrgReports {
  /** How long the results of asynchronous runs are kept. */
  public static final Duration RESULTS_KEPT = Duration.ofHours(24);

  private final OrgStore store;
  private final ReportRunner runner;
  private final Map<SalesforceId, ReportDefinition> reports = new LinkedHashMap<>();
  private final List<SalesforceId> recent = new ArrayList<>();
  private final Map<SalesforceId, AsyncRun> runs = new LinkedHashMap<>();
  private long instanceCount;

  /**
   * The reports of an org's records.
   *
   * @param store the org's records
   */
  public OrgReports(OrgStore store) {
    this.store = InvalidArgumentException.requireNonNull(store, "store");
    this.runner = new ReportRunner(store);
  }

  /**
   * Defines a report and stores its {@code Report} record.
   *
   * @param definition what the report shows
   * @return the report's id, key prefix {@code 00O}
   */
  public synchronized SalesforceId define(ReportDefinition definition) {
    InvalidArgumentException.requireNonNull(definition, "definition");
    ReportMetadata metadata = definition.metadata();
    ObjectNode record = JsonNodeFactory.instance.objectNode();
    record.put("Name", metadata.name().orElseThrow());
    record.put("DeveloperName", metadata.developerName().orElseThrow());
    record.put("Format", metadata.reportFormat().orElseThrow());
    record.put("FolderName", definition.folder());
    SalesforceId id = store.seed("Report", record);
    reports.put(id, definition);
    touch(id);
    return id;
  }

  /**
   * The reports, most recently defined or run first, at most 200, as {@code GET analytics/reports}
   * lists them.
   *
   * @return the reports' definitions, with their ids
   */
  public synchronized List<ReportMetadata> recent() {
    List<ReportMetadata> out = new ArrayList<>();
    for (int i = recent.size() - 1; i >= 0 && out.size() < 200; i--) {
      out.add(metadata(recent.get(i)));
    }
    return out;
  }

  /**
   * A report's saved definition.
   *
   * @param reportId the report's id
   * @return the definition with its id
   * @throws SalesforceFault 404 {@code NOT_FOUND} for an id that names no report
   */
  public synchronized ReportMetadata metadata(SalesforceId reportId) {
    return definition(reportId).metadata().toBuilder().id(reportId).build();
  }

  /**
   * The labels and data types of a report's columns and aggregates.
   *
   * @param reportId the report's id
   * @return the extended metadata
   * @throws SalesforceFault 404 {@code NOT_FOUND} for an id that names no report
   */
  public synchronized ReportExtendedMetadata extendedMetadata(SalesforceId reportId) {
    ReportDefinition d = definition(reportId);
    return runner.extended(new ReportQuery(d.kind(), d.metadata()), d.metadata());
  }

  /**
   * The report type of a report.
   *
   * @param reportId the report's id
   * @return the kind
   * @throws SalesforceFault 404 {@code NOT_FOUND} for an id that names no report
   */
  public synchronized ReportKind kind(SalesforceId reportId) {
    return definition(reportId).kind();
  }

  /**
   * Runs a report as saved.
   *
   * @param reportId the report's id
   * @param includeDetails whether to return detail rows
   * @return the result, as a synchronous run answers it
   * @throws SalesforceFault 404 {@code NOT_FOUND} for an id that names no report
   */
  public ReportResult run(SalesforceId reportId, boolean includeDetails) {
    return run(reportId, metadata(reportId), includeDetails);
  }

  /**
   * Runs a report with a changed definition (run-time filters, other groupings), which is not
   * saved.
   *
   * @param reportId the report's id
   * @param metadata the definition to run with; its report type is the report's
   * @param includeDetails whether to return detail rows
   * @return the result, with {@code attributes} of type {@code Report}
   * @throws SalesforceFault 404 {@code NOT_FOUND} for an id that names no report, 400 {@code
   *     BAD_REQUEST} for a definition the report type cannot run
   */
  public synchronized ReportResult run(SalesforceId reportId, ReportMetadata metadata, boolean includeDetails) {
    InvalidArgumentException.requireNonNull(metadata, "metadata");
    ReportDefinition d = definition(reportId);
    ReportMetadata withId = metadata.toBuilder().id(reportId).reportType(d.kind().reportType()).build();
    ReportResult result = runner.run(d.kind(), withId, includeDetails, "/services/data/v66.0");
    touch(reportId);
    return ReportResult.builder().from(result).attributes(ReportAttributes.builder()
        .type(ReportAttributes.REPORT).reportId(reportId)
        .reportName(withId.name().orElse("")).build()).build();
  }

  /**
   * Runs a report definition that is not saved, as {@code POST analytics/reports/query} does.
   *
   * @param metadata the definition; its {@code reportType.type} names one of {@link ReportKind}
   * @param includeDetails whether to return detail rows
   * @return the result, with {@code attributes} of type {@code Report} and no report id
   * @throws SalesforceFault 400 {@code BAD_REQUEST} for a report type the org does not know or a
   *     definition it cannot run
   */
  public synchronized ReportResult runUnsaved(ReportMetadata metadata, boolean includeDetails) {
    InvalidArgumentException.requireNonNull(metadata, "metadata");
    String type = metadata.reportType().map(t -> t.type()).orElse("");
    ReportKind kind = ReportKind.byType(type).orElseThrow(() -> RunRefusal.badRequest(
        "The report type " + (type.isEmpty() ? "(none)" : type) + " isn't valid. Use one of "
            + Arrays.stream(ReportKind.values()).map(k -> k.reportType().type()).toList() + "."));
    ReportResult result = runner.run(kind, metadata.toBuilder().reportType(kind.reportType()).build(),
        includeDetails, "/services/data/v66.0");
    return ReportResult.builder().from(result).attributes(ReportAttributes.builder()
        .type(ReportAttributes.REPORT).reportName(metadata.name().orElse("")).build()).build();
  }

  /**
   * Requests an asynchronous run; its result is computed now.
   *
   * @param reportId the report's id
   * @param metadata the definition to run with
   * @param includeDetails whether to return detail rows
   * @param base the version path of the instance's url, e.g. {@code /services/data/v66.0}
   * @return the instance, status {@code New}
   * @throws SalesforceFault as {@link #run(SalesforceId, ReportMetadata, boolean)}
   */
  public synchronized ReportInstance start(
      SalesforceId reportId, ReportMetadata metadata, boolean includeDetails, String base) {
    InvalidArgumentException.requireNonNull(base, "base");
    ReportResult result = run(reportId, metadata, includeDetails);
    instanceCount++;
    SalesforceId id = SalesforceId.of("0LG5g" + String.format("%010d", instanceCount));
    ReportInstance instance = ReportInstance.builder().id(id).status(ReportInstance.Status.NEW)
        .requestDate(store.clock().instant()).ownerId(store.runningUserId())
        .hasDetailRows(includeDetails)
        .url(base + "/analytics/reports/" + reportId.value() + "/instances/" + id.value())
        .putOtherField("queryable", BooleanNode.FALSE).build();
    runs.put(id, new AsyncRun(reportId, instance, result));
    return instance;
  }

  /**
   * The asynchronous runs of a report, the most recently requested first.
   *
   * @param reportId the report's id
   * @return the instances as they stand
   * @throws SalesforceFault 404 {@code NOT_FOUND} for an id that names no report
   */
  public synchronized List<ReportInstance> instances(SalesforceId reportId) {
    definition(reportId);
    List<ReportInstance> out = new ArrayList<>();
    runs.values().stream().filter(r -> r.reportId().equals(reportId) && !expired(r)).map(AsyncRun::instance)
        .sorted(Comparator.comparing((ReportInstance i) -> i.requestDate().orElseThrow()).reversed())
        .forEach(out::add);
    return out;
  }

  /**
   * Looks at an asynchronous run, moving it one step on.
   *
   * @param reportId the report's id
   * @param instanceId the instance's id
   * @return the instance after the step
   * @throws SalesforceFault 404 {@code NOT_FOUND} when the report has no such instance
   */
  public synchronized ReportInstance look(SalesforceId reportId, SalesforceId instanceId) {
    return asyncRun(reportId, instanceId).advance(store.clock().instant());
  }

  /**
   * The result of a finished asynchronous run, with {@code attributes} of type {@code
   * ReportInstance}.
   *
   * @param reportId the report's id
   * @param instanceId the instance's id
   * @return the result; empty while the run is not done
   * @throws SalesforceFault 404 {@code NOT_FOUND} when the report has no such instance
   */
  public synchronized Optional<ReportResult> instanceResult(SalesforceId reportId, SalesforceId instanceId) {
    AsyncRun run = asyncRun(reportId, instanceId);
    ReportInstance i = run.instance();
    if (!i.isSuccess()) {
      return Optional.empty();
    }
    ReportResult r = run.result();
    return Optional.of(ReportResult.builder().from(r).attributes(ReportAttributes.builder()
        .type(ReportAttributes.REPORT_INSTANCE).id(i.id()).status(i.status()).reportId(reportId)
        .reportName(r.reportMetadata().name().orElse("")).ownerId(i.ownerId())
        .requestDate(i.requestDate()).completionDate(i.completionDate()).build()).build());
  }

  /**
   * The report type's columns as the describe resource's {@code reportTypeMetadata} shows them:
   * {@code {"categories":[{"label","columns":{NAME:{"label","dataType","filterable","filterValues"}}}],
   * "dataTypeFilterOperatorMap":{...}}}.
   *
   * @param reportId the report's id
   * @return the report type metadata
   * @throws SalesforceFault 404 {@code NOT_FOUND} for an id that names no report
   */
  public synchronized ObjectNode reportTypeMetadata(SalesforceId reportId) {
    ReportKind kind = definition(reportId).kind();
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ObjectNode category = body.putArray("categories").addObject();
    category.put("label", kind.category());
    ObjectNode columns = category.putObject("columns");
    ObjectNode operators = body.putObject("dataTypeFilterOperatorMap");
    for (ReportColumn c : kind.columns()) {
      ObjectNode column = columns.putObject(c.name());
      column.put("label", c.label());
      column.put("dataType", c.dataType());
      column.put("filterable", true);
      column.putArray("filterValues");
      if (!operators.has(c.dataType())) {
        ArrayNode list = operators.putArray(c.dataType());
        for (String op : ReportQuery.operatorsFor(c)) {
          list.addObject().put("name", op).put("label", op);
        }
      }
    }
    return body;
  }

  private AsyncRun asyncRun(SalesforceId reportId, SalesforceId instanceId) {
    InvalidArgumentException.requireNonNull(instanceId, "instanceId");
    definition(reportId);
    AsyncRun run = runs.get(instanceId);
    if (run == null || !run.reportId().equals(reportId) || expired(run)) {
      throw RunRefusal.notFound();
    }
    return run;
  }

  /** Whether a run's result is older than the 24 hours Salesforce keeps it. */
  private boolean expired(AsyncRun run) {
    return run.instance().requestDate().orElseThrow().plus(RESULTS_KEPT).isBefore(store.clock().instant());
  }

  private ReportDefinition definition(SalesforceId reportId) {
    InvalidArgumentException.requireNonNull(reportId, "reportId");
    ReportDefinition d = reports.get(reportId);
    if (d == null) {
      throw RunRefusal.notFound();
    }
    return d;
  }

  private void touch(SalesforceId id) {
    recent.remove(id);
    recent.add(id);
  }

  /** Counts the reports and runs, never shows data. */
  @Override
  public synchronized String toString() {
    return "OrgReports{" + reports.size() + " reports, " + runs.size() + " async runs}";
  }
}
