package dev.salescloud.client.forecast;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.client.Query;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.client.soql.SoqlQuery;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.forecast.ForecastGroup;
import dev.salescloud.model.forecast.ForecastPeriod;
import dev.salescloud.model.forecast.ForecastQuery;
import dev.salescloud.model.forecast.ForecastResult;
import dev.salescloud.model.forecast.ForecastTotals;
import dev.salescloud.model.forecast.Period;
import dev.salescloud.model.query.AggregateResult;
import dev.salescloud.model.sales.User;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Pipeline forecasts computed from opportunities with aggregate SOQL, as Collaborative Forecasts
 * rolls them up (salesforce-api.md §9.4): totals by forecast category with the cumulative views
 * of {@link ForecastTotals}, the weighted pipeline, counts, and quota attainment. Get it from
 * {@link dev.salescloud.client.SalesCloudClient#forecasts()}; thread-safe.
 *
 * <h2>A quarter's forecast for a team</h2>
 *
 * <pre>{@code
 * List<SalesforceId> team = sf.forecasts().teamOf(managerId);   // the manager and every report
 * ForecastSnapshot f = sf.forecasts().generate(ForecastQuery.builder()
 *     .period(ForecastPeriod.thisQuarter())                     // the org's fiscal quarter
 *     .ownerIds(team)
 *     .build());
 * f.totals().commitForecast();                                  // Closed + Commit
 * f.totals().attainment();                                      // Closed / quota
 * f.group(ada).map(g -> g.totals().gap());
 * }</pre>
 *
 * <p>Periods: this or next month, quarter or fiscal year ({@link ForecastPeriod}), or any days.
 * A relative period is resolved against the org's own fiscal calendar (its {@code Period}
 * records), so fiscal quarters that differ from calendar ones are honoured.
 *
 * <h2>What it costs</h2>
 *
 * <p>{@link #generate(ForecastQuery, Breakdown...)} makes three queries however many
 * opportunities there are: the {@code Period}s of the period, one aggregate over {@code
 * Opportunity} grouped by owner and forecast category (and stage and close date for {@link
 * Breakdown}s; months are added up here from the close dates), and one over {@code
 * ForecastingQuota}. An org without forecasting objects simply has no quotas. To reuse results,
 * take a caching view: {@code sf.forecasts().cached(Duration.ofMinutes(5))}; each {@link
 * ForecastSnapshot} says when it was computed ({@link ForecastSnapshot#asOf()}).
 *
 * <h2>Collaborative Forecasts</h2>
 *
 * <p>Where the org forecasts with Collaborative Forecasts, {@link #items(ForecastQuery)} reads
 * the {@code ForecastingItem} rows of the same period and owners, adjustments included.
 */
public final class ForecastClient {
  private final ApiExchange exchange;
  private final ApiVersion version;
  private final Clock clock;
  private final Optional<Cache<List<Object>, ForecastSnapshot>> cache;

  /**
   * Creates the sub-client; {@link dev.salescloud.client.SalesCloudClient} does this.
   *
   * @param exchange the client's request pipeline
   * @param version the API version
   */
  public ForecastClient(ApiExchange exchange, ApiVersion version) {
    this(exchange, version, Clock.systemUTC(), Optional.empty());
  }

  ForecastClient(ApiExchange exchange, ApiVersion version, Clock clock,
      Optional<Cache<List<Object>, ForecastSnapshot>> cache) {
    this.exchange = exchange;
    this.version = version;
    this.clock = clock;
    this.cache = cache;
  }

  /**
   * A view of this client that keeps each forecast for a while: the same query and breakdowns
   * within {@code ttl} answer the snapshot already computed, without any call. Keep the view and
   * reuse it; each call of this method starts an empty cache.
   *
   * @param ttl how long a snapshot is reused, more than zero
   * @return the caching view
   * @throws InvalidArgumentException if the duration is not positive
   */
  public ForecastClient cached(Duration ttl) {
    return cached(ttl, clock);
  }

  /**
   * A caching view whose snapshots expire, and are stamped, by the given clock; for tests that
   * move time by hand.
   *
   * <pre>{@code
   * ForecastClient forecasts = sf.forecasts().cached(Duration.ofMinutes(5), testClock);
   * }</pre>
   *
   * @param ttl how long a snapshot is reused, more than zero
   * @param clock the clock that decides expiry and {@link ForecastSnapshot#asOf()}
   * @return the caching view
   * @throws InvalidArgumentException if the duration is not positive
   */
  public ForecastClient cached(Duration ttl, Clock clock) {
    InvalidArgumentException.requireNonNull(ttl, "ttl");
    InvalidArgumentException.requireNonNull(clock, "clock");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new InvalidArgumentException("ttl", "A cache keeps results for a positive time, not " + ttl);
    }
    Ticker ticker = new Ticker() {
      /** The client clock's time, in nanoseconds. */
      @Override
      public long read() {
        return TimeUnit.MILLISECONDS.toNanos(clock.millis());
      }
    };
    Cache<List<Object>, ForecastSnapshot> snapshots =
        CacheBuilder.newBuilder().expireAfterWrite(ttl).ticker(ticker).maximumSize(1000).build();
    return new ForecastClient(exchange, version, clock, Optional.of(snapshots));
  }

  /**
   * Computes a forecast: its totals, and one group per owner unless the query asks for none.
   * Maps to three {@code GET .../query} calls (none from a cached view that holds it).
   *
   * @param query the period, owners and options
   * @param breakdowns extra breakdowns, by stage or month
   * @return the forecast, with the moment it was computed
   * @throws InvalidArgumentException if the query is null
   * @throws ApiException if Salesforce refuses a query, e.g. a field the user cannot see
   */
  public ForecastSnapshot generate(ForecastQuery query, Breakdown... breakdowns) {
    InvalidArgumentException.requireNonNull(query, "query");
    InvalidArgumentException.requireNonNull(breakdowns, "breakdowns");
    Set<Breakdown> asked = EnumSet.noneOf(Breakdown.class);
    asked.addAll(Arrays.asList(breakdowns));
    if (cache.isEmpty()) {
      return compute(query, asked);
    }
    try {
      return cache.get().get(List.of(query, asked), () -> compute(query, asked));
    } catch (ExecutionException | UncheckedExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  private ForecastSnapshot compute(ForecastQuery query, Set<Breakdown> breakdowns) {
    Instant asOf = clock.instant();
    PeriodResolution resolution = PeriodResolution.of(query.period(), this::periods);
    ForecastPeriod period = resolution.period;
    Rollup rollup = new Rollup(query)
        .addAll(rows(Rollup.query(query, query.period(), breakdowns)));
    Map<SalesforceId, BigDecimal> quotas =
        period.isRelative() ? Map.of() : quotas(Rollup.quotaQuery(query, period));
    Map<SalesforceId, ForecastTotals> owners = new LinkedHashMap<>();
    query.ownerIds().forEach(owner -> owners.put(owner, ForecastTotals.empty()));
    owners.putAll(rollup.ownerTotals());
    quotas.keySet().forEach(owner -> owners.putIfAbsent(owner, ForecastTotals.empty()));
    ForecastTotals totals = ForecastTotals.sum(owners.values());
    if (!quotas.isEmpty()) {
      totals = totals.withQuota(quotas.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
    ForecastResult.Builder result = ForecastResult.builder().period(period).totals(totals);
    if (query.groupBy() == ForecastQuery.GroupBy.OWNER) {
      owners.forEach((owner, figures) -> result.addGroups(ForecastGroup.of(owner,
          Optional.ofNullable(quotas.get(owner)).map(figures::withQuota).orElse(figures))));
    }
    return new ForecastSnapshot(result.build(), asOf, Rollup.totals(rollup.stages),
        Rollup.totals(rollup.months));
  }

  /**
   * The users of a team: a manager and everyone who reports to them, directly or not, through
   * {@code User.ManagerId}. Only active users count. Maps to one {@code GET .../query}.
   *
   * @param managerId the manager, a User id
   * @return the manager first, then the reports level by level
   * @throws InvalidArgumentException if the id is not a user's
   */
  public List<SalesforceId> teamOf(SalesforceId managerId) {
    InvalidArgumentException.requireNonNull(managerId, "managerId");
    managerId.requireType(User.SOBJECT_TYPE);
    Map<SalesforceId, List<SalesforceId>> reports = new LinkedHashMap<>();
    for (SObject user : Query.of(exchange, version,
        Soql.select("Id", "ManagerId").from(User.SOBJECT_TYPE)
            .where(Soql.field("IsActive").eq(true)).orderBy("Id").build(),
        SObject.class, false)) {
      user.get("ManagerId", SalesforceId.class).ifPresent(manager ->
          reports.computeIfAbsent(manager, m -> new ArrayList<>()).add(user.id().orElseThrow()));
    }
    Set<SalesforceId> team = new LinkedHashSet<>();
    Deque<SalesforceId> next = new ArrayDeque<>(List.of(managerId));
    while (!next.isEmpty()) {
      SalesforceId user = next.poll();
      if (team.add(user)) {
        next.addAll(reports.getOrDefault(user, List.of()));
      }
    }
    return List.copyOf(team);
  }

  /**
   * The Collaborative Forecasts items of a forecast's period and owners: the {@code
   * ForecastingItem}s of the {@code Period}s within the period. Maps to two {@code GET
   * .../query} calls.
   *
   * @param query the period and owners (its other options do not apply)
   * @return the items; empty when the org has no forecast periods there
   * @throws ApiException if the org does not forecast with Collaborative Forecasts, or the user
   *     may not view forecasts
   */
  public List<ForecastItem> items(ForecastQuery query) {
    InvalidArgumentException.requireNonNull(query, "query");
    PeriodResolution resolution = PeriodResolution.of(query.period(), this::periods);
    if (resolution.periodIds.isEmpty()) {
      return List.of();
    }
    var where = Soql.field("PeriodId").in(resolution.periodIds);
    if (!query.ownerIds().isEmpty()) {
      where = where.and(Soql.field("OwnerId").in(query.ownerIds()));
    }
    List<ForecastItem> items = new ArrayList<>();
    Query.of(exchange, version,
        Soql.select("Id", "OwnerId", "PeriodId", "ForecastingTypeId", "ForecastCategoryName",
                "ForecastingItemCategory", "ForecastAmount", "OwnerOnlyAmount", "HasAdjustment")
            .from("ForecastingItem").where(where).orderBy("Id").build(),
        SObject.class, false).forEach(row -> items.add(new ForecastItem(row)));
    return List.copyOf(items);
  }

  private List<Period> periods(SoqlQuery query) {
    return Query.of(exchange, version, query, Period.class, false).toList();
  }

  private List<AggregateResult> rows(SoqlQuery query) {
    return Query.of(exchange, version, query, AggregateResult.class, false).toList();
  }

  private Map<SalesforceId, BigDecimal> quotas(SoqlQuery query) {
    try {
      return Rollup.quotas(rows(query));
    } catch (ApiException e) {
      if (e.hasErrorCode("INVALID_TYPE")) {
        return Map.of();
      }
      throw e;
    }
  }

  /** Says whether results are cached. */
  @Override
  public String toString() {
    return "ForecastClient{" + version + (cache.isPresent() ? ", cached" : "") + "}";
  }
}
