package dev.salescloud.client.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.SalesforceId;
import java.util.Optional;

/**
 * A report as a list names it: from {@link ReportClient#recent()} ({@code GET analytics/reports})
 * or {@link ReportClient#search(String)} (SOQL on the {@code Report} object).
 *
 * <pre>{@code
 * for (ReportSummary r : sf.reports().search("Pipeline")) {
 *   ReportResult result = sf.reports().run(r.id());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportSummary {
  private final SalesforceId id;
  private final String name;
  private final Optional<String> developerName;
  private final Optional<String> folderName;
  private final Optional<String> format;

  private ReportSummary(
      SalesforceId id, String name, Optional<String> developerName, Optional<String> folderName,
      Optional<String> format) {
    this.id = id;
    this.name = name;
    this.developerName = developerName;
    this.folderName = folderName;
    this.format = format;
  }

  /** An entry of the recent list: {@code {"id","name","url","describeUrl","instancesUrl"}}. */
  static ReportSummary fromList(JsonNode entry) {
    return new ReportSummary(SalesforceId.of(entry.path("id").asText()), entry.path("name").asText(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A {@code Report} record read by SOQL. */
  static ReportSummary fromRecord(JsonNode record) {
    return new ReportSummary(SalesforceId.of(record.path("Id").asText()), record.path("Name").asText(),
        text(record, "DeveloperName"), text(record, "FolderName"), text(record, "Format"));
  }

  private static Optional<String> text(JsonNode record, String field) {
    JsonNode v = record.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  /**
   * The report's id.
   *
   * @return the id, key prefix {@code 00O}
   */
  public SalesforceId id() {
    return id;
  }

  /**
   * The report's name.
   *
   * @return for example {@code "Pipeline by Stage"}
   */
  public String name() {
    return name;
  }

  /**
   * The report's API name (search results only).
   *
   * @return for example {@code "Pipeline_by_Stage"}
   */
  public Optional<String> developerName() {
    return developerName;
  }

  /**
   * The folder the report is filed in (search results only).
   *
   * @return the folder's name
   */
  public Optional<String> folderName() {
    return folderName;
  }

  /**
   * The report's format (search results only).
   *
   * @return {@code TABULAR}, {@code SUMMARY}, {@code MATRIX} or {@code MULTI_BLOCK}
   */
  public Optional<String> format() {
    return format;
  }

  /** Compares by id. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReportSummary && ((ReportSummary) o).id.equals(id);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** Shows the id and the name. */
  @Override
  public String toString() {
    return "ReportSummary{" + id + " '" + name + "'}";
  }
}
