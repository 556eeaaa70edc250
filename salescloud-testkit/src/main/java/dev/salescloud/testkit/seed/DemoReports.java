package dev.salescloud.testkit.seed;

import dev.salescloud.testkit.report.OrgReports;
import dev.salescloud.testkit.report.ReportDefinition;
import dev.salescloud.testkit.report.ReportKind;

/**
 * The reports of {@link Seed#DEMO}, defined over its records in a fixed order, so that the same
 * org gets the same report ids on every run.
 */
final class DemoReports {
  /** The folder the demo reports are filed in. */
  static final String FOLDER = "Sales Reports";

  private final OrgReports reports;

  DemoReports(OrgReports reports) {
    this.reports = reports;
  }

  void define() {
    reports.define(ReportDefinition.summary(ReportKind.OPPORTUNITIES, "Pipeline by Stage")
        .folder(FOLDER)
        .columns("OPPORTUNITY_NAME", "ACCOUNT_NAME", "AMOUNT", "CLOSE_DATE", "FULL_NAME")
        .groupDown("STAGE_NAME")
        .aggregates("s!AMOUNT", "RowCount")
        .build());
    reports.define(ReportDefinition.matrix(ReportKind.LEADS, "Leads by Status and Source")
        .folder(FOLDER)
        .groupDown("STATUS")
        .groupAcross("LEAD_SOURCE")
        .aggregates("RowCount")
        .build());
    reports.define(ReportDefinition.tabular(ReportKind.OPPORTUNITIES, "Open Opportunities")
        .folder(FOLDER)
        .columns("OPPORTUNITY_NAME", "ACCOUNT_NAME", "STAGE_NAME", "AMOUNT", "CLOSE_DATE",
            "FULL_NAME")
        .filter("CLOSED", "equals", "false")
        .sortBy("CLOSE_DATE", "Asc")
        .aggregates("s!AMOUNT", "RowCount")
        .build());
  }
}
