package dev.salescloud.client.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.report.ReportExtendedMetadata;
import dev.salescloud.model.report.ReportMetadata;
import java.util.Optional;

/**
 * What {@link ReportClient#describe} returns ({@code GET analytics/reports/{id}/describe}): the
 * report's saved definition, the labels and data types of its columns and aggregates, and the
 * report type's columns with the filter operators each data type takes.
 *
 * <pre>{@code
 * ReportDescription d = sf.reports().describe(reportId);
 * d.metadata().detailColumns();                        // [OPPORTUNITY_NAME, AMOUNT, ...]
 * d.metadata().reportFilters();                        // the saved filters
 * d.extendedMetadata().map(e -> e.aggregateColumnInfo().get("s!AMOUNT"));   // "Sum of Amount"
 * }</pre>
 */
public final class ReportDescription {
  private final ReportMetadata metadata;
  private final Optional<ReportExtendedMetadata> extendedMetadata;
  private final JsonNode reportTypeMetadata;

  ReportDescription(
      ReportMetadata metadata, Optional<ReportExtendedMetadata> extendedMetadata, JsonNode reportTypeMetadata) {
    this.metadata = metadata;
    this.extendedMetadata = extendedMetadata;
    this.reportTypeMetadata = reportTypeMetadata;
  }

  /**
   * The report's saved definition; derive a run from it with {@link ReportRun.Builder#filters}.
   *
   * @return the metadata
   */
  public ReportMetadata metadata() {
    return metadata;
  }

  /**
   * Labels and data types of the report's aggregates, detail columns and groupings.
   *
   * @return the extended metadata, if Salesforce sent it
   */
  public Optional<ReportExtendedMetadata> extendedMetadata() {
    return extendedMetadata;
  }

  /**
   * The report type's columns by category ({@code categories[].columns}) and the filter operators
   * of each data type ({@code dataTypeFilterOperatorMap}), as sent.
   *
   * @return the JSON object; an empty object if Salesforce sent none
   */
  public JsonNode reportTypeMetadata() {
    return reportTypeMetadata.deepCopy();
  }

  /** Shows the report, never data. */
  @Override
  public String toString() {
    return "ReportDescription{" + metadata + "}";
  }
}
