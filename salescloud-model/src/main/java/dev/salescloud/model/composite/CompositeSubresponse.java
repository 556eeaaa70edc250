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
import dev.salescloud.model.query.QueryResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of one subrequest of a composite request: the status and body the standalone
 * resource would have answered, with some of its headers.
 *
 * <pre>{@code
 * {"body":{"id":"001...","success":true,"errors":[]},
 *  "httpHeaders":{"Location":"/services/data/v66.0/sobjects/Account/001..."},
 *  "httpStatusCode":201,"referenceId":"refAccount"}
 * {"body":null,"httpHeaders":{},"httpStatusCode":204,"referenceId":"updatedAccount"}
 * }</pre>
 *
 * <p>Read the body typed with {@link #bodyAs(Class)}:
 *
 * <pre>{@code
 * SalesforceId id = sub.bodyAs(SaveResult.class).flatMap(SaveResult::id).orElseThrow();
 * Optional<Account> account = sub.bodyAs(Account.class);
 * Optional<QueryResult<Contact>> contacts = sub.queryResult(Contact.class);
 * }</pre>
 *
 * <p>A failed subresponse (4xx/5xx) carries the usual error array: {@link #errors()}. When the
 * subrequest did not run, or was rolled back, because another one failed, its error is {@code
 * PROCESSING_HALTED} ({@link #isProcessingHalted()}).
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableCompositeSubresponse.class)
@JsonDeserialize(as = ImmutableCompositeSubresponse.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"body", "httpHeaders", "httpStatusCode", "referenceId"})
public abstract class CompositeSubresponse {
  /** The errorCode of subrequests that did not run, or were rolled back, because of another. */
  public static final String PROCESSING_HALTED = "PROCESSING_HALTED";

  CompositeSubresponse() {}

  /**
   * The body the resource answered: a record, a save result, a query result, an error array.
   *
   * @return the JSON body; empty for {@code 204} and {@code 304} (sent as {@code "body":null})
   */
  @JsonProperty("body")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<JsonNode> body();

  /**
   * The response headers Salesforce passes on, such as {@code Location}, {@code ETag} and {@code
   * Last-Modified} (never {@code Content-Length}).
   *
   * @return header names and values; empty when none
   */
  @JsonProperty("httpHeaders")
  public abstract Map<String, String> httpHeaders();

  /**
   * The HTTP status the resource answered.
   *
   * @return for example {@code 201}, {@code 204} or {@code 400}
   */
  @JsonProperty("httpStatusCode")
  public abstract int httpStatusCode();

  /**
   * The referenceId of the subrequest this answers.
   *
   * @return the referenceId
   */
  @JsonProperty("referenceId")
  public abstract String referenceId();

  /** Reads a JSON null {@code body} as no body, as Salesforce means it. */
  @Value.Check
  protected CompositeSubresponse normalize() {
    if (body().isPresent() && body().get().isNull()) {
      return builder().from(this).body(Optional.empty()).build();
    }
    return this;
  }

  /**
   * A response header, by name in any case.
   *
   * @param name for example {@code "Location"}
   * @return the value, or empty if the header is absent
   */
  public Optional<String> header(String name) {
    InvalidArgumentException.requireNonNull(name, "name");
    return httpHeaders().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /**
   * Whether the subrequest succeeded.
   *
   * @return {@code true} for a {@code 2xx} status
   */
  @JsonIgnore
  public boolean isSuccess() {
    return httpStatusCode() >= 200 && httpStatusCode() < 300;
  }

  /**
   * The errors of a failed subrequest.
   *
   * @return the error array of a {@code 4xx}/{@code 5xx} body; empty otherwise
   */
  @JsonIgnore
  @Value.Lazy
  public List<ApiError> errors() {
    return ResponseBodies.errorsIn(httpStatusCode(), body());
  }

  /**
   * Whether the subrequest did not run, or was rolled back, because another subrequest failed.
   *
   * @return {@code true} if every error is {@code PROCESSING_HALTED}
   */
  @JsonIgnore
  public boolean isProcessingHalted() {
    return ResponseBodies.allHaveCode(errors(), PROCESSING_HALTED);
  }

  /**
   * The body as a Java type, for example {@code SaveResult.class} or a typed record class.
   *
   * @param type the type
   * @param <T> the type
   * @return the body, or empty if there is none ({@code 204})
   * @throws InvalidArgumentException if the body does not fit the type, for example because the
   *     subrequest failed and its body is an error array (read {@link #errors()} instead)
   */
  public <T> Optional<T> bodyAs(Class<T> type) {
    InvalidArgumentException.requireNonNull(type, "type");
    return bodyAs(ResponseBodies.MAPPER.constructType(type));
  }

  /**
   * The body as a generic Java type.
   *
   * @param type for example {@code new TypeReference<List<SaveResult>>() {}}
   * @param <T> the type
   * @return the body, or empty if there is none
   * @throws InvalidArgumentException if the body does not fit the type
   */
  public <T> Optional<T> bodyAs(TypeReference<T> type) {
    InvalidArgumentException.requireNonNull(type, "type");
    return bodyAs(ResponseBodies.MAPPER.getTypeFactory().constructType(type));
  }

  /**
   * The body as a Jackson type.
   *
   * @param type the type
   * @param <T> the type
   * @return the body, or empty if there is none
   * @throws InvalidArgumentException if the body does not fit the type
   */
  public <T> Optional<T> bodyAs(JavaType type) {
    return ResponseBodies.convert(body(), type, describe());
  }

  /**
   * The body of a query or queryAll subrequest.
   *
   * @param recordType the record type, e.g. {@code Contact.class} or {@code SObject.class}
   * @param <T> the record type
   * @return the query result, or empty if there is no body
   * @throws InvalidArgumentException if the body is not a query result of that type
   */
  public <T> Optional<QueryResult<T>> queryResult(Class<T> recordType) {
    InvalidArgumentException.requireNonNull(recordType, "recordType");
    return bodyAs(
        ResponseBodies.MAPPER.getTypeFactory().constructParametricType(QueryResult.class, recordType));
  }

  private String describe() {
    return "subresponse '" + referenceId() + "' (HTTP " + httpStatusCode()
        + (errors().isEmpty() ? "" : ", " + errors().get(0).code()) + ")";
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the referenceId, the status and the error codes, never the body. */
  @Override
  public String toString() {
    return "CompositeSubresponse{" + referenceId() + " " + httpStatusCode()
        + (errors().isEmpty()
            ? ""
            : " " + errors().stream().map(ApiError::code).distinct().toList())
        + header("Location").map(l -> " Location=" + l).orElse("") + "}";
  }

  /** Builds a {@link CompositeSubresponse}. */
  public static final class Builder extends ImmutableCompositeSubresponse.Builder {
    Builder() {}
  }
}
