package dev.salescloud.model.report;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.salescloud.model.SalesCloudStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One group a run found: its key in the fact map, its label and value, and the groups nested in
 * it (one level deeper in the report's groupings).
 *
 * <pre>{@code
 * {"key":"0","label":"Customer - Direct","value":"Customer - Direct",
 *  "groupings":[{"key":"0_0","label":"Closed Won","value":"Closed Won","groupings":[]}]}
 * {"key":"1","label":"May 2026","value":"2026-05-01","groupings":[]}      // a date grouping
 * {"key":"2","label":"Chris Hall","value":"00558000000FkaVAAS","groupings":[]} // a lookup
 * }</pre>
 *
 * <p>Keys number the groups from 0 in sort order and join levels with {@code _}: the second group
 * inside the first is {@code 0_1}.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableGroupingValue.class)
@JsonDeserialize(builder = GroupingValue.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"key", "label", "value", "groupings"})
public abstract class GroupingValue {
  GroupingValue() {}

  /**
   * The group's key, the row or column part of fact map keys.
   *
   * @return for example {@code "0_1"}
   */
  @JsonProperty("key")
  public abstract String key();

  /**
   * The group's value formatted for display.
   *
   * @return for example {@code "May 2026"} or {@code "Chris Hall"}
   */
  @JsonProperty("label")
  public abstract String label();

  /**
   * The group's value as sent: text for strings and picklists, the first day for date groupings
   * ({@code "2026-05-01"}), the id for lookups.
   *
   * @return the raw value
   */
  @JsonProperty("value")
  @Value.Default
  public JsonNode value() {
    return NullNode.getInstance();
  }

  /**
   * The groups one level deeper, inside this one.
   *
   * @return the nested groups; empty at the innermost level
   */
  @JsonProperty("groupings")
  public abstract List<GroupingValue> groupings();

  /**
   * Keys this type does not model, as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * The value as text, when it is a scalar.
   *
   * @return the text of a string, number or boolean value; empty for null
   */
  public Optional<String> valueText() {
    return value().isValueNode() && !value().isNull()
        ? Optional.of(value().asText())
        : Optional.empty();
  }

  /**
   * Whether this group's value (as text) or label is the given text.
   *
   * @param labelOrValue a label such as {@code "May 2026"} or a value such as {@code "2026-05-01"}
   * @return {@code true} if either matches exactly
   */
  public boolean matches(String labelOrValue) {
    return valueText().map(labelOrValue::equals).orElse(false) || label().equals(labelOrValue);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the key and counts the nested groups, never the label or value. */
  @Override
  public String toString() {
    return "GroupingValue{" + key() + ", groupings=" + groupings().size() + "}";
  }

  /** Builds a {@link GroupingValue}. */
  public static final class Builder extends ImmutableGroupingValue.Builder {
    Builder() {}
  }
}
