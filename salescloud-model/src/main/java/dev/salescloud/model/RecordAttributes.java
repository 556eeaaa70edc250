package dev.salescloud.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code attributes} object Salesforce puts on every record it returns: the object type and
 * the record's REST url. In requests it is optional for single-record writes, required ({@code
 * type}) in sObject Collections, and carries a {@code referenceId} in sObject Tree requests.
 *
 * <pre>{@code
 * {"type":"Account","url":"/services/data/v66.0/sobjects/Account/001D000000INjVeIAL"}
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableRecordAttributes.class)
@JsonDeserialize(as = ImmutableRecordAttributes.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class RecordAttributes {
  RecordAttributes() {}

  /**
   * The object's API name.
   *
   * @return for example {@code "Account"}, or {@code "AggregateResult"} for aggregate rows
   */
  @JsonProperty("type")
  public abstract String type();

  /**
   * The record's REST path; absent on aggregate rows and in requests.
   *
   * @return for example {@code /services/data/v66.0/sobjects/Account/001D000000INjVeIAL}
   */
  @JsonProperty("url")
  public abstract Optional<String> url();

  /**
   * The reference id of a record in an sObject Tree request.
   *
   * @return the reference id, if any
   */
  @JsonProperty("referenceId")
  public abstract Optional<String> referenceId();

  /**
   * Attributes that carry only the type, as sObject Collections requests need.
   *
   * @param type the object's API name
   * @return the attributes
   */
  public static RecordAttributes of(String type) {
    return builder().type(type).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RecordAttributes}. */
  public static final class Builder extends ImmutableRecordAttributes.Builder {
    Builder() {}
  }
}
