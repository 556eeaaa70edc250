package dev.salescloud.client.report;

import dev.salescloud.model.error.SalesCloudException;
import dev.salescloud.model.report.ReportInstance;

/**
 * An asynchronous report run that ended with status {@code Error} instead of {@code Success}, for
 * example because access to the report was removed after the run was requested.
 */
public final class ReportRunException extends SalesCloudException {
  private static final long serialVersionUID = 1L;

  private final transient ReportInstance instance;

  /**
   * An exception for a failed run.
   *
   * @param reportId the report's id, for the message
   * @param instance the instance as last read
   */
  public ReportRunException(String reportId, ReportInstance instance) {
    super("The asynchronous run " + instance.id() + " of report " + reportId + " ended with status "
        + instance.status() + "; check the report's access and definition, then run it again");
    this.instance = instance;
  }

  /**
   * The instance as last read.
   *
   * @return the instance
   */
  public ReportInstance instance() {
    return instance;
  }
}
