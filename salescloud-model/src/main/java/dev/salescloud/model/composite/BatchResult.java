package dev.salescloud.model.composite;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of one batch subrequest: its status and the body the standalone resource would have
 * answered.
 *
 * <pre>{@code
 * {"statusCode":204,"result":null}
 * {"statusCode":200,"result":{"attributes":{"type":"Account","url":"..."},"Name":"NewName","Id":"001..."}}
 * {"statusCode":412,"result":[{"errorCode":"BATCH_PROCESSING_HALTED","message":"..."}]}
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableBatchResult.class)
@JsonDeserialize(as = ImmutableBatchResult.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"statusCode", "result"})
public abstract class BatchResult {
  /** The errorCode of the subrequests a {@code haltOnError} batch did not run. */
  public static final String BATCH_PROCESSING_HALTED = "BATCH_PROCESSING_HALTED";

  BatchResult() {}

  /**
   * The HTTP status the resource answered.
   *
   * @return for example {@code 200}, {@code 204}, {@code 400} or {@code 412}
   */
  @JsonProperty("statusCode")
  public abstract int statusCode();

  /**
   * The body the resource answered.
   *
   * @return the JSON body; empty for {@code 204} (sent as {@code "result":null})
   */
  @JsonProperty("result")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<JsonNode> result();

  /** Reads a JSON null {@code result} as no result, as Salesforce means it. */
  @Value.Check
  protected BatchResult normalize() {
    if (result().isPresent() && result().get().isNull()) {
      return builder().from(this).result(Optional.empty()).build();
    }
    return this;
  }

  /**
   * Whether the subrequest succeeded.
   *
   * @return {@code true} for a {@code 2xx} status
   */
  @JsonIgnore
  public boolean isSuccess() {
    return statusCode() >= 200 && statusCode() < 300;
  }

  /**
   * The errors of a failed subrequest.
   *
   * @return the error array of a {@code 4xx}/{@code 5xx} result; empty otherwise
   */
  @JsonIgnore
  @Value.Lazy
  public List<ApiError> errors() {
    return ResponseBodies.errorsIn(statusCode(), result());
  }

  /**
   * Whether the subrequest was not run because an earlier one failed in a {@code haltOnError}
   * batch.
   *
   * @return {@code true} for {@code 412} with {@code BATCH_PROCESSING_HALTED}
   */
  @JsonIgnore
  public boolean isHalted() {
    return statusCode() == 412 && ResponseBodies.allHaveCode(errors(), BATCH_PROCESSING_HALTED);
  }

  /**
   * The result as a Java type, for example a typed record class.
   *
   * @param type the type
   * @param <T> the type
   * @return the result, or empty if there is none ({@code 204})
   * @throws InvalidArgumentException if the result does not fit the type, for example because it
   *     is an error array (read {@link #errors()} instead)
   */
  public <T> Optional<T> resultAs(Class<T> type) {
    InvalidArgumentException.requireNonNull(type, "type");
    return resultAs(ResponseBodies.MAPPER.constructType(type));
  }

  /**
   * The result as a generic Java type.
   *
   * @param type for example {@code new TypeReference<QueryResult<Account>>() {}}
   * @param <T> the type
   * @return the result, or empty if there is none
   * @throws InvalidArgumentException if the result does not fit the type
   */
  public <T> Optional<T> resultAs(TypeReference<T> type) {
    InvalidArgumentException.requireNonNull(type, "type");
    return resultAs(ResponseBodies.MAPPER.getTypeFactory().constructType(type));
  }

  /**
   * The result as a Jackson type.
   *
   * @param type the type
   * @param <T> the type
   * @return the result, or empty if there is none
   * @throws InvalidArgumentException if the result does not fit the type
   */
  public <T> Optional<T> resultAs(JavaType type) {
    return ResponseBodies.convert(
        result(),
        type,
        "a batch result (HTTP " + statusCode()
            + (errors().isEmpty() ? "" : ", " + errors().get(0).code()) + ")");
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the status and the error codes, never the result. */
  @Override
  public String toString() {
    return "BatchResult{" + statusCode()
        + (errors().isEmpty() ? "" : " " + errors().stream().map(ApiError::code).distinct().toList())
        + "}";
  }

  /** Builds a {@link BatchResult}. */
  public static final class Builder extends ImmutableBatchResult.Builder {
    Builder() {}
  }
}
