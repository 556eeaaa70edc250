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
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One summary of a {@link Fact}: the formatted label and the number.
 *
 * <pre>{@code
 * {"label":"$9,469,000.00","value":9469000}
 * }</pre>
 *
 * <p>Which summary it is follows from its position, which {@link Fact#aggregate(String)} resolves
 * from the report's {@link ReportMetadata#aggregates()}.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableAggregateValue.class)
@JsonDeserialize(builder = AggregateValue.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"label", "value"})
public abstract class AggregateValue {
  AggregateValue() {}

  /**
   * The value formatted for display, in the running user's locale and currency.
   *
   * @return for example {@code "$9,469,000.00"} or {@code "13"}
   */
  @JsonProperty("label")
  public abstract String label();

  /**
   * The value as Salesforce sent it: a number, or JSON null when there is nothing to summarise.
   *
   * @return the raw value
   */
  @JsonProperty("value")
  @Value.Default
  public JsonNode value() {
    return NullNode.getInstance();
  }

  /**
   * Keys this type does not model, as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * The value as an exact number.
   *
   * @return the number; empty when the value is null or not a number
   */
  public Optional<BigDecimal> number() {
    return DataCell.decimal(value());
  }

  /**
   * An aggregate value.
   *
   * @param label the formatted label
   * @param value the number
   * @return the value
   */
  public static AggregateValue of(String label, BigDecimal value) {
    return builder()
        .label(label)
        .value(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(value))
        .build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Says whether a value is present, never the value. */
  @Override
  public String toString() {
    return "AggregateValue{" + (value().isNull() ? "null" : "set") + "}";
  }

  /** Builds an {@link AggregateValue}. */
  public static final class Builder extends ImmutableAggregateValue.Builder {
    Builder() {}
  }
}
