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
 * One row or column grouping of a report's definition: an element of {@code
 * reportMetadata.groupingsDown} or {@code reportMetadata.groupingsAcross}. The first element is
 * the outermost grouping.
 *
 * <pre>{@code
 * {"name":"CLOSE_DATE","sortOrder":"Asc","dateGranularity":"Month","sortAggregate":null}
 * }</pre>
 *
 * <p>The values a run found for the grouping are in {@link ReportResult#groupingsDown()} and
 * {@link ReportResult#groupingsAcross()}.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableGroupingInfo.class)
@JsonDeserialize(builder = GroupingInfo.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class GroupingInfo {
  GroupingInfo() {}

  /**
   * The column grouped on.
   *
   * @return a report column API name, for example {@code "STAGE_NAME"} or {@code "CLOSE_DATE"}
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * The order of the grouping's values; see {@link SortOrder}.
   *
   * @return {@code "Asc"} or {@code "Desc"}
   */
  @JsonProperty("sortOrder")
  public abstract Optional<String> sortOrder();

  /**
   * How a date column is bucketed; see {@link DateGranularity}.
   *
   * @return for example {@code "Month"}, or {@code "None"} for columns that are not dates
   */
  @JsonProperty("dateGranularity")
  public abstract Optional<String> dateGranularity();

  /**
   * The aggregate the groups are sorted by, when they are sorted by a summary rather than by value.
   *
   * @return an aggregate name such as {@code "s!AMOUNT"}
   */
  @JsonProperty("sortAggregate")
  public abstract Optional<String> sortAggregate();

  /**
   * Keys this type does not model, as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * A grouping on a column, ascending.
   *
   * @param column the report column API name
   * @return the grouping
   */
  public static GroupingInfo of(String column) {
    return builder().name(column).sortOrder(SortOrder.ASC).build();
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
   * A builder holding this grouping, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Shows the column and the sort. */
  @Override
  public String toString() {
    return "GroupingInfo{" + name() + sortOrder().map(o -> " " + o).orElse("")
        + dateGranularity().map(g -> " by " + g).orElse("") + "}";
  }

  /** Builds a {@link GroupingInfo}. */
  public static final class Builder extends ImmutableGroupingInfo.Builder {
    Builder() {}
  }

  /** Values of {@code sortOrder}. */
  public static final class SortOrder {
    /** Ascending. */
    public static final String ASC = "Asc";
    /** Descending. */
    public static final String DESC = "Desc";

    private SortOrder() {}
  }

  /** Common values of {@code dateGranularity}. */
  public static final class DateGranularity {
    /** Not a date grouping. */
    public static final String NONE = "None";
    /** By day. */
    public static final String DAY = "Day";
    /** By week. */
    public static final String WEEK = "Week";
    /** By calendar month; group values are the month's first day, labels like {@code May 2013}. */
    public static final String MONTH = "Month";
    /** By calendar quarter. */
    public static final String QUARTER = "Quarter";
    /** By calendar year. */
    public static final String YEAR = "Year";
    /** By fiscal quarter. */
    public static final String FISCAL_QUARTER = "FiscalQuarter";
    /** By fiscal year. */
    public static final String FISCAL_YEAR = "FiscalYear";

    private DateGranularity() {}
  }
}
