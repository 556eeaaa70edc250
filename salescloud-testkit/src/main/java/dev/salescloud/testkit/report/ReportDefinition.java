package dev.salescloud.testkit.report;

import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.report.GroupingInfo;
import dev.salescloud.model.report.ReportFilter;
import dev.salescloud.model.report.ReportMetadata;
import dev.salescloud.model.report.SortColumn;
import dev.salescloud.model.report.StandardDateFilter;
import dev.salescloud.testkit.schema.SalesforceFault;
import java.util.List;

/**
 * A report to define in the fake org with {@link OrgReports#define(ReportDefinition)}: its report
 * type, format, detail columns, groupings, aggregates and filters, with Salesforce's column API
 * names (see {@link ReportKind}).
 *
 * <pre>{@code
 * ReportDefinition pipeline = ReportDefinition.summary(ReportKind.OPPORTUNITIES, "Pipeline by Stage")
 *     .columns("OPPORTUNITY_NAME", "ACCOUNT_NAME", "AMOUNT", "CLOSE_DATE")
 *     .groupDown("STAGE_NAME")
 *     .aggregates("s!AMOUNT", "RowCount")
 *     .filter("AMOUNT", "greaterThan", "0")
 *     .build();
 * ReportDefinition byMonth = ReportDefinition.matrix(ReportKind.OPPORTUNITIES, "Stage by Month")
 *     .groupDown("STAGE_NAME")
 *     .groupAcross("CLOSE_DATE", GroupingInfo.DateGranularity.MONTH)
 *     .aggregates("RowCount", "s!AMOUNT")
 *     .build();
 * }</pre>
 *
 * <p>Definitions are immutable; {@link Builder#build()} refuses columns, groupings and aggregates the
 * report type does not have, naming the argument.
 */
public final class ReportDefinition {
  private final ReportKind kind;
  private final String folder;
  private final ReportMetadata metadata;

  private ReportDefinition(ReportKind kind, String folder, ReportMetadata metadata) {
    this.kind = kind;
    this.folder = folder;
    this.metadata = metadata;
  }

  /**
   * Starts a tabular report: a list of records with a grand total.
   *
   * @param kind the report type
   * @param name the report's name
   * @return a builder
   */
  public static Builder tabular(ReportKind kind, String name) {
    return new Builder(kind, name, ReportMetadata.Format.TABULAR);
  }

  /**
   * Starts a summary report: records grouped down, with subtotals.
   *
   * @param kind the report type
   * @param name the report's name
   * @return a builder; add at least one {@link Builder#groupDown(String)}
   */
  public static Builder summary(ReportKind kind, String name) {
    return new Builder(kind, name, ReportMetadata.Format.SUMMARY);
  }

  /**
   * Starts a matrix report: records grouped down and across.
   *
   * @param kind the report type
   * @param name the report's name
   * @return a builder; add groupings in both directions
   */
  public static Builder matrix(ReportKind kind, String name) {
    return new Builder(kind, name, ReportMetadata.Format.MATRIX);
  }

  /**
   * The report type.
   *
   * @return the kind
   */
  public ReportKind kind() {
    return kind;
  }

  /**
   * The folder the report is filed in, as the {@code Report} record's {@code FolderName}.
   *
   * @return the folder's name
   */
  public String folder() {
    return folder;
  }

  /**
   * The definition as the Reports API describes it, without an id.
   *
   * @return the metadata
   */
  public ReportMetadata metadata() {
    return metadata;
  }

  /** Shows the name, type and format. */
  @Override
  public String toString() {
    return "ReportDefinition{" + metadata.name().orElse("") + ", " + kind + ", "
        + metadata.reportFormat().orElse("") + "}";
  }

  /** Builds a {@link ReportDefinition}. */
  public static final class Builder {
    private final ReportKind kind;
    private final ReportMetadata.Builder metadata = ReportMetadata.builder();
    private String folder = "Public Reports";
    private final String name;

    private Builder(ReportKind kind, String name, String format) {
      this.kind = InvalidArgumentException.requireNonNull(kind, "kind");
      this.name = InvalidArgumentException.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new InvalidArgumentException("name", "The report name can't be blank");
      }
      metadata.name(name).developerName(name.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", ""))
          .reportFormat(format).reportType(kind.reportType()).scope("organization")
          .hasDetailRows(true).showGrandTotal(true).showSubtotals(true);
    }

    /**
     * Sets the API name; by default the name with every run of other characters than letters and
     * digits replaced by {@code _}.
     *
     * @param developerName for example {@code "Pipeline_by_Stage"}
     * @return this builder
     */
    public Builder developerName(String developerName) {
      metadata.developerName(InvalidArgumentException.requireNonNull(developerName, "developerName"));
      return this;
    }

    /**
     * Sets the folder; {@code "Public Reports"} unless set.
     *
     * @param folder the folder's name
     * @return this builder
     */
    public Builder folder(String folder) {
      this.folder = InvalidArgumentException.requireNonNull(folder, "folder");
      return this;
    }

    /**
     * Adds detail columns, in display order.
     *
     * @param columns column API names such as {@code "OPPORTUNITY_NAME"}, {@code "AMOUNT"}
     * @return this builder
     */
    public Builder columns(String... columns) {
      InvalidArgumentException.requireNonNull(columns, "columns");
      metadata.addDetailColumns(columns);
      return this;
    }

    /**
     * Adds a row grouping, ascending, inside the ones added before.
     *
     * @param column the column grouped on, e.g. {@code "STAGE_NAME"}
     * @return this builder
     */
    public Builder groupDown(String column) {
      return groupDown(column, GroupingInfo.DateGranularity.NONE);
    }

    /**
     * Adds a row grouping on a date column bucketed by a granularity.
     *
     * @param column the column grouped on, e.g. {@code "CLOSE_DATE"}
     * @param granularity one of {@link GroupingInfo.DateGranularity}, e.g. {@code "Month"}
     * @return this builder
     */
    public Builder groupDown(String column, String granularity) {
      metadata.addGroupingsDown(grouping(column, granularity));
      return this;
    }

    /**
     * Adds a column grouping (matrix reports), ascending, inside the ones added before.
     *
     * @param column the column grouped on
     * @return this builder
     */
    public Builder groupAcross(String column) {
      return groupAcross(column, GroupingInfo.DateGranularity.NONE);
    }

    /**
     * Adds a column grouping on a date column bucketed by a granularity.
     *
     * @param column the column grouped on, e.g. {@code "CLOSE_DATE"}
     * @param granularity one of {@link GroupingInfo.DateGranularity}, e.g. {@code "Month"}
     * @return this builder
     */
    public Builder groupAcross(String column, String granularity) {
      metadata.addGroupingsAcross(grouping(column, granularity));
      return this;
    }

    /**
     * Adds summaries, in order: {@code RowCount}, or a kind and a number column such as {@code
     * s!AMOUNT} (s sum, a average, m smallest, x largest, u unique count).
     *
     * @param aggregates the aggregate names
     * @return this builder
     */
    public Builder aggregates(String... aggregates) {
      InvalidArgumentException.requireNonNull(aggregates, "aggregates");
      metadata.addAggregates(aggregates);
      return this;
    }

    /**
     * Adds a filter; filters combine with AND unless {@link #filterLogic(String)} says otherwise.
     *
     * @param column the column filtered, e.g. {@code "AMOUNT"}
     * @param operator one of {@link ReportFilter.Operator}, e.g. {@code "greaterThan"}
     * @param value the value as text; commas separate alternatives for {@code equals}
     * @return this builder
     */
    public Builder filter(String column, String operator, String value) {
      metadata.addReportFilters(ReportFilter.of(column, operator, value));
      return this;
    }

    /**
     * Sets how the filters combine.
     *
     * @param logic for example {@code "1 AND (2 OR 3)"}
     * @return this builder
     */
    public Builder filterLogic(String logic) {
      metadata.reportBooleanFilter(InvalidArgumentException.requireNonNull(logic, "logic"));
      return this;
    }

    /**
     * Limits the report to a date range.
     *
     * @param filter for example {@code StandardDateFilter.between("CLOSE_DATE", from, to)}
     * @return this builder
     */
    public Builder dateFilter(StandardDateFilter filter) {
      metadata.standardDateFilter(InvalidArgumentException.requireNonNull(filter, "dateFilter"));
      return this;
    }

    /**
     * Sorts the detail rows by a column.
     *
     * @param column the column
     * @param order {@code "Asc"} or {@code "Desc"}
     * @return this builder
     */
    public Builder sortBy(String column, String order) {
      metadata.addSortBy(SortColumn.of(column, order));
      return this;
    }

    /**
     * Builds the definition after checking it against the report type.
     *
     * @return the definition
     * @throws InvalidArgumentException if a column, grouping, aggregate or filter is not one the
     *     report type can run, or the groupings do not fit the format
     */
    public ReportDefinition build() {
      ReportMetadata built = metadata.build();
      try {
        ReportQuery query = new ReportQuery(kind, built);
        query.check();
        query.query();
      } catch (SalesforceFault fault) {
        throw new InvalidArgumentException("definition", "Report " + name + ": " + fault.getMessage());
      }
      return new ReportDefinition(kind, folder, built);
    }

    private static GroupingInfo grouping(String column, String granularity) {
      InvalidArgumentException.requireNonNull(column, "column");
      InvalidArgumentException.requireNonNull(granularity, "granularity");
      return GroupingInfo.builder().name(column).sortOrder(GroupingInfo.SortOrder.ASC)
          .dateGranularity(granularity).build();
    }
  }
}
