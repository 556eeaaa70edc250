package dev.salescloud.client;

import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.error.ApiBudgetExceededException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.limits.ApiUsage;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The org's API usage as Salesforce last reported it in the {@code Sforce-Limit-Info} header of
 * any response, and the optional guard that stops the client from spending more than a share of
 * the daily allocation. Thread-safe.
 *
 * <pre>{@code
 * sf.limits().lastKnown().ifPresent(u -> log.info("API calls: {}/{}", u.used(), u.max()));
 * }</pre>
 */
public final class ApiLimits {
  private static final Logger LOG = LoggerFactory.getLogger(ApiLimits.class);

  private final AtomicReference<ApiUsage> last = new AtomicReference<>();
  private final double maxShare;

  ApiLimits(double maxShare) {
    if (!(maxShare > 0 && maxShare <= 1)) {
      throw new InvalidArgumentException(
          "maxDailyApiShare", "The share of the daily API allocation must be in (0, 1], not " + maxShare);
    }
    this.maxShare = maxShare;
  }

  /**
   * The usage in the latest response that carried it.
   *
   * @return the usage, or empty before the first response
   */
  public Optional<ApiUsage> lastKnown() {
    return Optional.ofNullable(last.get());
  }

  /**
   * The share of the daily allocation beyond which the client refuses new calls.
   *
   * @return a number in (0, 1]; 1 means no guard
   */
  public double maxShare() {
    return maxShare;
  }

  void record(HttpResponse response) {
    response
        .header(ApiUsage.HEADER)
        .ifPresent(
            header -> {
              try {
                last.set(ApiUsage.parse(header));
              } catch (InvalidArgumentException e) {
                LOG.debug("Ignoring a malformed {} header: {}", ApiUsage.HEADER, e.getMessage());
              }
            });
  }

  void checkBudget() {
    ApiUsage usage = last.get();
    if (maxShare < 1 && usage != null && usage.max() > 0 && usage.fractionUsed() >= maxShare) {
      throw new ApiBudgetExceededException(usage.used(), usage.max(), maxShare);
    }
  }
}
