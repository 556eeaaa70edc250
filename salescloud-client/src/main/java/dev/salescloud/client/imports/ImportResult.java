package dev.salescloud.client.imports;

import dev.salescloud.client.bulk.BulkJob;
import dev.salescloud.client.bulk.IngestResult;
import dev.salescloud.client.bulk.RecordOutcome;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;

/**
 * The outcome of an import: the path it took, one {@link RecordOutcome} per input record in input
 * order, the Bulk API 2.0 jobs if any, and the API calls spent. Immutable.
 *
 * <pre>{@code
 * ImportResult result = sf.imports().insert(leads);
 * result.path();          // BULK for 10,000 leads
 * result.apiCalls();      // e.g. 8
 * result.failures();      // the leads Salesforce refused, each with its errors
 * }</pre>
 */
public final class ImportResult {
  private final ImportPath path;
  private final IngestResult result;

  ImportResult(ImportPath path, IngestResult result) {
    this.path = InvalidArgumentException.requireNonNull(path, "path");
    this.result = InvalidArgumentException.requireNonNull(result, "result");
  }

  /**
   * The path the import took.
   *
   * @return {@code COLLECTIONS} or {@code BULK}
   */
  public ImportPath path() {
    return path;
  }

  /**
   * One outcome per input record, in input order.
   *
   * @return the outcomes
   */
  public List<RecordOutcome> outcomes() {
    return result.outcomes();
  }

  /**
   * The outcomes of the records that were not saved, in input order.
   *
   * @return failed, unprocessed and unknown outcomes
   */
  public List<RecordOutcome> failures() {
    return result.failures();
  }

  /**
   * The number of records saved.
   *
   * @return the count
   */
  public int savedCount() {
    return result.savedCount();
  }

  /**
   * The Bulk API 2.0 jobs that ran; empty on the collections path.
   *
   * @return the jobs
   */
  public List<BulkJob> jobs() {
    return result.jobs();
  }

  /**
   * The API calls spent.
   *
   * @return the count
   */
  public int apiCalls() {
    return result.apiCalls();
  }

  /** Shows the path and counts. */
  @Override
  public String toString() {
    return "ImportResult{" + path + ", " + outcomes().size() + " records, " + savedCount() + " saved, "
        + apiCalls() + " API calls}";
  }
}
