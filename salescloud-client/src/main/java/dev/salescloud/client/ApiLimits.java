package dev.salescloud.client;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.error.ApiBudgetExceededException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.limits.ApiUsage;
import dev.salescloud.model.limits.Limits;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The org's API usage as Salesforce last reported it in the {@code Sforce-Limit-Info} header of
 * any response, the optional guard that stops the client from spending more than a share of the
 * daily allocation, and the org's full list of limits on demand. Thread-safe.
 *
 * <pre>{@code
 * sf.limits().lastKnown().ifPresent(u -> log.info("API calls: {}/{}", u.used(), u.max()));
 *
 * Limits all = sf.limits().fetch();                     // GET /services/data/v66.0/limits
 * long reportRunsLeft = all.hourlySyncReportRuns().map(Limit::remaining).orElse(0L);
 * }</pre>
 *
 * <h2>The budget guard</h2>
 *
 * <p>With {@link SalesCloudClient.Builder#maxDailyApiShare(double)} below 1, a call is refused
 * with {@link ApiBudgetExceededException} once the last known usage reaches that share. The
 * allocation is a rolling 24-hour window, so usage eases again; {@link #fetch()} is never refused
 * by the guard, and the usage it brings back lifts the guard once it is below the share.
 */
public final class ApiLimits {
  private static final Logger LOG = LoggerFactory.getLogger(ApiLimits.class);

  private static final TypeReference<Limits> LIMITS = new TypeReference<>() {};

  private final AtomicReference<ApiUsage> last = new AtomicReference<>();
  private final double maxShare;
  private final ApiVersion version;
  private volatile ApiExchange exchange;

  ApiLimits(double maxShare, ApiVersion version) {
    if (!(maxShare > 0 && maxShare <= 1)) {
      throw new InvalidArgumentException(
          "maxDailyApiShare", "The share of the daily API allocation must be in (0, 1], not " + maxShare);
    }
    this.maxShare = maxShare;
    this.version = version;
  }

  /** Called once by the exchange that records into this tracker. */
  void attach(ApiExchange owner) {
    if (exchange != null) {
      throw new IllegalStateException("The limits tracker already belongs to an exchange");
    }
    exchange = owner;
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

  /**
   * Reads every limit of the org, as Salesforce counts them now. Maps to {@code GET
   * .../limits}; it costs one API call, and the budget guard never refuses it. Updates {@link
   * #lastKnown()} from the answer.
   *
   * @return the limits, in Salesforce's order
   * @throws dev.salescloud.model.error.AuthorizationException if the user lacks "View Setup and
   *     Configuration"
   */
  public Limits fetch() {
    return fetch(RequestOptions.none());
  }

  /**
   * Reads every limit of the org with per-call options. Maps to {@code GET .../limits}.
   *
   * @param options the call's timeout and extra headers
   * @return the limits, in Salesforce's order
   */
  public Limits fetch(RequestOptions options) {
    String path = version.basePath() + "/limits";
    HttpResponse response = exchange.sendUnguarded("GET", path, options);
    Limits limits = exchange.read("GET", path, response, LIMITS);
    if (response.header(ApiUsage.HEADER).isEmpty()) {
      limits.dailyApiRequests().ifPresent(daily -> last.set(ApiUsage.of(Math.max(0, daily.used()), daily.max())));
    }
    return limits;
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

  /** Records usage reported other than by header, such as a SOAP answer's LimitInfoHeader. */
  void record(ApiUsage usage) {
    last.set(usage);
  }

  void checkBudget() {
    ApiUsage usage = last.get();
    if (maxShare < 1 && usage != null && usage.max() > 0 && usage.fractionUsed() >= maxShare) {
      throw new ApiBudgetExceededException(usage.used(), usage.max(), maxShare);
    }
  }
}
