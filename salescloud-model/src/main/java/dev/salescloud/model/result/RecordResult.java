package dev.salescloud.model.result;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What every per-record write outcome has ({@link SaveResult}, {@link UpsertResult}, {@link
 * DeleteResult}): the record's id, whether the write succeeded, and why not. A success carries no
 * errors; a failure carries at least one.
 */
public abstract class RecordResult {
  RecordResult() {}

  /**
   * The record's id: present on success, and on failures about an existing record.
   *
   * @return the 18-character id
   */
  @JsonProperty("id")
  public abstract Optional<SalesforceId> id();

  /**
   * Whether the write succeeded.
   *
   * @return {@code true} on success
   */
  @JsonProperty("success")
  public abstract boolean success();

  /**
   * Why the write failed (with {@code statusCode} keys in collections results), for example
   * {@code DUPLICATES_DETECTED} or {@code ALL_OR_NONE_OPERATION_ROLLED_BACK}.
   *
   * @return the errors; empty on success
   */
  @JsonProperty("errors")
  public abstract List<ApiError> errors();

  /**
   * Keys beyond the standard ones (for example {@code warnings} or {@code infos}), as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * The write the result is about, for messages.
   *
   * @return for example {@code "save"}
   */
  String operation() {
    return "save";
  }

  /** A success carries no errors; a failure carries at least one. */
  @Value.Check
  protected void checkOutcome() {
    if (success() && !errors().isEmpty()) {
      throw new InvalidArgumentException(
          "errors", "A successful " + operation() + " result cannot carry errors: " + errors());
    }
    if (!success() && errors().isEmpty()) {
      throw new InvalidArgumentException(
          "errors", "A failed " + operation() + " result must say why: give at least one error");
    }
  }
}
