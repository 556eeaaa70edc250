package dev.salescloud.client.bulk;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.ApiException;
import dev.salescloud.model.error.SalesCloudException;
import dev.salescloud.model.error.TransportException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One ingest job from creation to results: create, upload the one CSV, close, poll until the job
 * ends, read the three result CSVs and turn them into one outcome per uploaded row.
 */
final class IngestJobRun {
  private static final TypeReference<JsonNode> TREE = new TypeReference<>() {};
  private static final String CSV = "text/csv";

  private final ApiExchange exchange;
  private final String jobsPath;
  private final Polling polling;
  private final AtomicInteger calls;

  IngestJobRun(ApiExchange exchange, String jobsPath, Polling polling, AtomicInteger calls) {
    this.exchange = exchange;
    this.jobsPath = jobsPath;
    this.polling = polling;
    this.calls = calls;
  }

  /** What a run gives back: the outcome of each uploaded row by input position, and the job. */
  static final class Outcome {
    final Map<Integer, RecordOutcome> byIndex;
    final Optional<BulkJob> job;

    Outcome(Map<Integer, RecordOutcome> byIndex, Optional<BulkJob> job) {
      this.byIndex = byIndex;
      this.job = job;
    }
  }

  Outcome run(BulkOperation operation, String object, String externalIdField, List<String> header,
      List<String[]> rows, byte[] csv, int[] indexes) {
    BulkJob job;
    try {
      job = create(operation, object, externalIdField);
    } catch (SalesCloudException e) {
      return new Outcome(all(indexes, rows, header, RecordOutcome.Status.NOT_PROCESSED, errorOf(e)), Optional.empty());
    }
    String jobPath = jobsPath + "/" + job.id();
    try {
      calls.incrementAndGet();
      exchange.sendBytes("PUT", jobPath + "/batches", csv, "text/csv", "application/json", false);
    } catch (SalesCloudException e) {
      abortQuietly(jobPath);
      RecordOutcome.Status status = e instanceof TransportException && ((TransportException) e).requestSent()
          ? RecordOutcome.Status.UNKNOWN : RecordOutcome.Status.NOT_PROCESSED;
      return new Outcome(all(indexes, rows, header, status, errorOf(e)), Optional.of(job));
    }
    BulkJob finished;
    try {
      calls.incrementAndGet();
      exchange.send("PATCH", jobPath, state("UploadComplete"), true);
      finished = polling.awaitEnd(exchange, jobPath, calls);
    } catch (SalesCloudException e) {
      return new Outcome(all(indexes, rows, header, RecordOutcome.Status.UNKNOWN, errorOf(e)), Optional.of(job));
    }
    return new Outcome(results(jobPath, finished, header, rows, indexes), Optional.of(finished));
  }

  private BulkJob create(BulkOperation operation, String object, String externalIdField) {
    ObjectNode body = exchange.mapper().createObjectNode();
    body.put("object", object);
    body.put("operation", operation.wireName());
    if (externalIdField != null) {
      body.put("externalIdFieldName", externalIdField);
    }
    body.put("contentType", "CSV");
    body.put("columnDelimiter", "COMMA");
    body.put("lineEnding", "LF");
    calls.incrementAndGet();
    return BulkJob.from(exchange.call("POST", jobsPath, body, false, TREE), "POST", jobsPath);
  }

  private Map<Integer, RecordOutcome> results(
      String jobPath, BulkJob job, List<String> header, List<String[]> rows, int[] indexes) {
    ResultRows matcher = new ResultRows(header, rows, indexes);
    Map<Integer, RecordOutcome> out = new HashMap<>();
    CsvTable saved = fetch(jobPath + "/successfulResults/");
    int id = saved.column("sf__Id");
    int created = saved.column("sf__Created");
    for (String[] row : saved.rows) {
      int index = matcher.take(saved, row);
      if (index >= 0 && id >= 0 && SalesforceId.isValid(row[id])) {
        out.put(index, RecordOutcome.saved(index, SalesforceId.of(row[id]),
            created >= 0 && row[created].equalsIgnoreCase("true")));
      }
    }
    CsvTable failed = fetch(jobPath + "/failedResults/");
    int failedId = failed.column("sf__Id");
    int error = failed.column("sf__Error");
    for (String[] row : failed.rows) {
      int index = matcher.take(failed, row);
      if (index >= 0) {
        Optional<SalesforceId> given = failedId >= 0 && SalesforceId.isValid(row[failedId])
            ? Optional.of(SalesforceId.of(row[failedId])) : Optional.empty();
        RecordOutcome refused = RecordOutcome.notSaved(index, RecordOutcome.Status.FAILED,
            List.of(error >= 0 ? ResultRows.error(row[error]) : ApiError.of("UNKNOWN_EXCEPTION", "no sf__Error")));
        out.put(index, given.map(refused::withId).orElse(refused));
      }
    }
    CsvTable unprocessed = fetch(jobPath + "/unprocessedrecords/");
    ApiError why = ApiError.of(job.state() == JobState.ABORTED ? "JOB_ABORTED" : "JOB_FAILED",
        "Bulk API 2.0 job " + job.id() + " ended " + job.state().wireName()
            + job.errorMessage().map(m -> ": " + m).orElse("") + " before processing this record");
    for (String[] row : unprocessed.rows) {
      int index = matcher.take(unprocessed, row);
      if (index >= 0) {
        out.put(index, RecordOutcome.notSaved(index, RecordOutcome.Status.NOT_PROCESSED, List.of(why)));
      }
    }
    ApiError missing = ApiError.of("NO_RESULT_ROW",
        "Bulk API 2.0 job " + job.id() + " (" + job.state().wireName() + job.errorMessage().map(m -> ": " + m).orElse("")
            + ") reported no result for this record; check it before sending it again");
    for (int i = 0; i < indexes.length; i++) {
      out.computeIfAbsent(indexes[i], index -> RecordOutcome.notSaved(
          index, job.state() == JobState.JOB_COMPLETE ? RecordOutcome.Status.UNKNOWN : RecordOutcome.Status.NOT_PROCESSED,
          List.of(job.state() == JobState.JOB_COMPLETE ? missing : why)));
    }
    return out;
  }

  private CsvTable fetch(String path) {
    calls.incrementAndGet();
    byte[] body = exchange.sendAccepting("GET", path, CSV).body();
    try {
      return CsvTable.read(body);
    } catch (IOException e) {
      throw new TransportException("GET " + path + " answered a body that is not CSV: " + e.getMessage(), true, 200, e);
    }
  }

  private void abortQuietly(String jobPath) {
    try {
      calls.incrementAndGet();
      exchange.send("PATCH", jobPath, state("Aborted"), true);
    } catch (SalesCloudException ignored) {
      // The job stays Open and Salesforce purges it; the records are reported as not processed.
    }
  }

  private ObjectNode state(String state) {
    return exchange.mapper().createObjectNode().put("state", state);
  }

  private static Map<Integer, RecordOutcome> all(
      int[] indexes, List<String[]> rows, List<String> header, RecordOutcome.Status status, ApiError error) {
    Map<Integer, RecordOutcome> out = new HashMap<>();
    int idColumn = -1;
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase("Id")) {
        idColumn = i;
      }
    }
    for (int i = 0; i < indexes.length; i++) {
      String id = idColumn < 0 ? "" : rows.get(i)[idColumn];
      RecordOutcome notSaved = RecordOutcome.notSaved(indexes[i], status, List.of(error));
      out.put(indexes[i], SalesforceId.isValid(id) ? notSaved.withId(SalesforceId.of(id)) : notSaved);
    }
    return out;
  }

  private static ApiError errorOf(SalesCloudException e) {
    if (e instanceof ApiException && !((ApiException) e).errors().isEmpty()) {
      return ((ApiException) e).errors().get(0);
    }
    return ApiError.of("TRANSPORT_ERROR", e.getMessage());
  }
}
