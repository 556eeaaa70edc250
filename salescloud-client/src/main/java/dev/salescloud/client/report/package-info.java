/**
 * The Reports and Dashboards REST API in the client: {@link
 * dev.salescloud.client.report.ReportClient} ({@code sf.reports()}) lists, finds and describes
 * reports and runs them synchronously or asynchronously, with run-time filters built and checked
 * by {@link dev.salescloud.client.report.ReportRun}. Results are the model's {@link
 * dev.salescloud.model.report.ReportResult}, read by group labels, aggregate names and column names.
 */
package dev.salescloud.client.report;
