package dev.salescloud.model.limits;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The org's limits, the body of {@code GET /services/data/vNN.0/limits}: every limit by name, in
 * the order Salesforce sent them, with typed accessors for the ones the SDK cares about.
 *
 * <pre>{@code
 * {"ConcurrentSyncReportRuns":{"Max":20,"Remaining":20},
 *  "DailyApiRequests":{"Max":15000,"Remaining":14998,"Ant Migration Tool":{"Max":0,"Remaining":0}},
 *  "DataStorageMB":{"Max":1024,"Remaining":1020}, ...}
 *
 * Limits limits = mapper.readValue(body, Limits.class);
 * long left = limits.dailyApiRequests().map(Limit::remaining).orElse(0L);
 * Optional<Limit> any = limits.get("DailyAsyncApexExecutions");
 * }</pre>
 *
 * <p>Which limits an org reports depends on its edition, features and the caller's permissions
 * (storage needs "Manage Users"), so every accessor is optional. Names Salesforce adds later are
 * kept and written back unchanged. Instances are immutable and thread-safe.
 */
public final class Limits {
  private final Map<String, Limit> limits;

  private Limits(Map<String, Limit> limits) {
    this.limits = Collections.unmodifiableMap(new LinkedHashMap<>(limits));
  }

  /**
   * The limits of the given map, in its order.
   *
   * @param limits limit name to limit, such as {@code "DailyApiRequests"}
   * @return the limits
   * @throws InvalidArgumentException if the map, a name or a limit is null, or a name is blank
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Limits of(Map<String, Limit> limits) {
    InvalidArgumentException.requireNonNull(limits, "limits");
    for (Map.Entry<String, Limit> entry : limits.entrySet()) {
      if (entry.getKey() == null || entry.getKey().isBlank()) {
        throw new InvalidArgumentException("limits", "A limit needs a name; got '" + entry.getKey() + "'");
      }
      if (entry.getValue() == null) {
        throw new InvalidArgumentException(
            entry.getKey(),
            "Limit " + entry.getKey() + " is null; a limit is an object with Max and Remaining");
      }
    }
    return new Limits(limits);
  }

  /**
   * Every limit, by name, in the order Salesforce sent them.
   *
   * @return an unmodifiable ordered map
   */
  @JsonValue
  public Map<String, Limit> asMap() {
    return limits;
  }

  /**
   * The names of the limits the org reported.
   *
   * @return the names, in order
   */
  public Set<String> names() {
    return limits.keySet();
  }

  /**
   * A limit by name, matched exactly first and then ignoring case.
   *
   * @param name the limit's name, such as {@code "DailyApiRequests"}; see {@link Names}
   * @return the limit, or empty if the org did not report it
   */
  public Optional<Limit> get(String name) {
    InvalidArgumentException.requireNonNull(name, "name");
    Limit exact = limits.get(name);
    if (exact != null) {
      return Optional.of(exact);
    }
    return limits.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /**
   * {@code DailyApiRequests}: API calls in the rolling 24 hours, with the per-app breakdown.
   *
   * @return the limit, if reported
   */
  public Optional<Limit> dailyApiRequests() {
    return get(Names.DAILY_API_REQUESTS);
  }

  /**
   * {@code DailyBulkApiBatches}: Bulk API batches in the rolling 24 hours ({@code
   * DailyBulkApiRequests} in API versions that still used that name).
   *
   * @return the limit, if reported
   */
  public Optional<Limit> dailyBulkApiBatches() {
    return get(Names.DAILY_BULK_API_BATCHES).or(() -> get(Names.DAILY_BULK_API_REQUESTS));
  }

  /**
   * {@code DailyBulkV2QueryJobs}: Bulk API 2.0 query jobs in the rolling 24 hours.
   *
   * @return the limit, if reported
   */
  public Optional<Limit> dailyBulkV2QueryJobs() {
    return get(Names.DAILY_BULK_V2_QUERY_JOBS);
  }

  /**
   * {@code DailyBulkV2QueryFileStorageMB}: megabytes of Bulk API 2.0 query results in the rolling
   * 24 hours.
   *
   * @return the limit, if reported
   */
  public Optional<Limit> dailyBulkV2QueryFileStorageMb() {
    return get(Names.DAILY_BULK_V2_QUERY_FILE_STORAGE_MB);
  }

  /**
   * {@code DailyAsyncApexExecutions}: asynchronous Apex executions in the rolling 24 hours.
   *
   * @return the limit, if reported
   */
  public Optional<Limit> dailyAsyncApexExecutions() {
    return get(Names.DAILY_ASYNC_APEX_EXECUTIONS);
  }

  /**
   * {@code DataStorageMB}: data storage in megabytes (reported to users with "Manage Users").
   *
   * @return the limit, if reported
   */
  public Optional<Limit> dataStorageMb() {
    return get(Names.DATA_STORAGE_MB);
  }

  /**
   * {@code FileStorageMB}: file storage in megabytes (reported to users with "Manage Users").
   *
   * @return the limit, if reported
   */
  public Optional<Limit> fileStorageMb() {
    return get(Names.FILE_STORAGE_MB);
  }

  /**
   * {@code ConcurrentSyncReportRuns}: synchronous report runs at once through the REST API.
   *
   * @return the limit, if reported
   */
  public Optional<Limit> concurrentSyncReportRuns() {
    return get(Names.CONCURRENT_SYNC_REPORT_RUNS);
  }

  /**
   * {@code ConcurrentAsyncGetReportInstances}: requests for asynchronous report results at once.
   *
   * @return the limit, if reported
   */
  public Optional<Limit> concurrentAsyncGetReportInstances() {
    return get(Names.CONCURRENT_ASYNC_GET_REPORT_INSTANCES);
  }

  /**
   * {@code HourlySyncReportRuns}: synchronous report runs per hour through the REST API.
   *
   * @return the limit, if reported
   */
  public Optional<Limit> hourlySyncReportRuns() {
    return get(Names.HOURLY_SYNC_REPORT_RUNS);
  }

  /**
   * {@code HourlyAsyncReportRuns}: asynchronous report runs per hour through the REST API.
   *
   * @return the limit, if reported
   */
  public Optional<Limit> hourlyAsyncReportRuns() {
    return get(Names.HOURLY_ASYNC_REPORT_RUNS);
  }

  /**
   * {@code HourlyDashboardRefreshes}: dashboard refreshes per hour through the REST API.
   *
   * @return the limit, if reported
   */
  public Optional<Limit> hourlyDashboardRefreshes() {
    return get(Names.HOURLY_DASHBOARD_REFRESHES);
  }

  /**
   * {@code HourlyDashboardResults}: requests for dashboard results per hour.
   *
   * @return the limit, if reported
   */
  public Optional<Limit> hourlyDashboardResults() {
    return get(Names.HOURLY_DASHBOARD_RESULTS);
  }

  /**
   * {@code HourlyDashboardStatuses}: dashboard status requests per hour.
   *
   * @return the limit, if reported
   */
  public Optional<Limit> hourlyDashboardStatuses() {
    return get(Names.HOURLY_DASHBOARD_STATUSES);
  }

  /**
   * {@code SingleEmail}: single emails to external addresses per day.
   *
   * @return the limit, if reported
   */
  public Optional<Limit> singleEmail() {
    return get(Names.SINGLE_EMAIL);
  }

  /**
   * {@code MassEmail}: mass emails to external addresses per day.
   *
   * @return the limit, if reported
   */
  public Optional<Limit> massEmail() {
    return get(Names.MASS_EMAIL);
  }

  /** Equal when the same limits have the same values. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Limits && ((Limits) o).limits.equals(limits);
  }

  /** A hash of the limits. */
  @Override
  public int hashCode() {
    return limits.hashCode();
  }

  /** Counts the limits and shows the daily API allocation, if reported. */
  @Override
  public String toString() {
    return "Limits{"
        + limits.size()
        + " limits"
        + dailyApiRequests()
            .map(l -> ", DailyApiRequests=" + l.remaining() + "/" + l.max() + " remaining")
            .orElse("")
        + "}";
  }

  /** The names of the limits the SDK has accessors for, as Salesforce spells them. */
  public static final class Names {
    /** API calls in the rolling 24 hours. */
    public static final String DAILY_API_REQUESTS = "DailyApiRequests";
    /** Bulk API batches in the rolling 24 hours. */
    public static final String DAILY_BULK_API_BATCHES = "DailyBulkApiBatches";
    /** The older name of {@link #DAILY_BULK_API_BATCHES}. */
    public static final String DAILY_BULK_API_REQUESTS = "DailyBulkApiRequests";
    /** Bulk API 2.0 query jobs in the rolling 24 hours. */
    public static final String DAILY_BULK_V2_QUERY_JOBS = "DailyBulkV2QueryJobs";
    /** Megabytes of Bulk API 2.0 query results in the rolling 24 hours. */
    public static final String DAILY_BULK_V2_QUERY_FILE_STORAGE_MB = "DailyBulkV2QueryFileStorageMB";
    /** Asynchronous Apex executions in the rolling 24 hours. */
    public static final String DAILY_ASYNC_APEX_EXECUTIONS = "DailyAsyncApexExecutions";
    /** Data storage, in megabytes. */
    public static final String DATA_STORAGE_MB = "DataStorageMB";
    /** File storage, in megabytes. */
    public static final String FILE_STORAGE_MB = "FileStorageMB";
    /** Synchronous report runs at once. */
    public static final String CONCURRENT_SYNC_REPORT_RUNS = "ConcurrentSyncReportRuns";
    /** Requests for asynchronous report results at once. */
    public static final String CONCURRENT_ASYNC_GET_REPORT_INSTANCES =
        "ConcurrentAsyncGetReportInstances";
    /** Synchronous report runs per hour. */
    public static final String HOURLY_SYNC_REPORT_RUNS = "HourlySyncReportRuns";
    /** Asynchronous report runs per hour. */
    public static final String HOURLY_ASYNC_REPORT_RUNS = "HourlyAsyncReportRuns";
    /** Dashboard refreshes per hour. */
    public static final String HOURLY_DASHBOARD_REFRESHES = "HourlyDashboardRefreshes";
    /** Requests for dashboard results per hour. */
    public static final String HOURLY_DASHBOARD_RESULTS = "HourlyDashboardResults";
    /** Dashboard status requests per hour. */
    public static final String HOURLY_DASHBOARD_STATUSES = "HourlyDashboardStatuses";
    /** Single emails per day. */
    public static final String SINGLE_EMAIL = "SingleEmail";
    /** Mass emails per day. */
    public static final String MASS_EMAIL = "MassEmail";

    private Names() {}
  }
}
