package dev.salescloud.client.bulk;

import dev.salescloud.model.error.InvalidArgumentException;

/**
 * The state of a Bulk API 2.0 job: {@code Open} → (one upload) → {@code UploadComplete} → {@code
 * InProgress} → {@code JobComplete} or {@code Failed}; {@code Aborted} when stopped. Query jobs
 * start at {@code UploadComplete}.
 */
public enum JobState {
  /** Created; waiting for its one CSV upload. */
  OPEN("Open"),
  /** Closed; queued for processing. */
  UPLOAD_COMPLETE("UploadComplete"),
  /** Being processed. */
  IN_PROGRESS("InProgress"),
  /** Processed; rows may still have failed one by one ({@code numberRecordsFailed}). */
  JOB_COMPLETE("JobComplete"),
  /** Failed as a whole ({@code errorMessage}); rows committed before are not rolled back. */
  FAILED("Failed"),
  /** Stopped by a client. */
  ABORTED("Aborted");

  private final String wireName;

  JobState(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The name Salesforce uses in the job's {@code state}.
   *
   * @return for example {@code JobComplete}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Tells whether the job will not change any more.
   *
   * @return true for {@code JobComplete}, {@code Failed} and {@code Aborted}
   */
  public boolean isTerminal() {
    return this == JOB_COMPLETE || this == FAILED || this == ABORTED;
  }

  /**
   * The state with a wire name.
   *
   * @param wireName for example {@code InProgress}
   * @return the state
   * @throws InvalidArgumentException for a name Salesforce does not use
   */
  public static JobState ofWireName(String wireName) {
    for (JobState state : values()) {
      if (state.wireName.equals(wireName)) {
        return state;
      }
    }
    throw new InvalidArgumentException(
        "state", "'" + wireName + "' is not a Bulk API 2.0 job state (Open, UploadComplete, InProgress,"
            + " JobComplete, Failed, Aborted)");
  }
}
