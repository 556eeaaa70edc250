package dev.salescloud.model.composite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The answer to a batch request: one {@link BatchResult} per subrequest, in order, and whether any
 * failed. Salesforce answers {@code 200} even when subrequests fail.
 *
 * <pre>{@code
 * {"hasErrors":false,"results":[{"statusCode":204,"result":null},
 *   {"statusCode":200,"result":{"attributes":{"type":"Account","url":"..."},"Name":"NewName"}}]}
 * }</pre>
 *
 * <p>Each subrequest committed on its own: a failure undoes nothing that ran before it.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableBatchResponse.class)
@JsonDeserialize(as = ImmutableBatchResponse.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"hasErrors", "results"})
public abstract class BatchResponse {
  BatchResponse() {}

  /**
   * Whether any subrequest answered {@code 4xx} or {@code 5xx}, as Salesforce reports it.
   *
   * @return {@code true} if a subrequest failed or was halted
   */
  @JsonProperty("hasErrors")
  public abstract boolean hasErrors();

  /**
   * The results, in the order of the subrequests.
   *
   * @return one per subrequest
   */
  @JsonProperty("results")
  public abstract List<BatchResult> results();

  /**
   * The subrequests that failed on their own account, not halted by {@code haltOnError}.
   *
   * @return the failed results that are not halted, in order
   */
  public List<BatchResult> failures() {
    return results().stream()
        .filter(r -> !r.isSuccess() && !r.isHalted())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The index of the first subrequest that failed on its own account: with {@code haltOnError},
   * the one that stopped the batch.
   *
   * @return the 0-based index, or empty if none failed that way
   */
  public Optional<Integer> firstFailureIndex() {
    for (int i = 0; i < results().size(); i++) {
      BatchResult result = results().get(i);
      if (!result.isSuccess() && !result.isHalted()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * How many subrequests were not run because the batch halted.
   *
   * @return the number of {@code 412 BATCH_PROCESSING_HALTED} results
   */
  public int haltedCount() {
    return (int) results().stream().filter(BatchResult::isHalted).count();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the flag and each result's status and error codes. */
  @Override
  public String toString() {
    return "BatchResponse{hasErrors=" + hasErrors() + ", results=" + results() + "}";
  }

  /** Builds a {@link BatchResponse}. */
  public static final class Builder extends ImmutableBatchResponse.Builder {
    Builder() {}
  }
}
