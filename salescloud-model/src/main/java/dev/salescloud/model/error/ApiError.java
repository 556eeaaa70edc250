package dev.salescloud.model.error;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One error as Salesforce reports it.
 *
 * <p>REST errors come as a JSON array of {@code {"message","errorCode","fields"}}; per-record
 * errors inside save results (sObject Collections, sObject Tree, SOAP) use the key {@code
 * statusCode} instead of {@code errorCode}. Both are read, and written back under the key they came
 * with; {@link #code()} gives whichever is present. Extra keys (for example {@code
 * duplicateResult} of duplicate-rule errors) are kept in {@link #otherFields()}.
 *
 * <pre>{@code
 * [{"message":"Required fields are missing: [LastName]","errorCode":"REQUIRED_FIELD_MISSING","fields":["LastName"]}]
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableApiError.class)
@JsonDeserialize(builder = ApiError.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"message", "errorCode", "statusCode", "fields"})
public abstract class ApiError {
  ApiError() {}

  /**
   * The {@code errorCode} key of REST error arrays.
   *
   * @return for example {@code INVALID_FIELD}
   */
  @JsonProperty("errorCode")
  public abstract Optional<String> errorCode();

  /**
   * The {@code statusCode} key of per-record errors in save results.
   *
   * @return for example {@code DUPLICATES_DETECTED}
   */
  @JsonProperty("statusCode")
  public abstract Optional<String> statusCode();

  /**
   * Salesforce's message, meant for people.
   *
   * @return the message; empty string when Salesforce sent none
   */
  @JsonProperty("message")
  @Value.Default
  public String message() {
    return "";
  }

  /**
   * The fields the error is about, if Salesforce named any.
   *
   * @return field API names
   */
  @JsonProperty("fields")
  public abstract List<String> fields();

  /**
   * Keys beyond the standard ones, such as {@code duplicateResult}, as Salesforce sent them.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * The error code, whichever key carried it.
   *
   * @return {@code errorCode}, else {@code statusCode}, else {@code UNKNOWN_ERROR}
   */
  @JsonIgnore
  @Value.Derived
  public String code() {
    return errorCode().or(this::statusCode).orElse("UNKNOWN_ERROR");
  }

  /**
   * An error with an {@code errorCode}, as REST error arrays carry it.
   *
   * @param errorCode for example {@code NOT_FOUND}
   * @param message the message
   * @param fields the fields it is about
   * @return the error
   */
  public static ApiError of(String errorCode, String message, String... fields) {
    return builder().errorCode(errorCode).message(message).addFields(fields).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the code, the message and the fields. */
  @Override
  public String toString() {
    return code() + ": " + message() + (fields().isEmpty() ? "" : " " + fields());
  }

  /** Builds an {@link ApiError}. */
  public static final class Builder extends ImmutableApiError.Builder {
    Builder() {}
  }
}
