package dev.salescloud.model.composite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The answer to a composite request: one {@link CompositeSubresponse} per subrequest, in order.
 * Salesforce answers {@code 200} even when subrequests fail, so look inside.
 *
 * <pre>{@code
 * CompositeResponse response = ...;
 * if (response.rolledBack()) {
 *   CompositeSubresponse cause = response.firstFailure().orElseThrow();
 *   log.warn("nothing saved: {} failed with {}", cause.referenceId(), cause.errors());
 * } else {
 *   SalesforceId accountId = response.subresponse("refAccount")
 *       .flatMap(s -> s.bodyAs(SaveResult.class)).flatMap(SaveResult::id).orElseThrow();
 * }
 * }</pre>
 *
 * <h2>How failures look</h2>
 *
 * <ul>
 *   <li>With {@code allOrNone = true}, one failure rolls everything back: the failing subrequest
 *       keeps its own error, every other one answers {@code 400 PROCESSING_HALTED}. Results of an
 *       embedded sObject Collections subrequest may still say {@code success:true} although rolled
 *       back: trust {@link #rolledBack()}.
 *   <li>With {@code allOrNone = false}, independent subrequests run and commit; those depending on
 *       a failed one answer {@code 400 PROCESSING_HALTED}.
 * </ul>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableCompositeResponse.class)
@JsonDeserialize(as = ImmutableCompositeResponse.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class CompositeResponse {
  CompositeResponse() {}

  /**
   * The subresponses, in the order of the subrequests.
   *
   * @return one per subrequest
   */
  @JsonProperty("compositeResponse")
  public abstract List<CompositeSubresponse> subresponses();

  /**
   * The subresponse of the subrequest with a referenceId.
   *
   * @param referenceId the subrequest's referenceId
   * @return the subresponse, or empty if none has it
   */
  public Optional<CompositeSubresponse> subresponse(String referenceId) {
    InvalidArgumentException.requireNonNull(referenceId, "referenceId");
    return subresponses().stream().filter(s -> s.referenceId().equals(referenceId)).findFirst();
  }

  /**
   * Whether any subrequest failed (halted ones included).
   *
   * @return {@code true} if a subresponse has a status outside {@code 2xx}
   */
  public boolean hasErrors() {
    return subresponses().stream().anyMatch(s -> !s.isSuccess());
  }

  /**
   * The subrequests that failed on their own account, not because another one failed.
   *
   * @return the failed subresponses that are not {@code PROCESSING_HALTED}, in order
   */
  public List<CompositeSubresponse> failures() {
    return subresponses().stream()
        .filter(s -> !s.isSuccess() && !s.isProcessingHalted())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The first subrequest that failed on its own account: the cause of a roll-back.
   *
   * @return the subresponse, or empty if none failed that way
   */
  public Optional<CompositeSubresponse> firstFailure() {
    return failures().stream().findFirst();
  }

  /**
   * Whether nothing was saved because of a failure: at least one subrequest failed on its own
   * account and every other one answered {@code PROCESSING_HALTED} (the {@code allOrNone}
   * roll-back).
   *
   * @return {@code true} when the request was rolled back
   */
  public boolean rolledBack() {
    return firstFailure().isPresent()
        && subresponses().stream().noneMatch(CompositeSubresponse::isSuccess);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows each subresponse's referenceId, status and error codes. */
  @Override
  public String toString() {
    return "CompositeResponse" + subresponses();
  }

  /** Builds a {@link CompositeResponse}. */
  public static final class Builder extends ImmutableCompositeResponse.Builder {
    Builder() {}
  }
}
