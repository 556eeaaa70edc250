package dev.salescloud.model.describe;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One value of a picklist field, as a field describe lists it ({@link
 * FieldDescribe#picklistValues()}).
 *
 * <pre>{@code
 * {"active":true,"defaultValue":false,"label":"Technology","validFor":null,"value":"Technology"}
 * }</pre>
 *
 * <p>{@link #value()} is what records hold and writes send; {@link #label()} is what users see (it
 * may be translated). For a dependent picklist, {@link #validFor()} says for which values of the
 * controlling field this value may be chosen; {@link #isValidFor(int)} reads it.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutablePicklistValue.class)
@JsonDeserialize(builder = PicklistValue.Builder.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder(alphabetic = true)
public abstract class PicklistValue {
  PicklistValue() {}

  /**
   * {@code value}: the API value, stored in records.
   *
   * @return for example {@code "Technology"}
   */
  @JsonProperty("value")
  public abstract String value();

  /**
   * {@code label}: the label users see, in the user's language.
   *
   * @return the label; empty if Salesforce sent none
   */
  @JsonProperty("label")
  public abstract Optional<String> label();

  /**
   * {@code active}: whether the value can still be chosen; inactive values stay on old records.
   *
   * @return {@code true} if active; {@code false} when not set
   */
  @JsonProperty("active")
  @Value.Default
  public boolean active() {
    return false;
  }

  /**
   * {@code defaultValue}: whether this is the field's default value.
   *
   * @return {@code true} for the default; {@code false} when not set
   */
  @JsonProperty("defaultValue")
  @Value.Default
  public boolean defaultValue() {
    return false;
  }

  /**
   * {@code validFor}: for a dependent picklist, a Base64 bitmap of the controlling field's values
   * this value is valid for (bit {@code i}, counted from the most significant bit of the first
   * byte, stands for the controlling field's {@code i}-th value).
   *
   * @return the bitmap; empty when the field is not dependent
   */
  @JsonProperty("validFor")
  public abstract Optional<String> validFor();

  /**
   * Keys beyond the standard ones, as Salesforce sent them.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * Whether this value may be chosen when the controlling field has its {@code
   * controllerIndex}-th value (for a checkbox controller, 0 is unchecked and 1 checked).
   *
   * @param controllerIndex the position of the controlling value in the controlling field's
   *     picklist values, from 0
   * @return {@code true} if {@link #validFor()} sets that bit, or if the value has no {@code
   *     validFor} (its field is not dependent)
   * @throws InvalidArgumentException if the index is negative
   */
  public boolean isValidFor(int controllerIndex) {
    if (controllerIndex < 0) {
      throw new InvalidArgumentException(
          "controllerIndex",
          "controllerIndex is " + controllerIndex + "; positions in a picklist start at 0");
    }
    if (validFor().isEmpty()) {
      return true;
    }
    byte[] bits = Base64.getDecoder().decode(validFor().get());
    int index = controllerIndex / 8;
    return index < bits.length && (bits[index] & (0x80 >> (controllerIndex % 8))) != 0;
  }

  /** Keeps {@code validFor} to Base64 and extra keys to keys not modelled. */
  @Value.Check
  protected void check() {
    validFor()
        .ifPresent(
            bitmap -> {
              try {
                Base64.getDecoder().decode(bitmap);
              } catch (IllegalArgumentException e) {
                throw new InvalidArgumentException(
                    "validFor",
                    "PicklistValue '"
                        + value()
                        + "' has validFor '"
                        + bitmap
                        + "', which is not Base64: Salesforce sends the dependent values as a"
                        + " Base64 bitmap");
              }
            });
    DescribeKeys.requireUnmodelled(this, "PicklistValue", otherFields());
  }

  /**
   * An active, non-default value whose label is its value, as a fake org or a test needs.
   *
   * @param value the API value
   * @return the picklist value
   */
  public static PicklistValue of(String value) {
    return builder().value(value).label(value).active(true).build();
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
   * A builder holding this value's attributes.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link PicklistValue}; {@code value} is required. */
  public static final class Builder extends ImmutablePicklistValue.Builder {
    Builder() {}
  }
}
