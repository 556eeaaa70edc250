package dev.salescloud.testkit.bulk;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.bulk.JobState;
import dev.salescloud.model.json.SalesforceDateTimes;
import dev.salescloud.testkit.schema.SalesforceFault;
import java.time.Instant;
import java.util.List;

/** What ingest and query jobs share: identity, state, dialect and the JobInfo they answer. */
abstract class Job {
  final String id;
  final String object;
  final String operation;
  final int version;
  final CsvDialect dialect;
  private final String createdById;
  private final Instant created;
  private Instant modstamp;
  private JobState state;
  private String errorMessage;

  Job(JobIdentity identity, String object, String operation, CsvDialect dialect, JobState state) {
    this.id = identity.id;
    this.createdById = identity.createdById;
    this.created = identity.now;
    this.version = identity.version;
    this.modstamp = identity.now;
    this.object = object;
    this.operation = operation;
    this.dialect = dialect;
    this.state = state;
  }

  JobState state() {
    return state;
  }

  void moveTo(JobState next, Instant now) {
    state = next;
    modstamp = now;
  }

  void fail(String message, Instant now) {
    errorMessage = message;
    moveTo(JobState.FAILED, now);
  }

  /** Aborts a job that has not finished; a finished one is {@code INVALIDJOBSTATE}. */
  void abort(Instant now) {
    if (state.isTerminal()) {
      throw invalidState("Aborting already "
          + (state == JobState.JOB_COMPLETE ? "Completed" : state.wireName()) + " Job not allowed");
    }
    moveTo(JobState.ABORTED, now);
  }

  /** Refuses to delete a job that has not finished. */
  void requireDeletable() {
    if (!state.isTerminal()) {
      throw new SalesforceFault(400, "API_ERROR",
          "Error encountered when deleting the job because the job is not terminated", List.of());
    }
  }

  static SalesforceFault invalidState(String message) {
    return new SalesforceFault(400, "INVALIDJOBSTATE", message, List.of());
  }

  /** The JobInfo: what the create and state-change replies carry. */
  final ObjectNode info() {
    ObjectNode info = JsonNodeFactory.instance.objectNode();
    info.put("id", id);
    info.put("operation", operation);
    info.put("object", object);
    info.put("createdById", createdById);
    info.put("createdDate", SalesforceDateTimes.formatDateTime(created));
    info.put("systemModstamp", SalesforceDateTimes.formatDateTime(modstamp));
    info.put("state", state.wireName());
    describe(info);
    info.put("concurrencyMode", "Parallel");
    info.put("contentType", "CSV");
    info.put("apiVersion", (double) version);
    info.put("lineEnding", dialect.lineEnding());
    info.put("columnDelimiter", dialect.delimiter());
    return info;
  }

  /** The JobInfo of {@code GET} on the job: the reply of {@link #info()} with its counters. */
  final ObjectNode detail() {
    ObjectNode info = info();
    count(info);
    info.put("retries", 0);
    info.put("totalProcessingTime", 0L);
    if (errorMessage != null) {
      info.put("errorMessage", errorMessage);
    }
    return info;
  }

  /** Adds the properties of this kind of job that come before {@code concurrencyMode}. */
  abstract void describe(ObjectNode info);

  /** Adds {@code jobType} and the record counters. */
  abstract void count(ObjectNode info);

  /** Shows the id, operation, object and state; never record values. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + id + ", " + operation + " " + object + ", "
        + state.wireName() + "}";
  }
}
