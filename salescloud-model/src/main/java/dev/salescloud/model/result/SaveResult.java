package dev.salescloud.model.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiError;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of creating or updating one record: the body of a REST create ({@code 201}), and
 * one element of an sObject Collections create or update result.
 *
 * <pre>{@code
 * {"id":"001RM000003oLnnYAE","success":true,"errors":[]}
 * {"success":false,"errors":[{"statusCode":"DUPLICATES_DETECTED","message":"Use one of these records?","fields":[]}]}
 * }</pre>
 *
 * <p>A successful result has an id and no errors; a failed one has at least one error and may
 * lack the id.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableSaveResult.class)
@JsonDeserialize(builder = SaveResult.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "success", "errors"})
public abstract class SaveResult extends RecordResult {
  SaveResult() {}






  /**
   * A successful save.
   *
   * @param id the saved record's id
   * @return the result
   */
  public static SaveResult success(SalesforceId id) {
    return builder().id(id).success(true).build();
  }

  /**
   * A failed save.
   *
   * @param errors why it failed; at least one
   * @return the result
   */
  public static SaveResult failure(List<ApiError> errors) {
    return builder().success(false).addAllErrors(errors).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SaveResult}. */
  public static final class Builder extends ImmutableSaveResult.Builder {
    Builder() {}
  }
}
