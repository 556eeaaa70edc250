package dev.salescloud.model.report;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link ReportExtendedMetadata} says about one aggregate, detail column or grouping column:
 * its display label and its data type. Keys such as {@code groupingLevel}, {@code
 * acrossGroupingContext} or {@code entityColumnName} are kept in {@link #otherFields()}.
 *
 * <pre>{@code
 * {"label":"Sum of Amount","dataType":"currency","acrossGroupingContext":null,"downGroupingContext":null}
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableColumnInfo.class)
@JsonDeserialize(builder = ColumnInfo.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ColumnInfo {
  ColumnInfo() {}

  /**
   * The display label.
   *
   * @return for example {@code "Sum of Amount"}
   */
  @JsonProperty("label")
  public abstract Optional<String> label();

  /**
   * The data type.
   *
   * @return for example {@code "currency"}, {@code "string"}, {@code "date"}, {@code "int"}
   */
  @JsonProperty("dataType")
  public abstract Optional<String> dataType();

  /**
   * Keys this type does not model, as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * Column information.
   *
   * @param label the display label
   * @param dataType the data type
   * @return the information
   */
  public static ColumnInfo of(String label, String dataType) {
    return builder().label(label).dataType(dataType).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ColumnInfo}. */
  public static final class Builder extends ImmutableColumnInfo.Builder {
    Builder() {}
  }
}
