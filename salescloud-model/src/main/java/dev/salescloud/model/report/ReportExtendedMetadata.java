package dev.salescloud.model.report;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Labels and data types of a report's aggregates, detail columns and grouping columns: {@code
 * reportExtendedMetadata}.
 *
 * <pre>{@code
 * {"aggregateColumnInfo":{"s!AMOUNT":{"label":"Sum of Amount","dataType":"currency"}},
 *  "detailColumnInfo":{"OPPORTUNITY_NAME":{"label":"Opportunity Name","dataType":"string"}},
 *  "groupingColumnInfo":{"STAGE_NAME":{"label":"Stage","dataType":"picklist","groupingLevel":0}}}
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableReportExtendedMetadata.class)
@JsonDeserialize(builder = ReportExtendedMetadata.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ReportExtendedMetadata {
  ReportExtendedMetadata() {}

  /**
   * The aggregates, by name.
   *
   * @return a map from aggregate name (e.g. {@code s!AMOUNT}) to its information
   */
  @JsonProperty("aggregateColumnInfo")
  public abstract Map<String, ColumnInfo> aggregateColumnInfo();

  /**
   * The detail columns, by name.
   *
   * @return a map from column API name (e.g. {@code AMOUNT}) to its information
   */
  @JsonProperty("detailColumnInfo")
  public abstract Map<String, ColumnInfo> detailColumnInfo();

  /**
   * The grouping columns, by name.
   *
   * @return a map from column API name (e.g. {@code STAGE_NAME}) to its information
   */
  @JsonProperty("groupingColumnInfo")
  public abstract Map<String, ColumnInfo> groupingColumnInfo();

  /**
   * Keys this type does not model, as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Counts the columns described. */
  @Override
  public String toString() {
    return "ReportExtendedMetadata{aggregates=" + aggregateColumnInfo().keySet()
        + ", detailColumns=" + detailColumnInfo().size()
        + ", groupingColumns=" + groupingColumnInfo().keySet() + "}";
  }

  /** Builds a {@link ReportExtendedMetadata}. */
  public static final class Builder extends ImmutableReportExtendedMetadata.Builder {
    Builder() {}
  }
}
