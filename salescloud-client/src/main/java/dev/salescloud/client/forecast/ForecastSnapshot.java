package dev.salescloud.client.forecast;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.forecast.ForecastGroup;
import dev.salescloud.model.forecast.ForecastPeriod;
import dev.salescloud.model.forecast.ForecastResult;
import dev.salescloud.model.forecast.ForecastTotals;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A forecast as computed at one moment: the model's {@link ForecastResult} (period, team totals,
 * one group per owner, quotas), the moment it was read ({@link #asOf()}), and the breakdowns asked
 * for. Immutable; {@code toString()} counts, never shows amounts.
 *
 * <pre>{@code
 * ForecastSnapshot f = sf.forecasts().generate(query, Breakdown.STAGE);
 * f.totals().commitForecast();            // Closed + Commit
 * f.totals().attainment();                // Closed / quota, when quotas exist
 * f.group(adaId).map(g -> g.totals().weightedPipeline());
 * f.byStage().keySet();                   // the stages that hold opportunities
 * f.asOf();                               // when the figures were read
 * }</pre>
 */
public final class ForecastSnapshot {
  private final ForecastResult result;
  private final Instant asOf;
  private final SortedMap<String, ForecastTotals> byStage;
  private final SortedMap<YearMonth, ForecastTotals> byMonth;

  ForecastSnapshot(ForecastResult result, Instant asOf, SortedMap<String, ForecastTotals> byStage,
      SortedMap<YearMonth, ForecastTotals> byMonth) {
    this.result = result;
    this.asOf = asOf;
    this.byStage = Collections.unmodifiableSortedMap(byStage);
    this.byMonth = Collections.unmodifiableSortedMap(byMonth);
  }

  /**
   * The forecast in the model's terms.
   *
   * @return the result
   */
  public ForecastResult result() {
    return result;
  }

  /**
   * When the figures were read: a cached snapshot keeps the moment it was first computed.
   *
   * @return the moment
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * The period, resolved to its days when the org's {@code Period} records cover it.
   *
   * @return the period
   */
  public ForecastPeriod period() {
    return result.period();
  }

  /**
   * The figures of every owner together, with the sum of their quotas when quotas exist.
   *
   * @return the totals
   */
  public ForecastTotals totals() {
    return result.totals();
  }

  /**
   * One group per owner, when the query groups by owner.
   *
   * @return the groups
   */
  public List<ForecastGroup> groups() {
    return result.groups();
  }

  /**
   * One owner's figures.
   *
   * @param ownerId a User id
   * @return the owner's group; empty if the owner has none
   */
  public Optional<ForecastGroup> group(SalesforceId ownerId) {
    return result.group(ownerId);
  }

  /**
   * The figures per stage, when asked for with {@link Breakdown#STAGE}.
   *
   * @return stage name to figures, by name; empty when not asked for
   */
  public Map<String, ForecastTotals> byStage() {
    return byStage;
  }

  /**
   * The figures per month of {@code CloseDate}, when asked for with {@link Breakdown#MONTH}.
   *
   * @return month to figures, in order; empty when not asked for
   */
  public Map<YearMonth, ForecastTotals> byMonth() {
    return byMonth;
  }

  /** Shows the period, counts and the moment. */
  @Override
  public String toString() {
    return "ForecastSnapshot{" + result + ", stages=" + byStage.size() + ", months="
        + byMonth.size() + ", asOf=" + asOf + "}";
  }
}
