/**
 * Reports in the fake org: {@link dev.salescloud.testkit.report.ReportDefinition}s over the
 * standard {@link dev.salescloud.testkit.report.ReportKind}s, defined through {@link
 * dev.salescloud.testkit.report.OrgReports} ({@code org.reports()}) and run by the Reports and
 * Dashboards REST API, whose fact maps are computed from the org's records in Salesforce's shape.
 */
package dev.salescloud.testkit.report;
