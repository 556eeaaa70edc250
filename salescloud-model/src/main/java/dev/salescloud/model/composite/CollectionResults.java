package dev.salescloud.model.composite;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.result.SaveResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answer to an sObject Collections create, update, upsert or delete: a JSON array with one
 * {@link SaveResult} per record, in the order of the request.
 *
 * <pre>{@code
 * [{"id":"001RM000003oLnnYAE","success":true,"errors":[]},
 *  {"success":false,"errors":[{"statusCode":"DUPLICATES_DETECTED","message":"Use one of these records?","fields":[]}]}]
 * }</pre>
 *
 * <p>Errors here carry the key {@code statusCode} (not {@code errorCode}); {@link ApiError#code()}
 * reads either. Upsert results add {@code "created": true|false} ({@link #created(int)}); delete
 * results have the same shape as save results and are read as such.
 *
 * <h2>All or none</h2>
 *
 * <p>When a request with {@code allOrNone = true} fails, the records that were fine answer {@code
 * success:false} with {@code ALL_OR_NONE_OPERATION_ROLLED_BACK}, and the bad ones their own error:
 * {@link #rolledBack()} says so and {@link #failedIndexes()} points at the records to fix.
 *
 * <pre>{@code
 * CollectionResults results = ...;
 * if (results.rolledBack()) {
 *   for (int i : results.failedIndexes()) { fix(records.get(i), results.get(i).errors()); }
 * }
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class CollectionResults {
  /** The statusCode of records rolled back because another record of the request failed. */
  public static final String ALL_OR_NONE_OPERATION_ROLLED_BACK = "ALL_OR_NONE_OPERATION_ROLLED_BACK";

  private final List<SaveResult> results;

  private CollectionResults(List<SaveResult> results) {
    this.results = results;
  }

  /**
   * Results in request order.
   *
   * @param results one per record
   * @return the results
   * @throws InvalidArgumentException if the list or an element is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CollectionResults of(List<SaveResult> results) {
    InvalidArgumentException.requireNonNull(results, "results");
    List<SaveResult> copy = new ArrayList<>(results.size());
    for (int i = 0; i < results.size(); i++) {
      copy.add(InvalidArgumentException.requireNonNull(results.get(i), "results[" + i + "]"));
    }
    return new CollectionResults(List.copyOf(copy));
  }

  /**
   * The results, one per record of the request, in its order.
   *
   * @return an unmodifiable list
   */
  @JsonValue
  public List<SaveResult> results() {
    return results;
  }

  /**
   * The number of results.
   *
   * @return as many as the request had records
   */
  public int size() {
    return results.size();
  }

  /**
   * The result of the record at an index of the request.
   *
   * @param index the record's 0-based position in the request
   * @return its result
   * @throws InvalidArgumentException if there is no result at that index
   */
  public SaveResult get(int index) {
    if (index < 0 || index >= results.size()) {
      throw new InvalidArgumentException(
          "index", "No result at index " + index + "; there are " + results.size());
    }
    return results.get(index);
  }

  /**
   * Whether any record failed (rolled-back ones included).
   *
   * @return {@code true} if a result has {@code success:false}
   */
  public boolean hasErrors() {
    return results.stream().anyMatch(r -> !r.success());
  }

  /**
   * Whether records were rolled back because another record failed in an {@code allOrNone}
   * request: nothing of the request was saved.
   *
   * @return {@code true} if a result carries {@code ALL_OR_NONE_OPERATION_ROLLED_BACK}
   */
  public boolean rolledBack() {
    return results.stream().anyMatch(CollectionResults::isRolledBack);
  }

  /**
   * Whether one result failed only because it was rolled back.
   *
   * @param result a result
   * @return {@code true} if every error is {@code ALL_OR_NONE_OPERATION_ROLLED_BACK}
   */
  public static boolean isRolledBack(SaveResult result) {
    InvalidArgumentException.requireNonNull(result, "result");
    return ResponseBodies.allHaveCode(result.errors(), ALL_OR_NONE_OPERATION_ROLLED_BACK);
  }

  /**
   * The positions of the records that failed on their own account (not merely rolled back).
   *
   * @return 0-based indexes into the request's records, in order
   */
  public List<Integer> failedIndexes() {
    List<Integer> failed = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      if (!results.get(i).success() && !isRolledBack(results.get(i))) {
        failed.add(i);
      }
    }
    return List.copyOf(failed);
  }

  /**
   * The ids of the results, in order: the saved or deleted record's id, empty where a failed
   * result has none.
   *
   * @return one entry per result
   */
  public List<Optional<SalesforceId>> ids() {
    return results.stream().map(SaveResult::id).toList();
  }

  /**
   * Whether an upsert created the record ({@code true}) or updated it ({@code false}).
   *
   * @param index the record's 0-based position in the request
   * @return the {@code created} flag of an upsert result; empty for other results
   * @throws InvalidArgumentException if there is no result at that index
   */
  public Optional<Boolean> created(int index) {
    JsonNode created = get(index).otherFields().get("created");
    return created != null && created.isBoolean() ? Optional.of(created.booleanValue()) : Optional.empty();
  }

  /** Equal when both hold equal results in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CollectionResults && ((CollectionResults) o).results.equals(results);
  }

  /** Hashes the results. */
  @Override
  public int hashCode() {
    return results.hashCode();
  }

  /** Counts the results and failures and names the error codes. */
  @Override
  public String toString() {
    long failed = results.stream().filter(r -> !r.success()).count();
    return "CollectionResults{" + results.size() + " results, " + failed + " failed"
        + (rolledBack() ? ", rolled back" : "")
        + (failed == 0
            ? ""
            : ", codes=" + results.stream().flatMap(r -> r.errors().stream()).map(ApiError::code)
                .distinct().toList())
        + "}";
  }
}
