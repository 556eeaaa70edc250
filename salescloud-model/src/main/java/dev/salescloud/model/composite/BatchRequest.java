package dev.salescloud.model.composite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import org.immutables.value.Value;

/**
 * The body of a Composite Batch request ({@code POST /services/data/vNN.0/composite/batch}): up to
 * 25 independent subrequests, run one after the other. Each commits on its own (there is no
 * roll-back) and each counts against the API limits.
 *
 * <pre>{@code
 * BatchRequest request = BatchRequest.builder()
 *     .haltOnError(true)
 *     .addSubrequest(BatchSubrequest.patch("v66.0/sobjects/Account/001D000000K0fXOIAZ", fields))
 *     .addSubrequest(BatchSubrequest.get("v66.0/sobjects/Account/001D000000K0fXOIAZ?fields=Name"))
 *     .build();
 * // {"haltOnError":true,"batchRequests":[{"method":"PATCH","url":"v66.0/...","richInput":{...}},...]}
 * }</pre>
 *
 * <p>With {@code haltOnError}, the subrequests after the first failure are not run and answer
 * {@code 412 BATCH_PROCESSING_HALTED}. A batch without subrequests, or with more than {@value
 * #MAX_SUBREQUESTS}, is refused when built.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableBatchRequest.class)
@JsonDeserialize(as = ImmutableBatchRequest.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"haltOnError", "batchRequests"})
public abstract class BatchRequest {
  /** The most subrequests a batch may hold. */
  public static final int MAX_SUBREQUESTS = 25;

  BatchRequest() {}

  /**
   * Whether to stop at the first subrequest that fails ({@code 4xx}/{@code 5xx}).
   *
   * @return {@code false} unless set otherwise, as in Salesforce
   */
  @JsonProperty("haltOnError")
  @Value.Default
  public boolean haltOnError() {
    return false;
  }

  /**
   * The subrequests, in the order they run.
   *
   * @return one to {@value #MAX_SUBREQUESTS} subrequests
   */
  @JsonProperty("batchRequests")
  public abstract List<BatchSubrequest> subrequests();

  /** Enforces the subrequest limit. */
  @Value.Check
  protected void check() {
    int count = subrequests().size();
    if (count == 0) {
      throw new InvalidArgumentException(
          "batchRequests", "A batch request needs at least one subrequest; it has none");
    }
    if (count > MAX_SUBREQUESTS) {
      throw new InvalidArgumentException(
          "batchRequests",
          "A batch request holds at most " + MAX_SUBREQUESTS + " subrequests; this one has "
              + count + ". Split it into several batches.");
    }
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Shows the flag and the subrequests' methods and paths. */
  @Override
  public String toString() {
    return "BatchRequest{haltOnError=" + haltOnError() + ", subrequests=" + subrequests() + "}";
  }

  /** Builds a {@link BatchRequest}. */
  public static final class Builder extends ImmutableBatchRequest.Builder {
    Builder() {}
  }
}
