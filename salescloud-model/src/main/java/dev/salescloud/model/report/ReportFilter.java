package dev.salescloud.model.report;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One filter of a report: an element of {@code reportMetadata.reportFilters}. Build them to run a
 * report with filters of your own (they are combined by {@link
 * ReportMetadata#reportBooleanFilter()}, by default with AND).
 *
 * <pre>{@code
 * ReportFilter bigDeals = ReportFilter.of("AMOUNT", ReportFilter.Operator.GREATER_THAN, "100000");
 * ReportFilter stages = ReportFilter.of("STAGE_NAME", ReportFilter.Operator.EQUALS,
 *     "Prospecting,Qualification");          // a comma separates alternative values
 * }</pre>
 *
 * <p>Values are strings, as the API takes them: numbers and dates in their plain forms ({@code
 * 100000}, {@code 2026-10-01}), or relative date values such as {@code THIS_FISCAL_QUARTER}.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableReportFilter.class)
@JsonDeserialize(builder = ReportFilter.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"column", "operator", "value", "filterType", "isRunPageEditable"})
public abstract class ReportFilter {
  ReportFilter() {}

  /**
   * The column filtered.
   *
   * @return a report column API name, for example {@code "AMOUNT"}
   */
  @JsonProperty("column")
  public abstract String column();

  /**
   * The comparison; see {@link Operator}.
   *
   * @return for example {@code "greaterThan"}
   */
  @JsonProperty("operator")
  public abstract String operator();

  /**
   * The value compared with.
   *
   * @return the value as text
   */
  @JsonProperty("value")
  public abstract Optional<String> value();

  /**
   * The kind of filter, as newer API versions report it.
   *
   * @return for example {@code "fieldValue"}
   */
  @JsonProperty("filterType")
  public abstract Optional<String> filterType();

  /**
   * Whether users may change the filter when they run the report.
   *
   * @return the flag, if Salesforce sent it
   */
  @JsonProperty("isRunPageEditable")
  public abstract Optional<Boolean> isRunPageEditable();

  /**
   * Keys this type does not model, as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /** A filter names a column and an operator. */
  @Value.Check
  protected void check() {
    if (column().isBlank()) {
      throw new InvalidArgumentException(
          "ReportFilter.column",
          "ReportFilter.column is blank: name the report column to filter, e.g. AMOUNT");
    }
    if (operator().isBlank()) {
      throw new InvalidArgumentException(
          "ReportFilter.operator",
          "ReportFilter.operator of column "
              + column()
              + " is blank: give one of the ReportFilter.Operator values, e.g. equals");
    }
  }

  /**
   * A filter.
   *
   * @param column the report column API name, e.g. {@code "AMOUNT"}
   * @param operator one of {@link Operator}
   * @param value the value as text
   * @return the filter
   * @throws InvalidArgumentException if the column or the operator is blank
   */
  public static ReportFilter of(String column, String operator, String value) {
    return builder().column(column).operator(operator).value(value).build();
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
   * A builder holding this filter, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Shows the column and the operator, never the value. */
  @Override
  public String toString() {
    return "ReportFilter{" + column() + " " + operator() + "}";
  }

  /** Builds a {@link ReportFilter}. */
  public static final class Builder extends ImmutableReportFilter.Builder {
    Builder() {}
  }

  /** The operators of report filters. */
  public static final class Operator {
    /** Equal to (one of, with comma-separated values). */
    public static final String EQUALS = "equals";
    /** Not equal to. */
    public static final String NOT_EQUAL = "notEqual";
    /** Less than. */
    public static final String LESS_THAN = "lessThan";
    /** Greater than. */
    public static final String GREATER_THAN = "greaterThan";
    /** Less than or equal to. */
    public static final String LESS_OR_EQUAL = "lessOrEqual";
    /** Greater than or equal to. */
    public static final String GREATER_OR_EQUAL = "greaterOrEqual";
    /** Contains the text. */
    public static final String CONTAINS = "contains";
    /** Does not contain the text. */
    public static final String NOT_CONTAIN = "notContain";
    /** Starts with the text. */
    public static final String STARTS_WITH = "startsWith";
    /** A multi-select picklist includes the value. */
    public static final String INCLUDES = "includes";
    /** A multi-select picklist excludes the value. */
    public static final String EXCLUDES = "excludes";
    /** Within a distance of a location. */
    public static final String WITHIN = "within";

    private Operator() {}
  }
}
