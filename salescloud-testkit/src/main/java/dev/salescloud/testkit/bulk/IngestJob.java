package dev.salescloud.testkit.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.bulk.JobState;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.store.OrgStore;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One Bulk API 2.0 ingest job: created {@code Open}, given one CSV, closed, then run at once on
 * the closing thread, ending {@code JobComplete} (rows may still fail one by one) or {@code
 * Failed} (a header the object does not have, CSV that does not parse).
 */
final class IngestJob extends Job {
  private static final List<String> SUCCESS = List.of("sf__Id", "sf__Created");
  private static final List<String> FAILURE = List.of("sf__Id", "sf__Error");

  final String externalIdField;
  private byte[] upload;
  private List<String> header = List.of();
  private List<String[]> rows = List.of();
  private final List<String[]> successes = new ArrayList<>();
  private final List<String[]> failures = new ArrayList<>();
  private List<String[]> unprocessed = List.of();
  private long processed;

  IngestJob(JobIdentity identity, String object, String operation, String externalIdField,
      CsvDialect dialect) {
    super(identity, object, operation, dialect, JobState.OPEN);
    this.externalIdField = externalIdField;
  }

  /** Takes the job's one CSV; a second upload is {@code BULK_API_ERROR}. */
  void upload(byte[] csv) {
    if (upload != null) {
      throw new SalesforceFault(400, "BULK_API_ERROR", "Found multiple contents for job: <" + id
          + ">, please 'Close' / 'Abort' / 'Delete' the current Job then create a new Job and make"
          + " sure you only do 'PUT' once on a given Job.", List.of());
    }
    if (state() != JobState.OPEN) {
      throw invalidState("Job is not in Open state: " + state().wireName());
    }
    upload = csv.clone();
  }

  /**
   * Closes the job and runs it; the reply shows it {@code UploadComplete}, as Salesforce's does.
   */
  ObjectNode close(OrgStore store, Instant now) {
    if (state() != JobState.OPEN) {
      throw invalidState("Closing a job that is " + state().wireName() + " is not allowed");
    }
    moveTo(JobState.UPLOAD_COMPLETE, now);
    ObjectNode reply = info();
    moveTo(JobState.IN_PROGRESS, now);
    run(store, now);
    return reply;
  }

  /** Aborts the job; its uploaded rows are reported unprocessed. */
  @Override
  void abort(Instant now) {
    super.abort(now);
    parse();
    unprocessed = rows;
  }

  private void run(OrgStore store, Instant now) {
    if (!parse()) {
      unprocessed = rows;
      fail("InvalidBatch : Failed to parse CSV: the upload is not " + dialect.delimiter()
          + "-separated CSV", now);
      return;
    }
    IngestRows apply;
    try {
      apply = IngestRows.of(store, this, header);
    } catch (SalesforceFault fault) {
      unprocessed = rows;
      fail(fault.getMessage(), now);
      return;
    }
    for (String[] row : rows) {
      IngestRows.Outcome outcome = apply.apply(row);
      processed++;
      if (outcome.error.isPresent()) {
        failures.add(prefixed(row, outcome.id, outcome.error.get()));
      } else {
        successes.add(prefixed(row, outcome.id, Boolean.toString(outcome.created)));
      }
    }
    moveTo(JobState.JOB_COMPLETE, now);
  }

  /** Reads the upload into header and rows; false when it is not CSV. */
  private boolean parse() {
    if (upload == null || !header.isEmpty()) {
      return true;
    }
    List<String[]> all;
    try {
      all = dialect.read(upload);
    } catch (IOException | RuntimeException e) {
      return false;
    }
    if (!all.isEmpty()) {
      header = Arrays.asList(all.get(0));
      rows = all.subList(1, all.size());
    }
    return true;
  }

  private static String[] prefixed(String[] row, String first, String second) {
    String[] out = new String[row.length + 2];
    out[0] = first;
    out[1] = second;
    System.arraycopy(row, 0, out, 2, row.length);
    return out;
  }

  /** {@code successfulResults}: {@code "sf__Id","sf__Created"} and the uploaded columns. */
  byte[] successfulResults() {
    return dialect.write(SUCCESS, header, successes);
  }

  /** {@code failedResults}: {@code "sf__Id","sf__Error"} and the uploaded columns. */
  byte[] failedResults() {
    return dialect.write(FAILURE, header, failures);
  }

  /** {@code unprocessedrecords}: the uploaded header and the rows never attempted. */
  byte[] unprocessedRecords() {
    return dialect.write(List.of(), header, unprocessed);
  }

  @Override
  void describe(ObjectNode info) {
    if (externalIdField != null) {
      info.put("externalIdFieldName", externalIdField);
    }
    info.put("contentUrl", "services/data/v" + version + ".0/jobs/ingest/" + id + "/batches");
  }

  @Override
  void count(ObjectNode info) {
    info.put("jobType", "V2Ingest");
    info.put("numberRecordsProcessed", processed);
    info.put("numberRecordsFailed", (long) failures.size());
    info.put("apiActiveProcessingTime", 0L);
    info.put("apexProcessingTime", 0L);
  }
}
