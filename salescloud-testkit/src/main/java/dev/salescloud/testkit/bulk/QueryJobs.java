package dev.salescloud.testkit.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.bulk.JobState;
import dev.salescloud.client.soql.SelectItem;
import dev.salescloud.client.soql.SoqlParser;
import dev.salescloud.client.soql.SoqlQuery;
import dev.salescloud.client.soql.SoqlSyntaxException;
import dev.salescloud.testkit.schema.FieldType;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.soql.SoqlEngine;
import dev.salescloud.testkit.store.OrgStore;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The org's Bulk API 2.0 query jobs ({@code jobs/query}): create, read, abort, list, delete, and
 * the results in pages. The query is checked and evaluated by the {@link SoqlEngine} when the job
 * is created; the job completes when it is first polled or read. Aggregates, GROUP BY, OFFSET,
 * TYPEOF, {@code FIELDS()}, compound fields and subqueries are refused as Salesforce refuses them
 * in bulk queries. Thread-safe.
 *
 * <pre>{@code
 * ObjectNode job = jobs.queries().create(json("{\"operation\":\"query\",\"query\":\"SELECT Id FROM Lead\"}"), 62);
 * ResultPage page = jobs.queries().results(job.get("id").asText(), OptionalInt.of(1_000), Optional.empty());
 * page.locator();   // "MTAwMA" for the next page, "null" on the last
 * }</pre>
 */
public final class QueryJobs {
  private static final String NOT_SUPPORTED = "FeatureNotEnabled : ";

  private final OrgStore store;
  private final SoqlEngine engine;
  private final JobRegistry<QueryJob> jobs;

  QueryJobs(OrgStore store, AtomicLong ids) {
    this.store = store;
    this.engine = new SoqlEngine(store);
    this.jobs = new JobRegistry<>(ids, store);
  }

  /**
   * Creates a job, {@code UploadComplete}. Maps to {@code POST jobs/query}.
   *
   * @param body the JSON request: {@code operation} ({@code query} or {@code queryAll}),
   *     {@code query}, optional {@code contentType}, {@code columnDelimiter}, {@code lineEnding}
   * @param version the API version of the request, e.g. 62
   * @return the JobInfo
   * @throws SalesforceFault 400 {@code API_ERROR} for a missing operation or query,
   *     {@code FEATURENOTENABLED} for SOQL that bulk queries refuse, and the SOQL engine's
   *     {@code MALFORMED_QUERY}, {@code INVALID_TYPE} and {@code INVALID_FIELD}
   */
  public synchronized ObjectNode create(byte[] body, int version) {
    JobRequest request = JobRequest.parse(body);
    String operation = request.oneOf("operation", List.of("query", "queryAll"));
    String soql = request.text("query").filter(q -> !q.isBlank())
        .orElseThrow(() -> JobRequest.invalidValue("query", ""));
    CsvDialect dialect = request.dialect();
    SoqlQuery query;
    try {
      query = SoqlParser.parse(soql);
    } catch (SoqlSyntaxException e) {
      throw SalesforceFault.badRequest(e.errorCode(), e.getMessage());
    }
    refuseUnsupported(query);
    List<ObjectNode> records = engine.execute(query, operation.equals("queryAll"),
        "/services/data/v" + version + ".0").records();
    String object = store.requireObject(query.object()).name();
    return jobs.add(new QueryJob(jobs.identity(version), object, operation, dialect, query, records))
        .info();
  }

  private void refuseUnsupported(SoqlQuery query) {
    if (query.isAggregate() || query.isCount() || query.groupBy().isPresent()) {
      throw unsupported("Aggregate queries are not supported in Bulk Query");
    }
    if (query.offset().isPresent()) {
      throw unsupported("OFFSET is not supported in Bulk Query");
    }
    for (SelectItem item : query.select()) {
      if (item instanceof SelectItem.Subquery) {
        throw unsupported("Aggregate Relationships not supported in Bulk Query");
      }
      if (item instanceof SelectItem.TypeOf) {
        throw unsupported("TYPEOF is not supported in Bulk Query");
      }
      if (item instanceof SelectItem.Function) {
        throw unsupported(((SelectItem.Function) item).call() + " is not supported in Bulk Query");
      }
      List<String> path = ((SelectItem.Field) item).path().segments();
      boolean compound = path.size() == 1 && store.schema().object(query.object())
          .flatMap(o -> o.field(path.get(0)))
          .filter(f -> f.type() == FieldType.ADDRESS)
          .isPresent();
      if (compound) {
        throw unsupported("Selecting compound data not supported in Bulk Query");
      }
    }
  }

  private static SalesforceFault unsupported(String message) {
    return new SalesforceFault(400, "FEATURENOTENABLED", NOT_SUPPORTED + message, List.of());
  }

  /**
   * Aborts a job that has not completed. Maps to {@code PATCH jobs/query/{id}}.
   *
   * @param id the job's id
   * @param body {@code {"state":"Aborted"}}
   * @return the JobInfo
   * @throws SalesforceFault 400 {@code INVALIDJOBSTATE} for a finished job
   */
  public synchronized ObjectNode changeState(String id, byte[] body) {
    QueryJob job = jobs.require(id);
    JobRequest.parse(body).oneOf("state", List.of("Aborted"));
    job.abort(jobs.now());
    return job.info();
  }

  /**
   * Reads a job, completing it if this is the first look. Maps to {@code GET jobs/query/{id}}.
   *
   * @param id the job's id
   * @return the JobInfo with {@code numberRecordsProcessed}
   */
  public synchronized ObjectNode get(String id) {
    QueryJob job = jobs.require(id);
    job.run(jobs.now());
    return job.detail();
  }

  /**
   * Deletes a finished job. Maps to {@code DELETE jobs/query/{id}}, answered 204.
   *
   * @param id the job's id
   */
  public synchronized void delete(String id) {
    jobs.delete(id);
  }

  /**
   * Lists the jobs. Maps to {@code GET jobs/query}.
   *
   * @return {@code {"done":true,"records":[...],"nextRecordsUrl":null}}
   */
  public synchronized ObjectNode list() {
    return jobs.list();
  }

  /**
   * One page of a job's results. Maps to {@code GET jobs/query/{id}/results?maxRecords=&locator=}.
   *
   * @param id the job's id
   * @param maxRecords the most rows on the page; every row when empty
   * @param locator where the page starts, from an earlier page; the first page when empty
   * @return the page
   * @throws SalesforceFault 400 {@code INVALIDJOBSTATE} for an aborted job, 400
   *     {@code API_ERROR} for a locator this job did not give or a maxRecords below 1
   */
  public synchronized ResultPage results(String id, OptionalInt maxRecords, Optional<String> locator) {
    QueryJob job = jobs.require(id);
    job.run(jobs.now());
    if (job.state() != JobState.JOB_COMPLETE) {
      throw Job.invalidState("The results of a job that is " + job.state().wireName()
          + " cannot be read");
    }
    if (maxRecords.isPresent() && maxRecords.getAsInt() < 1) {
      throw JobRequest.invalidValue("maxRecords", Integer.toString(maxRecords.getAsInt()));
    }
    int from = locator.map(l -> offset(l, job.size())).orElse(0);
    List<String[]> page = job.rows(from, maxRecords.orElse(Integer.MAX_VALUE));
    int next = from + page.size();
    return new ResultPage(job.csv(page), page.size(), next >= job.size() ? "null" : locator(next));
  }

  /** A locator: the next row's position, base64 without padding, so letters and digits only. */
  private static String locator(int offset) {
    return Base64.getEncoder().withoutPadding()
        .encodeToString(Integer.toString(offset).getBytes(StandardCharsets.US_ASCII));
  }

  private static int offset(String locator, int size) {
    try {
      int offset = Integer.parseInt(
          new String(Base64.getDecoder().decode(locator), StandardCharsets.US_ASCII));
      if (offset >= 0 && offset <= size && locator.equals(locator(offset))) {
        return offset;
      }
    } catch (IllegalArgumentException e) {
      // not one of ours: refused below
    }
    throw JobRequest.invalidValue("locator", locator);
  }

  /** Shows the number of jobs. */
  @Override
  public synchronized String toString() {
    return "QueryJobs{" + jobs + "}";
  }
}
