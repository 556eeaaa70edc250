package dev.salescloud.client.bulk;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of a bulk write: one {@link RecordOutcome} per input record, in input order, the
 * jobs that ran, and the API calls spent. Immutable.
 *
 * <pre>{@code
 * IngestResult result = sf.bulk().insert(leads);
 * result.outcomes().get(0).id();         // the first lead's new id
 * result.failures();                     // the records Salesforce refused, with their errors
 * result.apiCalls();                     // e.g. 7 for 10,000 leads in one job
 * }</pre>
 */
public final class IngestResult {
  private final List<RecordOutcome> outcomes;
  private final List<BulkJob> jobs;
  private final int apiCalls;

  /**
   * A result.
   *
   * @param outcomes one per input record, in input order
   * @param jobs the jobs that ran, in order
   * @param apiCalls the API calls spent
   */
  public IngestResult(List<RecordOutcome> outcomes, List<BulkJob> jobs, int apiCalls) {
    this.outcomes = List.copyOf(InvalidArgumentException.requireNonNull(outcomes, "outcomes"));
    this.jobs = List.copyOf(InvalidArgumentException.requireNonNull(jobs, "jobs"));
    this.apiCalls = apiCalls;
    for (int i = 0; i < this.outcomes.size(); i++) {
      if (this.outcomes.get(i).index() != i) {
        throw new InvalidArgumentException(
            "outcomes", "outcomes[" + i + "] is for input record #" + this.outcomes.get(i).index());
      }
    }
  }

  /**
   * One outcome per input record, in input order.
   *
   * @return the outcomes
   */
  public List<RecordOutcome> outcomes() {
    return outcomes;
  }

  /**
   * The outcomes of the records that were not saved, in input order.
   *
   * @return failed, unprocessed and unknown outcomes
   */
  public List<RecordOutcome> failures() {
    return outcomes.stream().filter(o -> !o.isSaved()).collect(Collectors.toList());
  }

  /**
   * The number of records saved.
   *
   * @return the count
   */
  public int savedCount() {
    return (int) outcomes.stream().filter(RecordOutcome::isSaved).count();
  }

  /**
   * The Bulk API 2.0 jobs that ran, in order; empty when no job was needed.
   *
   * @return the jobs
   */
  public List<BulkJob> jobs() {
    return jobs;
  }

  /**
   * The API calls spent: every request sent, polls included (retries of one request not counted).
   *
   * @return the count
   */
  public int apiCalls() {
    return apiCalls;
  }

  /** Shows the counts. */
  @Override
  public String toString() {
    return "IngestResult{" + outcomes.size() + " records, " + savedCount() + " saved, " + jobs.size()
        + " jobs, " + apiCalls + " API calls}";
  }
}
