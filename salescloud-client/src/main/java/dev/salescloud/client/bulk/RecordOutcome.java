package dev.salescloud.client.bulk;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import java.util.Optional;

/**
 * What happened to one input record of a bulk write or an import: saved (with its id, and
 * whether it was created), failed (with Salesforce's errors), not processed (the job failed or
 * was aborted before reaching it), or unknown (the exchange broke after the record was sent, so it
 * may or may not have been saved: check before sending it again). Immutable.
 */
public final class RecordOutcome {
  /** The four outcomes a record can have. */
  public enum Status {
    /** Saved; {@link #id()} is the record's id. */
    SAVED,
    /** Refused by Salesforce; {@link #errors()} says why. Nothing was written for it. */
    FAILED,
    /** Never attempted: its job failed or was aborted first. Safe to send again. */
    NOT_PROCESSED,
    /** May or may not have been saved: the exchange broke after sending it. Check first. */
    UNKNOWN
  }

  private final int index;
  private final Status status;
  private final Optional<SalesforceId> id;
  private final boolean created;
  private final List<ApiError> errors;

  private RecordOutcome(int index, Status status, Optional<SalesforceId> id, boolean created, List<ApiError> errors) {
    this.index = index;
    this.status = status;
    this.id = id;
    this.created = created;
    this.errors = List.copyOf(errors);
  }

  /**
   * A saved record.
   *
   * @param index the record's position in the input
   * @param id its id
   * @param created whether it was created (insert, or upsert that inserted)
   * @return the outcome
   */
  public static RecordOutcome saved(int index, SalesforceId id, boolean created) {
    return new RecordOutcome(index, Status.SAVED, Optional.of(InvalidArgumentException.requireNonNull(id, "id")),
        created, List.of());
  }

  /**
   * A record Salesforce refused, or one that was not saved for another reason.
   *
   * @param index the record's position in the input
   * @param status {@code FAILED}, {@code NOT_PROCESSED} or {@code UNKNOWN}
   * @param errors why; at least one
   * @return the outcome, without an id; add the record's known id with {@link #withId}
   */
  public static RecordOutcome notSaved(int index, Status status, List<ApiError> errors) {
    InvalidArgumentException.requireNonNull(status, "status");
    if (status == Status.SAVED) {
      throw new InvalidArgumentException("status", "notSaved takes FAILED, NOT_PROCESSED or UNKNOWN, not SAVED");
    }
    InvalidArgumentException.requireNonNull(errors, "errors");
    if (errors.isEmpty()) {
      throw new InvalidArgumentException("errors", "A record that was not saved needs at least one error saying why");
    }
    return new RecordOutcome(index, status, Optional.empty(), false, errors);
  }

  /**
   * The same outcome with the record's id, known for updates and deletes even when they fail.
   *
   * @param id the record's id
   * @return the outcome with the id
   */
  public RecordOutcome withId(SalesforceId id) {
    return new RecordOutcome(index, status, Optional.of(InvalidArgumentException.requireNonNull(id, "id")),
        created, errors);
  }

  /**
   * The same outcome for another input position, when a larger input was split into parts.
   *
   * @param index the record's position in the larger input
   * @return the outcome at that position
   */
  public RecordOutcome atIndex(int index) {
    return new RecordOutcome(index, status, id, created, errors);
  }

  /**
   * The record's position in the input, from 0.
   *
   * @return the index
   */
  public int index() {
    return index;
  }

  /**
   * What happened to the record.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Tells whether the record was saved.
   *
   * @return true for {@link Status#SAVED}
   */
  public boolean isSaved() {
    return status == Status.SAVED;
  }

  /**
   * The record's id: the new id of a created record, the given id of an update or delete.
   *
   * @return the id, when known
   */
  public Optional<SalesforceId> id() {
    return id;
  }

  /**
   * Tells whether the record was created rather than updated.
   *
   * @return true for inserts and upserts that inserted
   */
  public boolean created() {
    return created;
  }

  /**
   * Why the record was not saved.
   *
   * @return the errors; empty for a saved record
   */
  public List<ApiError> errors() {
    return errors;
  }

  /** Shows the index, status, id and error codes; never field values. */
  @Override
  public String toString() {
    return "RecordOutcome{#" + index + " " + status + id.map(i -> " " + i.value()).orElse("")
        + (errors.isEmpty() ? "" : " " + errors.stream().map(ApiError::code).toList()) + "}";
  }
}
