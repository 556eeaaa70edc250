package dev.salescloud.model.report;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A report's definition: {@code reportMetadata} in the describe and run responses of the Reports
 * and Dashboards REST API, and the body of a run with changed filters, groupings or aggregates.
 *
 * <pre>{@code
 * {"id":"00OD0000001ZbP7MAK","name":"Pipeline by Stage","developerName":"Pipeline_by_Stage",
 *  "reportFormat":"SUMMARY","reportType":{"type":"Opportunity","label":"Opportunities"},
 *  "detailColumns":["OPPORTUNITY_NAME","AMOUNT"],
 *  "groupingsDown":[{"name":"STAGE_NAME","sortOrder":"Asc","dateGranularity":"None"}],
 *  "groupingsAcross":[],"aggregates":["s!AMOUNT","RowCount"],
 *  "reportFilters":[{"column":"AMOUNT","operator":"greaterThan","value":"1000"}], ...}
 * }</pre>
 *
 * <h2>Names that address a result</h2>
 *
 * <p>{@link #aggregates()} names the summaries of every fact, in order: {@code RowCount}, and
 * {@code <kind>!<column>} where the kind is {@code s} (sum), {@code a} (average), {@code m}
 * (minimum), {@code x} (maximum) or {@code u} (unique count), for example {@code s!AMOUNT}; custom
 * summary formulas appear under their own names. {@link #detailColumns()} names the cells of every
 * detail row, in order. {@link ReportResult} uses both to give you aggregates and cells by name.
 *
 * <p>Keys this type does not model ({@code buckets}, {@code crossFilters}, {@code
 * customSummaryFormula}, {@code chart}, {@code folderId}, ...) are kept in {@link #otherFields()}.
 * Lists are written even when empty ({@code "groupingsAcross":[]}), as Salesforce writes them.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableReportMetadata.class)
@JsonDeserialize(builder = ReportMetadata.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ReportMetadata {
  ReportMetadata() {}

  /**
   * The report's id (key prefix {@code 00O}).
   *
   * @return the id
   */
  @JsonProperty("id")
  public abstract Optional<SalesforceId> id();

  /**
   * The report's name.
   *
   * @return for example {@code "Pipeline by Stage"}
   */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /**
   * The report's API name.
   *
   * @return for example {@code "Pipeline_by_Stage"}
   */
  @JsonProperty("developerName")
  public abstract Optional<String> developerName();

  /**
   * The report's format; see {@link Format}.
   *
   * @return {@code TABULAR}, {@code SUMMARY}, {@code MATRIX} or {@code MULTI_BLOCK}
   */
  @JsonProperty("reportFormat")
  public abstract Optional<String> reportFormat();

  /**
   * The report type the report is built on.
   *
   * @return the report type
   */
  @JsonProperty("reportType")
  public abstract Optional<ReportType> reportType();

  /**
   * The columns of the detail rows, in order; the cells of every {@link DetailRow} align with it.
   *
   * @return column API names, for example {@code ["OPPORTUNITY_NAME","AMOUNT","STAGE_NAME"]}
   */
  @JsonProperty("detailColumns")
  public abstract List<String> detailColumns();

  /**
   * The row groupings, outermost first.
   *
   * @return the groupings; empty for tabular reports
   */
  @JsonProperty("groupingsDown")
  public abstract List<GroupingInfo> groupingsDown();

  /**
   * The column groupings, outermost first.
   *
   * @return the groupings; empty but for matrix reports
   */
  @JsonProperty("groupingsAcross")
  public abstract List<GroupingInfo> groupingsAcross();

  /**
   * The summaries of every fact, in order; the aggregates of every {@link Fact} align with it.
   *
   * @return aggregate names, for example {@code ["s!AMOUNT","RowCount"]}
   */
  @JsonProperty("aggregates")
  public abstract List<String> aggregates();

  /**
   * The report's filters.
   *
   * @return the filters, numbered from 1 in {@link #reportBooleanFilter()}
   */
  @JsonProperty("reportFilters")
  public abstract List<ReportFilter> reportFilters();

  /**
   * How the filters combine, when not simply with AND.
   *
   * @return for example {@code "1 AND (2 OR 3)"}
   */
  @JsonProperty("reportBooleanFilter")
  public abstract Optional<String> reportBooleanFilter();

  /**
   * The date range the report is limited to.
   *
   * @return the date filter
   */
  @JsonProperty("standardDateFilter")
  public abstract Optional<StandardDateFilter> standardDateFilter();

  /**
   * The filters the report type defines.
   *
   * @return the standard filters
   */
  @JsonProperty("standardFilters")
  public abstract List<StandardFilter> standardFilters();

  /**
   * Whose records the report covers.
   *
   * @return for example {@code "organization"}, {@code "team"} or {@code "user"}
   */
  @JsonProperty("scope")
  public abstract Optional<String> scope();

  /**
   * Whether runs return detail rows by default.
   *
   * @return the flag
   */
  @JsonProperty("hasDetailRows")
  public abstract Optional<Boolean> hasDetailRows();

  /**
   * Whether the report shows a grand total.
   *
   * @return the flag
   */
  @JsonProperty("showGrandTotal")
  public abstract Optional<Boolean> showGrandTotal();

  /**
   * Whether the report shows subtotals.
   *
   * @return the flag
   */
  @JsonProperty("showSubtotals")
  public abstract Optional<Boolean> showSubtotals();

  /**
   * How detail rows are sorted.
   *
   * @return the sort columns
   */
  @JsonProperty("sortBy")
  public abstract List<SortColumn> sortBy();

  /**
   * The row limit of a tabular report.
   *
   * @return the limit
   */
  @JsonProperty("topRows")
  public abstract Optional<TopRows> topRows();

  /**
   * The report's currency, in orgs with several currencies.
   *
   * @return an ISO code such as {@code "EUR"}; empty in single-currency orgs
   */
  @JsonProperty("currency")
  public abstract Optional<String> currency();

  /**
   * Keys this type does not model, as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /** The report's id is a Report id. */
  @Value.Check
  protected void check() {
    id().ifPresent(id -> id.requireType("Report"));
  }

  /**
   * The position of an aggregate in {@link #aggregates()}, matched exactly first and then ignoring
   * case ({@code s!Amount} finds {@code s!AMOUNT}).
   *
   * @param name an aggregate name, e.g. {@code "s!AMOUNT"} or {@code "RowCount"}
   * @return its index
   * @throws InvalidArgumentException if the report has no such aggregate; the message lists the
   *     ones it has
   */
  public int aggregateIndex(String name) {
    return indexOf(aggregates(), name, "aggregate", "reportMetadata.aggregates");
  }

  /**
   * The position of a column in {@link #detailColumns()}, matched exactly first and then ignoring
   * case.
   *
   * @param column a column API name, e.g. {@code "AMOUNT"}
   * @return its index
   * @throws InvalidArgumentException if the report has no such detail column; the message lists
   *     the ones it has
   */
  public int detailColumnIndex(String column) {
    return indexOf(detailColumns(), column, "column", "reportMetadata.detailColumns");
  }

  static int indexOf(List<String> names, String name, String what, String source) {
    InvalidArgumentException.requireNonNull(name, what);
    int exact = names.indexOf(name);
    if (exact >= 0) {
      return exact;
    }
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    throw new InvalidArgumentException(
        what,
        "'"
            + name
            + "' is not "
            + (what.equals("aggregate") ? "an aggregate" : "a detail column")
            + " of this report; "
            + source
            + (names.isEmpty() ? " is empty" : " holds " + names)
            + ". Use one of those names"
            + (names.isEmpty() ? ", or run the report with it added" : "")
            + ".");
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
   * A builder holding this definition, to derive a changed copy (for example with other filters).
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Shows the id, name and format and counts the rest. */
  @Override
  public String toString() {
    return "ReportMetadata{"
        + id().map(id -> id + " ").orElse("")
        + name().map(n -> "'" + n + "' ").orElse("")
        + reportFormat().orElse("?")
        + ", detailColumns=" + detailColumns().size()
        + ", aggregates=" + aggregates()
        + ", filters=" + reportFilters().size() + "}";
  }

  /** Builds a {@link ReportMetadata}. */
  public static final class Builder extends ImmutableReportMetadata.Builder {
    Builder() {}
  }

  /** Values of {@code reportFormat}. */
  public static final class Format {
    /** A list of rows, with a grand total; its only fact is {@code T!T}. */
    public static final String TABULAR = "TABULAR";
    /** Rows grouped down; facts {@code 0!T}, {@code 0_1!T}, ..., and {@code T!T}. */
    public static final String SUMMARY = "SUMMARY";
    /**
     * Rows grouped down and across; facts {@code 0!0}, {@code 0_1!1_0}, {@code 0!T}, {@code T!0},
     * {@code T!T}.
     */
    public static final String MATRIX = "MATRIX";
    /** A joined report of several blocks. */
    public static final String MULTI_BLOCK = "MULTI_BLOCK";

    private Format() {}
  }
}
