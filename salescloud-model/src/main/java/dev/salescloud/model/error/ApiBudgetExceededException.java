package dev.salescloud.model.error;

/**
 * The client refused to send a call because the org has used more of its daily API allocation
 * than the share the client was configured to spend ({@code SalesCloudClient.Builder
 * .maxDailyApiShare}). Nothing was sent. Salesforce itself answers {@code REQUEST_LIMIT_EXCEEDED}
 * ({@link RateLimitException}) only when the whole allocation is gone; this guard stops earlier,
 * so that other integrations of the org keep their share.
 */
public class ApiBudgetExceededException extends SalesCloudException {
  private static final long serialVersionUID = 1L;

  private final long used;
  private final long max;

  /**
   * Creates the exception.
   *
   * @param used API calls used in the rolling 24 hours, as last reported
   * @param max the org's daily allocation
   * @param share the configured share, between 0 and 1
   */
  public ApiBudgetExceededException(long used, long max, double share) {
    super(
        "Refused to call Salesforce: the org has used "
            + used
            + " of its "
            + max
            + " daily API calls, over the configured share of "
            + Math.round(share * 100)
            + "%. Wait for the rolling 24-hour allocation to free up, or raise maxDailyApiShare.");
    this.used = used;
    this.max = max;
  }

  /**
   * API calls used, as last reported by Salesforce.
   *
   * @return the count
   */
  public long used() {
    return used;
  }

  /**
   * The org's daily allocation.
   *
   * @return the maximum
   */
  public long max() {
    return max;
  }
}
