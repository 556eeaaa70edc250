package dev.salescloud.client.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.TransportException;
import java.util.Optional;

/**
 * What Salesforce reports about a Bulk API 2.0 job (its JobInfo): id, object, operation, state,
 * record counters and, for a failed job, the reason. Immutable; read one with {@link
 * BulkClient#job(String)}.
 */
public final class BulkJob {
  private final String id;
  private final String object;
  private final String operation;
  private final JobState state;
  private final long processed;
  private final long failed;
  private final Optional<String> errorMessage;

  private BulkJob(
      String id, String object, String operation, JobState state, long processed, long failed,
      Optional<String> errorMessage) {
    this.id = id;
    this.object = object;
    this.operation = operation;
    this.state = state;
    this.processed = processed;
    this.failed = failed;
    this.errorMessage = errorMessage;
  }

  /** Reads a JobInfo answer; a body without id or state is the server's fault, not the caller's. */
  static BulkJob from(JsonNode info, String method, String path) {
    JsonNode id = info.path("id");
    JsonNode state = info.path("state");
    if (!id.isTextual() || !state.isTextual()) {
      throw new TransportException(
          method + " " + path + " answered a body that is not a Bulk API 2.0 JobInfo (no id or state)",
          true, 200, null);
    }
    JobState parsed;
    try {
      parsed = JobState.ofWireName(state.textValue());
    } catch (InvalidArgumentException e) {
      throw new TransportException(method + " " + path + " answered: " + e.getMessage(), true, 200, e);
    }
    return new BulkJob(
        id.textValue(),
        info.path("object").asText(""),
        info.path("operation").asText(""),
        parsed,
        info.path("numberRecordsProcessed").asLong(0),
        info.path("numberRecordsFailed").asLong(0),
        Optional.ofNullable(info.path("errorMessage").textValue()).filter(m -> !m.isEmpty()));
  }

  /**
   * The job's id.
   *
   * @return 18 characters starting {@code 750}
   */
  public String id() {
    return id;
  }

  /**
   * The object the job writes or reads.
   *
   * @return for example {@code Lead}
   */
  public String object() {
    return object;
  }

  /**
   * The operation, as Salesforce names it.
   *
   * @return for example {@code insert} or {@code query}
   */
  public String operation() {
    return operation;
  }

  /**
   * The job's state.
   *
   * @return the state
   */
  public JobState state() {
    return state;
  }

  /**
   * The rows processed so far, failed ones included.
   *
   * @return {@code numberRecordsProcessed}
   */
  public long recordsProcessed() {
    return processed;
  }

  /**
   * The rows that failed.
   *
   * @return {@code numberRecordsFailed}
   */
  public long recordsFailed() {
    return failed;
  }

  /**
   * Why the whole job failed.
   *
   * @return the {@code errorMessage} of a {@code Failed} job
   */
  public Optional<String> errorMessage() {
    return errorMessage;
  }

  /** Shows the id, object, operation, state and counters. */
  @Override
  public String toString() {
    return "BulkJob{" + id + ", " + operation + " " + object + ", " + state.wireName() + ", processed="
        + processed + ", failed=" + failed + "}";
  }
}
