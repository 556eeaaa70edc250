package dev.salescloud.testkit.report;

import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.report.ReportInstance;
import dev.salescloud.model.report.ReportResult;
import java.time.Instant;

/**
 * One asynchronous run of a report: its result is taken when it is requested, and each look at
 * the instance moves it one step on, from {@code New} to {@code Running} to {@code Success}.
 */
final class AsyncRun {
  private final SalesforceId reportId;
  private final ReportResult result;
  private ReportInstance instance;

  AsyncRun(SalesforceId reportId, ReportInstance instance, ReportResult result) {
    this.reportId = reportId;
    this.instance = instance;
    this.result = result;
  }

  SalesforceId reportId() {
    return reportId;
  }

  ReportInstance instance() {
    return instance;
  }

  ReportResult result() {
    return result;
  }

  /** Moves the run one step on; the step to {@code Success} stamps the completion date. */
  ReportInstance advance(Instant now) {
    if (instance.status().equals(ReportInstance.Status.NEW)) {
      instance = instance.toBuilder().status(ReportInstance.Status.RUNNING).build();
    } else if (instance.status().equals(ReportInstance.Status.RUNNING)) {
      instance = instance.toBuilder().status(ReportInstance.Status.SUCCESS).completionDate(now)
          .putOtherField("queryable", BooleanNode.FALSE).build();
    }
    return instance;
  }
}
