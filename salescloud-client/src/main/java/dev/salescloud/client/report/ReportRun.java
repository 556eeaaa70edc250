package dev.salescloud.client.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.report.ReportFilter;
import dev.salescloud.model.report.StandardDateFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to run a report: with or without detail rows, and with run-time filters that replace the
 * report's saved ones for this run only (the saved report is not changed).
 *
 * <pre>{@code
 * ReportRun bigOpenDeals = ReportRun.withDetails()
 *     .filter("AMOUNT", FilterOperator.GREATER_THAN, "100000")
 *     .filter("STAGE_NAME", FilterOperator.NOT_EQUAL, "Closed Won,Closed Lost")
 *     .filter("LEAD_SOURCE", FilterOperator.EQUALS, "Web")
 *     .filterLogic("1 AND (2 OR 3)")
 *     .dateFilter(StandardDateFilter.between("CLOSE_DATE", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
 *     .build();
 * ReportResult result = sf.reports().run(reportId, bigOpenDeals);
 * }</pre>
 *
 * <p>{@link Builder#build()} checks what Salesforce would refuse: at most 20 filters, a column
 * name and a value for each, a filter logic that uses every filter and only those. To keep the
 * saved filters and add to them, start from them: {@code
 * ReportRun.withDetails().filters(sf.reports().describe(id).metadata().reportFilters())}.
 * Immutable and thread-safe.
 */
public final class ReportRun {
  /** The most filters one run takes. */
  public static final int MAX_FILTERS = 20;

  private static final Pattern COLUMN = Pattern.compile("[A-Za-z][A-Za-z0-9_.$]*");

  private final boolean includeDetails;
  private final List<ReportFilter> filters;
  private final Optional<String> filterLogic;
  private final Optional<StandardDateFilter> dateFilter;

  private ReportRun(Builder b) {
    this.includeDetails = b.includeDetails;
    this.filters = List.copyOf(b.filters);
    this.filterLogic = Optional.ofNullable(b.filterLogic);
    this.dateFilter = Optional.ofNullable(b.dateFilter);
  }

  /**
   * Starts a run returning the summaries only (aggregates and groupings).
   *
   * @return a builder
   */
  public static Builder summaries() {
    return new Builder(false);
  }

  /**
   * Starts a run returning detail rows as well (at most 2,000).
   *
   * @return a builder
   */
  public static Builder withDetails() {
    return new Builder(true);
  }

  /**
   * Whether detail rows are asked for ({@code includeDetails=true}).
   *
   * @return the flag
   */
  public boolean includeDetails() {
    return includeDetails;
  }

  /**
   * The run-time filters, numbered from 1 in {@link #filterLogic()}.
   *
   * @return the filters; empty to run with the saved ones
   */
  public List<ReportFilter> filters() {
    return filters;
  }

  /**
   * How the filters combine.
   *
   * @return for example {@code "1 AND (2 OR 3)"}; empty for AND
   */
  public Optional<String> filterLogic() {
    return filterLogic;
  }

  /**
   * The date range for this run.
   *
   * @return the standard date filter; empty to keep the saved one
   */
  public Optional<StandardDateFilter> dateFilter() {
    return dateFilter;
  }

  /** Whether the run changes the report's metadata, and so is sent as a POST. */
  boolean changesMetadata() {
    return !filters.isEmpty() || filterLogic.isPresent() || dateFilter.isPresent();
  }

  /** The body {@code {"reportMetadata":{...}}} holding only what this run changes. */
  ObjectNode body(ObjectMapper mapper) {
    ObjectNode body = mapper.createObjectNode();
    ObjectNode metadata = body.putObject("reportMetadata");
    if (!filters.isEmpty()) {
      metadata.set("reportFilters", mapper.valueToTree(filters));
    }
    filterLogic.ifPresent(l -> metadata.put("reportBooleanFilter", l));
    dateFilter.ifPresent(d -> metadata.set("standardDateFilter", mapper.valueToTree(d)));
    return body;
  }

  /** Shows the options and the filtered columns, never the values. */
  @Override
  public String toString() {
    List<String> shown = new ArrayList<>();
    filters.forEach(f -> shown.add(f.column() + " " + f.operator()));
    return "ReportRun{" + (includeDetails ? "details" : "summaries")
        + (shown.isEmpty() ? "" : ", filters=" + shown)
        + filterLogic.map(l -> ", logic=" + l).orElse("")
        + dateFilter.map(d -> ", dates on " + d.column()).orElse("") + "}";
  }

  /** Builds a {@link ReportRun}. */
  public static final class Builder {
    private boolean includeDetails;
    private final List<ReportFilter> filters = new ArrayList<>();
    private String filterLogic;
    private StandardDateFilter dateFilter;

    private Builder(boolean includeDetails) {
      this.includeDetails = includeDetails;
    }

    /**
     * Sets whether detail rows are returned.
     *
     * @param includeDetails {@code true} for detail rows
     * @return this builder
     */
    public Builder includeDetails(boolean includeDetails) {
      this.includeDetails = includeDetails;
      return this;
    }

    /**
     * Adds a run-time filter.
     *
     * @param column the report column API name, e.g. {@code "AMOUNT"} or {@code "ACCOUNT.NAME"}
     * @param operator the comparison
     * @param value the value as text ({@code 100000}, {@code 2026-10-01}, {@code THIS_QUARTER});
     *     commas separate alternatives for equality and text operators
     * @return this builder
     * @throws InvalidArgumentException if the column is not a column API name or the value is null
     */
    public Builder filter(String column, FilterOperator operator, String value) {
      InvalidArgumentException.requireNonNull(column, "column");
      InvalidArgumentException.requireNonNull(operator, "operator");
      InvalidArgumentException.requireNonNull(value, "value");
      if (!COLUMN.matcher(column).matches()) {
        throw new InvalidArgumentException("column", "'" + column + "' is not a report column API"
            + " name such as AMOUNT or ACCOUNT.NAME; find them in describe(id).metadata()");
      }
      boolean needsValue = operator != FilterOperator.EQUALS && operator != FilterOperator.NOT_EQUAL;
      if (needsValue && value.isBlank()) {
        throw new InvalidArgumentException("value", "A " + operator + " filter on " + column
            + " needs a value; only equals and notEqual take an empty one (meaning blank)");
      }
      filters.add(ReportFilter.of(column, operator.apiName(), value));
      return this;
    }

    /**
     * Adds filters as Salesforce describes them, for example a report's saved filters.
     *
     * @param saved the filters; each operator must be one of {@link FilterOperator}
     * @return this builder
     * @throws InvalidArgumentException if an operator is not a report filter operator
     */
    public Builder filters(List<ReportFilter> saved) {
      InvalidArgumentException.requireNonNull(saved, "filters");
      for (ReportFilter f : saved) {
        filter(f.column(), FilterOperator.of(f.operator()), f.value().orElse(""));
      }
      return this;
    }

    /**
     * Sets how the filters combine; without it they combine with AND.
     *
     * @param logic for example {@code "1 AND (2 OR 3)"}
     * @return this builder
     */
    public Builder filterLogic(String logic) {
      this.filterLogic = InvalidArgumentException.requireNonNull(logic, "filterLogic");
      return this;
    }

    /**
     * Limits this run to a date range.
     *
     * @param filter for example {@code StandardDateFilter.between("CLOSE_DATE", from, to)}
     * @return this builder
     */
    public Builder dateFilter(StandardDateFilter filter) {
      this.dateFilter = InvalidArgumentException.requireNonNull(filter, "dateFilter");
      return this;
    }

    /**
     * Builds the run after checking it.
     *
     * @return the run
     * @throws InvalidArgumentException naming {@code filters} when there are more than 20, or
     *     {@code filterLogic} when the logic is malformed, names a filter that does not exist or
     *     leaves one out
     */
    public ReportRun build() {
      if (filters.size() > MAX_FILTERS) {
        throw new InvalidArgumentException("filters", "A report run takes at most " + MAX_FILTERS
            + " filters, not " + filters.size());
      }
      if (filterLogic != null) {
        if (filters.isEmpty()) {
          throw new InvalidArgumentException("filterLogic", "Filter logic '" + filterLogic
              + "' needs filters to combine; add them with filter(..)");
        }
        FilterLogicCheck.check(filterLogic, filters.size());
      }
      return new ReportRun(this);
    }
  }
}
