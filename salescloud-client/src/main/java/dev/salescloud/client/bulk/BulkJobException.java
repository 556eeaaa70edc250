package dev.salescloud.client.bulk;

import dev.salescloud.model.error.SalesCloudException;

/**
 * A Bulk API 2.0 query job that ended {@code Failed} or {@code Aborted} instead of {@code
 * JobComplete}; {@link #job()} has Salesforce's {@code errorMessage}.
 */
public final class BulkJobException extends SalesCloudException {
  private static final long serialVersionUID = 1L;

  private final transient BulkJob job;

  /**
   * An exception for a job that did not complete.
   *
   * @param job the job as last read
   */
  public BulkJobException(BulkJob job) {
    super("Bulk API 2.0 job " + job.id() + " (" + job.operation() + " " + job.object() + ") ended "
        + job.state().wireName() + job.errorMessage().map(m -> ": " + m).orElse("")
        + "; fix the cause and run it again");
    this.job = job;
  }

  /**
   * The job as last read.
   *
   * @return the job
   */
  public BulkJob job() {
    return job;
  }
}
