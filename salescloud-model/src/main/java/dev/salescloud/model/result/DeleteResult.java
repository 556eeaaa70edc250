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
 * The outcome of deleting one record: one element of the result of an sObject Collections delete
 * ({@code DELETE .../composite/sobjects?ids=...}). A single-record {@code DELETE} answers {@code
 * 204} with no body instead.
 *
 * <pre>{@code
 * [{"id":"001RM000003oLnnYAE","success":true,"errors":[]},
 *  {"id":"001RM000003oLrfYAE","success":false,
 *   "errors":[{"statusCode":"ENTITY_IS_DELETED","message":"entity is deleted","fields":[]}]}]
 * }</pre>
 *
 * <p>A successful result has no errors; a failed one has at least one error and usually, but not
 * always, the id it was about.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableDeleteResult.class)
@JsonDeserialize(builder = DeleteResult.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "success", "errors"})
public abstract class DeleteResult extends RecordResult {
  DeleteResult() {}

  @Override
  String operation() {
    return "delete";
  }






  /**
   * A successful delete.
   *
   * @param id the deleted record's id
   * @return the result
   */
  public static DeleteResult success(SalesforceId id) {
    return builder().id(id).success(true).build();
  }

  /**
   * A failed delete of a record.
   *
   * @param id the record that was not deleted
   * @param errors why; at least one
   * @return the result
   */
  public static DeleteResult failure(SalesforceId id, List<ApiError> errors) {
    return builder().id(id).success(false).addAllErrors(errors).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeleteResult}. */
  public static final class Builder extends ImmutableDeleteResult.Builder {
    Builder() {}
  }
}
