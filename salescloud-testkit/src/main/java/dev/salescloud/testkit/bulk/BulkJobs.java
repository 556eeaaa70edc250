package dev.salescloud.testkit.bulk;

import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.testkit.store.OrgStore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Bulk API 2.0 jobs of a fake org: {@link #ingest()} for CSV writes and {@link #queries()}
 * for query jobs. Job ids are 18 characters with the prefix {@code 750}, unique across both. Jobs
 * run on the thread that closes or polls them: nothing runs in the background, so tests are
 * deterministic.
 *
 * <pre>{@code
 * BulkJobs jobs = new BulkJobs(org.store());
 * jobs.ingest().list();
 * }</pre>
 */
public final class BulkJobs {
  private final IngestJobs ingest;
  private final QueryJobs queries;

  /**
   * Creates the jobs of an org, none yet.
   *
   * @param store the org's records, which the jobs write and read
   */
  public BulkJobs(OrgStore store) {
    InvalidArgumentException.requireNonNull(store, "store");
    AtomicLong ids = new AtomicLong();
    this.ingest = new IngestJobs(store, ids);
    this.queries = new QueryJobs(store, ids);
  }

  /**
   * The ingest jobs, {@code jobs/ingest}.
   *
   * @return the ingest jobs
   */
  public IngestJobs ingest() {
    return ingest;
  }

  /**
   * The query jobs, {@code jobs/query}.
   *
   * @return the query jobs
   */
  public QueryJobs queries() {
    return queries;
  }

  /** Shows the job counts. */
  @Override
  public String toString() {
    return "BulkJobs{" + ingest + ", " + queries + "}";
  }
}
