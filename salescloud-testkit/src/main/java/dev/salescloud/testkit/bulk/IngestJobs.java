package dev.salescloud.testkit.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.testkit.schema.FieldSchema;
import dev.salescloud.testkit.schema.ObjectSchema;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.store.OrgStore;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The org's Bulk API 2.0 ingest jobs ({@code jobs/ingest}): create, upload the one CSV, close or
 * abort, read, list, delete, and the three result CSVs. A job runs when it is closed, on the
 * calling thread, every row through the {@link OrgStore} with all its checks; an empty cell leaves
 * a field unchanged and {@code #N/A} clears it. Refusals are {@link SalesforceFault}s carrying
 * Salesforce's status, {@code errorCode} and message. Thread-safe.
 *
 * <pre>{@code
 * ObjectNode job = jobs.ingest().create(json("{\"object\":\"Lead\",\"operation\":\"insert\"}"), 62);
 * String id = job.get("id").asText();
 * jobs.ingest().upload(id, "LastName,Company\nNg,Acme\n".getBytes(UTF_8));
 * jobs.ingest().changeState(id, json("{\"state\":\"UploadComplete\"}"));
 * jobs.ingest().get(id).get("state");                       // "JobComplete"
 * jobs.ingest().results(id, "successfulResults");           // "sf__Id","sf__Created",LastName,...
 * }</pre>
 */
public final class IngestJobs {
  private static final List<String> OPERATIONS =
      List.of("insert", "update", "upsert", "delete", "hardDelete");

  private final OrgStore store;
  private final JobRegistry<IngestJob> jobs;

  IngestJobs(OrgStore store, AtomicLong ids) {
    this.store = store;
    this.jobs = new JobRegistry<>(ids, store);
  }

  /**
   * Creates a job, {@code Open}. Maps to {@code POST jobs/ingest}.
   *
   * @param body the JSON request: {@code object}, {@code operation}, {@code externalIdFieldName}
   *     for upserts, optional {@code contentType}, {@code columnDelimiter}, {@code lineEnding}
   * @param version the API version of the request, e.g. 62
   * @return the JobInfo
   * @throws SalesforceFault 400 {@code API_ERROR} for a missing or unknown operation or option,
   *     {@code INVALIDJOB} for an unknown object or a missing or wrong external id field
   */
  public synchronized ObjectNode create(byte[] body, int version) {
    JobRequest request = JobRequest.parse(body);
    String operation = request.oneOf("operation", OPERATIONS);
    String name = request.text("object").filter(o -> !o.isBlank())
        .orElseThrow(() -> JobRequest.invalidValue("object", ""));
    ObjectSchema object = store.schema().object(name)
        .orElseThrow(() -> invalidJob("Unable to find object: " + name));
    String externalId = null;
    if (operation.equals("upsert")) {
      externalId = request.text("externalIdFieldName").filter(f -> !f.isBlank())
          .orElseThrow(() -> invalidJob("External ID was blank for " + object.name()
              + ". An External ID must be specified for upsert."));
      String field = externalId;
      Optional<FieldSchema> key = object.field(field)
          .filter(f -> f.externalId() || f.name().equals("Id"));
      externalId = key.orElseThrow(() -> invalidJob("Field name provided, " + field
          + " does not match an External ID for " + object.name())).name();
    }
    CsvDialect dialect = request.dialect();
    return jobs.add(new IngestJob(jobs.identity(version), object.name(), operation, externalId,
        dialect)).info();
  }

  /**
   * Takes a job's one CSV. Maps to {@code PUT jobs/ingest/{id}/batches}, answered 201.
   *
   * @param id the job's id
   * @param csv the rows, a header row first
   * @throws SalesforceFault 404 {@code NOT_FOUND} for an unknown job, 400 {@code BULK_API_ERROR}
   *     for a second upload, 400 {@code INVALIDJOBSTATE} for a job that is no longer open
   */
  public synchronized void upload(String id, byte[] csv) {
    InvalidArgumentException.requireNonNull(csv, "csv");
    jobs.require(id).upload(csv);
  }

  /**
   * Closes a job, which then runs, or aborts it. Maps to {@code PATCH jobs/ingest/{id}}.
   *
   * @param id the job's id
   * @param body {@code {"state":"UploadComplete"}} or {@code {"state":"Aborted"}}
   * @return the JobInfo; a closed job shows {@code UploadComplete}, as Salesforce's reply does
   * @throws SalesforceFault 400 {@code INVALIDJOBSTATE} when the job's state forbids the change
   */
  public synchronized ObjectNode changeState(String id, byte[] body) {
    IngestJob job = jobs.require(id);
    String state = JobRequest.parse(body).oneOf("state", List.of("UploadComplete", "Aborted"));
    if (state.equals("Aborted")) {
      job.abort(jobs.now());
      return job.info();
    }
    return job.close(store, jobs.now());
  }

  /**
   * Reads a job with its counters. Maps to {@code GET jobs/ingest/{id}}.
   *
   * @param id the job's id
   * @return the JobInfo with {@code numberRecordsProcessed}, {@code numberRecordsFailed}, ...
   */
  public synchronized ObjectNode get(String id) {
    return jobs.require(id).detail();
  }

  /**
   * Deletes a job that has finished. Maps to {@code DELETE jobs/ingest/{id}}, answered 204.
   *
   * @param id the job's id
   * @throws SalesforceFault 400 {@code API_ERROR} for a job that is still open or running
   */
  public synchronized void delete(String id) {
    jobs.delete(id);
  }

  /**
   * Lists the jobs. Maps to {@code GET jobs/ingest}.
   *
   * @return {@code {"done":true,"records":[...],"nextRecordsUrl":null}}
   */
  public synchronized ObjectNode list() {
    return jobs.list();
  }

  /**
   * One of a job's result CSVs. Maps to {@code GET jobs/ingest/{id}/successfulResults},
   * {@code .../failedResults} and {@code .../unprocessedrecords}.
   *
   * @param id the job's id
   * @param name the result's name, any case
   * @return the CSV, every value quoted
   * @throws SalesforceFault 404 {@code NOT_FOUND} for an unknown job or result name
   */
  public synchronized byte[] results(String id, String name) {
    IngestJob job = jobs.require(id);
    switch (name.toLowerCase(Locale.ROOT)) {
      case "successfulresults":
        return job.successfulResults();
      case "failedresults":
        return job.failedResults();
      case "unprocessedrecords":
        return job.unprocessedRecords();
      default:
        throw SalesforceFault.notFound();
    }
  }

  private static SalesforceFault invalidJob(String message) {
    return new SalesforceFault(400, "INVALIDJOB", "InvalidJob : " + message, List.of());
  }

  /** Shows the number of jobs. */
  @Override
  public synchronized String toString() {
    return "IngestJobs{" + jobs + "}";
  }
}
