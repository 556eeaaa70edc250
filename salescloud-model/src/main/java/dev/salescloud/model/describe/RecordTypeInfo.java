package dev.salescloud.model.describe;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A record type of an object as the describing user sees it ({@link
 * SObjectDescribe#recordTypeInfos()}). Every object has at least the {@code Master} record type,
 * whose id is {@value #MASTER_RECORD_TYPE_ID}.
 *
 * <pre>{@code
 * {"active":true,"available":true,"defaultRecordTypeMapping":true,"developerName":"Master",
 *  "master":true,"name":"Master","recordTypeId":"012000000000000AAA",
 *  "urls":{"layout":"/services/data/v66.0/sobjects/Account/describe/layouts/012000000000000AAA"}}
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableRecordTypeInfo.class)
@JsonDeserialize(builder = RecordTypeInfo.Builder.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder(alphabetic = true)
public abstract class RecordTypeInfo {
  /** The id of the {@code Master} record type, the same in every org. */
  public static final String MASTER_RECORD_TYPE_ID = "012000000000000AAA";

  RecordTypeInfo() {}

  /**
   * {@code recordTypeId}.
   *
   * @return a RecordType id ({@code 012})
   */
  @JsonProperty("recordTypeId")
  public abstract SalesforceId recordTypeId();

  /**
   * {@code name}: the record type's label.
   *
   * @return for example {@code "Master"}
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * {@code developerName}: the record type's API name.
   *
   * @return the API name; empty in API versions before it was reported
   */
  @JsonProperty("developerName")
  public abstract Optional<String> developerName();

  /**
   * {@code active}: whether the record type is active.
   *
   * @return the flag; {@code false} when not set
   */
  @JsonProperty("active")
  @Value.Default
  public boolean active() {
    return false;
  }

  /**
   * {@code available}: whether the describing user may create records of this type.
   *
   * @return the flag; {@code false} when not set
   */
  @JsonProperty("available")
  @Value.Default
  public boolean available() {
    return false;
  }

  /**
   * {@code master}: whether this is the {@code Master} record type.
   *
   * @return the flag; {@code false} when not set
   */
  @JsonProperty("master")
  @Value.Default
  public boolean master() {
    return false;
  }

  /**
   * {@code defaultRecordTypeMapping}: whether new records of the describing user get this type by
   * default.
   *
   * @return the flag; {@code false} when not set
   */
  @JsonProperty("defaultRecordTypeMapping")
  @Value.Default
  public boolean defaultRecordTypeMapping() {
    return false;
  }

  /**
   * Keys beyond the standard ones (such as {@code urls}), as Salesforce sent them.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /** Keeps the id to a RecordType id and extra keys to keys not modelled. */
  @Value.Check
  protected void check() {
    try {
      recordTypeId().requireType("RecordType");
    } catch (InvalidArgumentException e) {
      throw new InvalidArgumentException(
          "recordTypeId", "RecordTypeInfo.recordTypeId: " + e.getMessage());
    }
    DescribeKeys.requireUnmodelled(this, "RecordTypeInfo", otherFields());
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
   * A builder holding this record type's attributes.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link RecordTypeInfo}; {@code recordTypeId} and {@code name} are required. */
  public static final class Builder extends ImmutableRecordTypeInfo.Builder {
    Builder() {}
  }
}
