package dev.salescloud.model.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiError;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of upserting one record by external id: the body of {@code PATCH
 * .../sobjects/{SObject}/{ExternalIdField}/{value}}, and one element of an sObject Collections
 * upsert result.
 *
 * <pre>{@code
 * {"id":"00Q5f00000AbcdeEAB","success":true,"errors":[],"created":true}    // 201: inserted
 * {"id":"00Q5f00000AbcdeEAB","success":true,"errors":[],"created":false}   // 200: updated
 * }</pre>
 *
 * <p>{@link #created()} says whether the upsert inserted a record. API versions 45.0 and earlier
 * answer an update with {@code 204} and no body and do not send {@code created}, so it is
 * optional. When the external id matches several records Salesforce answers {@code 300} with an
 * {@link UpsertAmbiguity} instead.
 *
 * <p>A successful result has no errors; a failed one has at least one error and may lack the id.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableUpsertResult.class)
@JsonDeserialize(builder = UpsertResult.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "success", "errors", "created"})
public abstract class UpsertResult extends RecordResult {
  UpsertResult() {}

  @Override
  String operation() {
    return "upsert";
  }




  /**
   * Whether the upsert inserted a new record ({@code true}, status {@code 201}) or updated the one
   * the external id matched ({@code false}, status {@code 200}).
   *
   * @return the flag; empty when Salesforce did not send it (API 45.0 and earlier)
   */
  @JsonProperty("created")
  public abstract Optional<Boolean> created();



  /**
   * An upsert that inserted a record, as Salesforce answers with {@code 201}.
   *
   * @param id the new record's id
   * @return the result, with {@code created = true}
   */
  public static UpsertResult inserted(SalesforceId id) {
    return builder().id(id).success(true).created(true).build();
  }

  /**
   * An upsert that updated the record its external id matched, as Salesforce answers with {@code
   * 200}.
   *
   * @param id the updated record's id
   * @return the result, with {@code created = false}
   */
  public static UpsertResult updated(SalesforceId id) {
    return builder().id(id).success(true).created(false).build();
  }

  /**
   * A failed upsert.
   *
   * @param errors why it failed; at least one
   * @return the result
   */
  public static UpsertResult failure(List<ApiError> errors) {
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

  /** Builds an {@link UpsertResult}. */
  public static final class Builder extends ImmutableUpsertResult.Builder {
    Builder() {}
  }
}
