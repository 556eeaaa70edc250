package dev.salescloud.testkit.report;

import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.report.ReportType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard report types the fake org runs reports on, each over one sObject with Salesforce's
 * column API names.
 *
 * <table>
 *   <caption>Report types and their columns</caption>
 *   <tr><th>Kind</th><th>type</th><th>sObject</th><th>Columns</th></tr>
 *   <tr><td>{@link #OPPORTUNITIES}</td><td>{@code Opportunity}</td><td>Opportunity</td>
 *       <td>{@code OPPORTUNITY_NAME, ACCOUNT_NAME, AMOUNT, STAGE_NAME, CLOSE_DATE, TYPE,
 *       LEAD_SOURCE, PROBABILITY, EXP_AMOUNT, NEXT_STEP, FORECAST_CATEGORY, CLOSED, WON,
 *       FULL_NAME, CREATED_DATE}</td></tr>
 *   <tr><td>{@link #LEADS}</td><td>{@code LeadList}</td><td>Lead</td>
 *       <td>{@code FIRST_NAME, LAST_NAME, COMPANY, TITLE, EMAIL, LEAD_SOURCE, STATUS, INDUSTRY,
 *       RATING, ANNUAL_REVENUE, CONVERTED, OWNER_FULL_NAME, CREATED_DATE}</td></tr>
 *   <tr><td>{@link #ACCOUNTS}</td><td>{@code AccountList}</td><td>Account</td>
 *       <td>{@code ACCOUNT.NAME, TYPE, INDUSTRY, RATING, SALES, EMPLOYEES, ADDRESS1_CITY,
 *       ADDRESS1_STATE, USERS.NAME, CREATED_DATE}</td></tr>
 *   <tr><td>{@link #ACTIVITIES}</td><td>{@code Activity}</td><td>Task</td>
 *       <td>{@code SUBJECT, DUE_DATE, STATUS, PRIORITY, ASSIGNED, CREATED_DATE}</td></tr>
 * </table>
 *
 * <p>Amounts are {@code currency}, so they can be summed ({@code s!AMOUNT}), averaged ({@code
 * a!AMOUNT}) and bounded ({@code m!AMOUNT}, {@code x!AMOUNT}); dates can be grouped by day, week,
 * month, quarter or year.
 */
public enum ReportKind {
  /** Opportunities: report type {@code Opportunity}. */
  OPPORTUNITIES("Opportunity", "Opportunities", "Opportunity", "Opportunity Information", List.of(
      ReportColumn.named("OPPORTUNITY_NAME", "Opportunity Name", "Id", "Name"),
      ReportColumn.named("ACCOUNT_NAME", "Account Name", "AccountId", "Account.Name"),
      ReportColumn.of("AMOUNT", "Amount", "currency", "Amount"),
      ReportColumn.of("STAGE_NAME", "Stage", "picklist", "StageName"),
      ReportColumn.of("CLOSE_DATE", "Close Date", "date", "CloseDate"),
      ReportColumn.of("TYPE", "Type", "picklist", "Type"),
      ReportColumn.of("LEAD_SOURCE", "Lead Source", "picklist", "LeadSource"),
      ReportColumn.of("PROBABILITY", "Probability (%)", "percent", "Probability"),
      ReportColumn.of("EXP_AMOUNT", "Expected Revenue", "currency", "ExpectedRevenue"),
      ReportColumn.of("NEXT_STEP", "Next Step", "string", "NextStep"),
      ReportColumn.of("FORECAST_CATEGORY", "Forecast Category", "picklist", "ForecastCategoryName"),
      ReportColumn.of("CLOSED", "Closed", "boolean", "IsClosed"),
      ReportColumn.of("WON", "Won", "boolean", "IsWon"),
      ReportColumn.named("FULL_NAME", "Opportunity Owner", "OwnerId", "Owner.Name"),
      ReportColumn.of("CREATED_DATE", "Created Date", "datetime", "CreatedDate"))),
  /** Leads: report type {@code LeadList}. */
  LEADS("LeadList", "Leads", "Lead", "Lead Information", List.of(
      ReportColumn.of("FIRST_NAME", "First Name", "string", "FirstName"),
      ReportColumn.named("LAST_NAME", "Last Name", "Id", "LastName"),
      ReportColumn.of("COMPANY", "Company / Account", "string", "Company"),
      ReportColumn.of("TITLE", "Title", "string", "Title"),
      ReportColumn.of("EMAIL", "Email", "email", "Email"),
      ReportColumn.of("LEAD_SOURCE", "Lead Source", "picklist", "LeadSource"),
      ReportColumn.of("STATUS", "Lead Status", "picklist", "Status"),
      ReportColumn.of("INDUSTRY", "Industry", "picklist", "Industry"),
      ReportColumn.of("RATING", "Rating", "picklist", "Rating"),
      ReportColumn.of("ANNUAL_REVENUE", "Annual Revenue", "currency", "AnnualRevenue"),
      ReportColumn.of("CONVERTED", "Converted", "boolean", "IsConverted"),
      ReportColumn.named("OWNER_FULL_NAME", "Lead Owner", "OwnerId", "Owner.Name"),
      ReportColumn.of("CREATED_DATE", "Created Date", "datetime", "CreatedDate"))),
  /** Accounts: report type {@code AccountList}. */
  ACCOUNTS("AccountList", "Accounts", "Account", "Account Information", List.of(
      ReportColumn.named("ACCOUNT.NAME", "Account Name", "Id", "Name"),
      ReportColumn.of("TYPE", "Type", "picklist", "Type"),
      ReportColumn.of("INDUSTRY", "Industry", "picklist", "Industry"),
      ReportColumn.of("RATING", "Account Rating", "picklist", "Rating"),
      ReportColumn.of("SALES", "Annual Revenue", "currency", "AnnualRevenue"),
      ReportColumn.of("EMPLOYEES", "Employees", "int", "NumberOfEmployees"),
      ReportColumn.of("ADDRESS1_CITY", "Billing City", "string", "BillingCity"),
      ReportColumn.of("ADDRESS1_STATE", "Billing State/Province", "string", "BillingState"),
      ReportColumn.named("USERS.NAME", "Account Owner", "OwnerId", "Owner.Name"),
      ReportColumn.of("CREATED_DATE", "Created Date", "datetime", "CreatedDate"))),
  /** Tasks: report type {@code Activity}. */
  ACTIVITIES("Activity", "Tasks and Events", "Task", "Activity Information", List.of(
      ReportColumn.named("SUBJECT", "Subject", "Id", "Subject"),
      ReportColumn.of("DUE_DATE", "Date", "date", "ActivityDate"),
      ReportColumn.of("STATUS", "Status", "picklist", "Status"),
      ReportColumn.of("PRIORITY", "Priority", "picklist", "Priority"),
      ReportColumn.named("ASSIGNED", "Assigned", "OwnerId", "Owner.Name"),
      ReportColumn.of("CREATED_DATE", "Created Date", "datetime", "CreatedDate")));

  private final String type;
  private final String label;
  private final String sobjectType;
  private final String category;
  private final Map<String, ReportColumn> columns = new LinkedHashMap<>();

  ReportKind(String type, String label, String sobjectType, String category, List<ReportColumn> columns) {
    this.type = type;
    this.label = label;
    this.sobjectType = sobjectType;
    this.category = category;
    columns.forEach(c -> this.columns.put(c.name(), c));
  }

  /**
   * The report type as {@code reportMetadata.reportType} shows it.
   *
   * @return for example {@code {"type":"Opportunity","label":"Opportunities"}}
   */
  public ReportType reportType() {
    return ReportType.of(type, label);
  }

  /**
   * The sObject whose records the report type lists.
   *
   * @return for example {@code "Opportunity"}
   */
  public String sobjectType() {
    return sobjectType;
  }

  /**
   * The column API names of the report type, in display order.
   *
   * @return for example {@code [OPPORTUNITY_NAME, ACCOUNT_NAME, AMOUNT, ...]}
   */
  public List<String> columnNames() {
    return List.copyOf(columns.keySet());
  }

  /**
   * The report kind whose {@code reportType.type} is the given name.
   *
   * @param type for example {@code "Opportunity"} or {@code "LeadList"}
   * @return the kind; empty for a report type the fake does not know
   */
  public static Optional<ReportKind> byType(String type) {
    InvalidArgumentException.requireNonNull(type, "type");
    for (ReportKind kind : values()) {
      if (kind.type.equalsIgnoreCase(type)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  Optional<ReportColumn> column(String name) {
    return Optional.ofNullable(columns.get(name));
  }

  List<ReportColumn> columns() {
    return List.copyOf(columns.values());
  }

  String category() {
    return category;
  }
}
