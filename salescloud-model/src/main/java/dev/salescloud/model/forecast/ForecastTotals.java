package dev.salescloud.model.forecast;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.CurrencyAmounts;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The figures of a forecast, for a team or one owner: the amount and number of opportunities in
 * each forecast category, the weighted pipeline, an optional quota, and what follows from them.
 *
 * <h2>What follows</h2>
 *
 * <p>The cumulative forecasts of Collaborative Forecasts, computed here from the per-category
 * amounts so they always agree with them; omitted opportunities count in none:
 *
 * <ul>
 *   <li>{@link #commitForecast()} = closed + commit;
 *   <li>{@link #mostLikelyForecast()} = commit forecast + most likely;
 *   <li>{@link #bestCaseForecast()} = most likely forecast + best case;
 *   <li>{@link #openPipeline()} = pipeline + best case + most likely + commit (open deals only);
 *   <li>{@link #attainment()} = closed / quota, and {@link #gap()} = quota - commit forecast.
 * </ul>
 *
 * <pre>{@code
 * ForecastTotals t = ForecastTotals.builder()
 *     .closed(new BigDecimal("50000")).closedCount(1)
 *     .commit(new BigDecimal("30000")).commitCount(2)
 *     .pipeline(new BigDecimal("100000")).pipelineCount(4)
 *     .weightedPipeline(new BigDecimal("37000"))
 *     .quota(new BigDecimal("100000"))
 *     .build();
 * t.commitForecast();   // 80000
 * t.openPipeline();     // 130000
 * t.attainment();       // Optional[0.5000]
 * t.gap();              // Optional[20000]
 * }</pre>
 *
 * <p>Build totals from opportunities with a {@link ForecastTally}. In JSON the derived figures are
 * written for readers and ignored when read back.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableForecastTotals.class)
@JsonDeserialize(as = ImmutableForecastTotals.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ForecastTotals {
  private static final ForecastTotals EMPTY = builder().build();

  ForecastTotals() {}

  /**
   * The amount of closed-won opportunities (category {@code Closed}).
   *
   * @return the amount; zero if none
   */
  @JsonProperty("closed")
  @Value.Default
  public BigDecimal closed() {
    return BigDecimal.ZERO;
  }

  /**
   * The amount of open opportunities committed to close ({@code Forecast}, named {@code Commit}).
   *
   * @return the amount; zero if none
   */
  @JsonProperty("commit")
  @Value.Default
  public BigDecimal commit() {
    return BigDecimal.ZERO;
  }

  /**
   * The amount of open opportunities likely to close ({@code MostLikely}).
   *
   * @return the amount; zero if none
   */
  @JsonProperty("mostLikely")
  @Value.Default
  public BigDecimal mostLikely() {
    return BigDecimal.ZERO;
  }

  /**
   * The amount of open opportunities that might close ({@code BestCase}).
   *
   * @return the amount; zero if none
   */
  @JsonProperty("bestCase")
  @Value.Default
  public BigDecimal bestCase() {
    return BigDecimal.ZERO;
  }

  /**
   * The amount of open opportunities early in the cycle ({@code Pipeline}).
   *
   * @return the amount; zero if none
   */
  @JsonProperty("pipeline")
  @Value.Default
  public BigDecimal pipeline() {
    return BigDecimal.ZERO;
  }

  /**
   * The amount of omitted opportunities (lost ones among them), reported only when asked for; it
   * counts in no forecast.
   *
   * @return the amount; zero if none or not asked for
   */
  @JsonProperty("omitted")
  @Value.Default
  public BigDecimal omitted() {
    return BigDecimal.ZERO;
  }

  /**
   * The number of closed-won opportunities.
   *
   * @return the count
   */
  @JsonProperty("closedCount")
  @Value.Default
  public long closedCount() {
    return 0;
  }

  /**
   * The number of committed opportunities.
   *
   * @return the count
   */
  @JsonProperty("commitCount")
  @Value.Default
  public long commitCount() {
    return 0;
  }

  /**
   * The number of most-likely opportunities.
   *
   * @return the count
   */
  @JsonProperty("mostLikelyCount")
  @Value.Default
  public long mostLikelyCount() {
    return 0;
  }

  /**
   * The number of best-case opportunities.
   *
   * @return the count
   */
  @JsonProperty("bestCaseCount")
  @Value.Default
  public long bestCaseCount() {
    return 0;
  }

  /**
   * The number of pipeline opportunities.
   *
   * @return the count
   */
  @JsonProperty("pipelineCount")
  @Value.Default
  public long pipelineCount() {
    return 0;
  }

  /**
   * The number of omitted opportunities, when asked for.
   *
   * @return the count
   */
  @JsonProperty("omittedCount")
  @Value.Default
  public long omittedCount() {
    return 0;
  }

  /**
   * The open opportunities' amounts weighted by their probability: the sum of {@code Amount x
   * Probability / 100} (their {@code ExpectedRevenue}) over the open categories.
   *
   * @return the weighted amount; zero if none
   */
  @JsonProperty("weightedPipeline")
  @Value.Default
  public BigDecimal weightedPipeline() {
    return BigDecimal.ZERO;
  }

  /**
   * The quota for the period ({@link ForecastingQuota#quotaAmount()}), when known.
   *
   * @return the quota
   */
  @JsonProperty("quota")
  public abstract Optional<BigDecimal> quota();

  /**
   * Closed + commit: what is won or committed.
   *
   * @return the commit forecast
   */
  @JsonProperty(value = "commitForecast", access = JsonProperty.Access.READ_ONLY)
  public BigDecimal commitForecast() {
    return closed().add(commit());
  }

  /**
   * Commit forecast + most likely.
   *
   * @return the most likely forecast
   */
  @JsonProperty(value = "mostLikelyForecast", access = JsonProperty.Access.READ_ONLY)
  public BigDecimal mostLikelyForecast() {
    return commitForecast().add(mostLikely());
  }

  /**
   * Most likely forecast + best case: everything that could close.
   *
   * @return the best case forecast
   */
  @JsonProperty(value = "bestCaseForecast", access = JsonProperty.Access.READ_ONLY)
  public BigDecimal bestCaseForecast() {
    return mostLikelyForecast().add(bestCase());
  }

  /**
   * Pipeline + best case + most likely + commit: every open opportunity, closed ones excluded.
   *
   * @return the open pipeline
   */
  @JsonProperty(value = "openPipeline", access = JsonProperty.Access.READ_ONLY)
  public BigDecimal openPipeline() {
    return pipeline().add(bestCase()).add(mostLikely()).add(commit());
  }

  /**
   * The number of open opportunities.
   *
   * @return pipeline + best case + most likely + commit counts
   */
  @JsonProperty(value = "openCount", access = JsonProperty.Access.READ_ONLY)
  public long openCount() {
    return pipelineCount() + bestCaseCount() + mostLikelyCount() + commitCount();
  }

  /**
   * The number of opportunities forecast, omitted ones excluded.
   *
   * @return open + closed counts
   */
  @JsonProperty(value = "opportunityCount", access = JsonProperty.Access.READ_ONLY)
  public long opportunityCount() {
    return openCount() + closedCount();
  }

  /**
   * The share of the quota already won: closed / quota, rounded half-even to 4 decimal places.
   *
   * @return for example {@code 0.7500} for 75%; empty without a quota or with a zero quota
   */
  @JsonProperty(value = "attainment", access = JsonProperty.Access.READ_ONLY)
  public Optional<BigDecimal> attainment() {
    return quota()
        .filter(q -> q.signum() != 0)
        .map(q -> closed().divide(q, 4, RoundingMode.HALF_EVEN));
  }

  /**
   * What is missing from the quota beyond the commit forecast: quota - (closed + commit).
   *
   * @return the gap, negative when the commit forecast exceeds the quota; empty without a quota
   */
  @JsonProperty(value = "gap", access = JsonProperty.Access.READ_ONLY)
  public Optional<BigDecimal> gap() {
    return quota().map(q -> q.subtract(commitForecast()));
  }

  /**
   * The amount of one category.
   *
   * @param category an API value or name, e.g. {@code "Forecast"} or {@code "Commit"}
   * @return the amount
   * @throws InvalidArgumentException if it is no forecast category
   */
  public BigDecimal amountOf(String category) {
    switch (ForecastCategory.requireApiValue(category, "category")) {
      case ForecastCategory.CLOSED:
        return closed();
      case ForecastCategory.FORECAST:
        return commit();
      case ForecastCategory.MOST_LIKELY:
        return mostLikely();
      case ForecastCategory.BEST_CASE:
        return bestCase();
      case ForecastCategory.PIPELINE:
        return pipeline();
      default:
        return omitted();
    }
  }

  /**
   * The number of opportunities of one category.
   *
   * @param category an API value or name
   * @return the count
   * @throws InvalidArgumentException if it is no forecast category
   */
  public long countOf(String category) {
    switch (ForecastCategory.requireApiValue(category, "category")) {
      case ForecastCategory.CLOSED:
        return closedCount();
      case ForecastCategory.FORECAST:
        return commitCount();
      case ForecastCategory.MOST_LIKELY:
        return mostLikelyCount();
      case ForecastCategory.BEST_CASE:
        return bestCaseCount();
      case ForecastCategory.PIPELINE:
        return pipelineCount();
      default:
        return omittedCount();
    }
  }

  /**
   * These figures plus others, category by category; the quota is not added (a team's quota is
   * its own {@link ForecastingQuota}, not the sum of its members'), so the sum has none.
   *
   * @param other the figures to add
   * @return the sum, without a quota
   */
  public ForecastTotals plus(ForecastTotals other) {
    InvalidArgumentException.requireNonNull(other, "other");
    return builder()
        .closed(closed().add(other.closed()))
        .commit(commit().add(other.commit()))
        .mostLikely(mostLikely().add(other.mostLikely()))
        .bestCase(bestCase().add(other.bestCase()))
        .pipeline(pipeline().add(other.pipeline()))
        .omitted(omitted().add(other.omitted()))
        .closedCount(closedCount() + other.closedCount())
        .commitCount(commitCount() + other.commitCount())
        .mostLikelyCount(mostLikelyCount() + other.mostLikelyCount())
        .bestCaseCount(bestCaseCount() + other.bestCaseCount())
        .pipelineCount(pipelineCount() + other.pipelineCount())
        .omittedCount(omittedCount() + other.omittedCount())
        .weightedPipeline(weightedPipeline().add(other.weightedPipeline()))
        .build();
  }

  /**
   * The sum of several figures, without a quota.
   *
   * @param totals the figures
   * @return their sum; {@link #empty()} for none
   */
  public static ForecastTotals sum(Iterable<ForecastTotals> totals) {
    InvalidArgumentException.requireNonNull(totals, "totals");
    ForecastTotals sum = EMPTY;
    for (ForecastTotals t : totals) {
      sum = sum.plus(t);
    }
    return sum;
  }

  /**
   * These figures with a quota.
   *
   * @param quota the quota for the period, e.g. a {@link ForecastingQuota#quotaAmount()}
   * @return a copy with the quota
   * @throws InvalidArgumentException if the quota overflows a currency field
   */
  public ForecastTotals withQuota(BigDecimal quota) {
    InvalidArgumentException.requireNonNull(quota, "quota");
    return toBuilder().quota(quota).build();
  }

  /**
   * Whether two figures have the same amounts, counts and weighted pipeline (compared by value,
   * {@code 10.0} equals {@code 10}), whatever their quotas.
   *
   * @param other the other figures
   * @return {@code true} if every category and the weighted pipeline agree
   */
  public boolean sameFiguresAs(ForecastTotals other) {
    return firstDifferenceFrom(other).isEmpty();
  }

  /** The first figure that differs, as {@code "name this vs other"}. */
  Optional<String> firstDifferenceFrom(ForecastTotals other) {
    InvalidArgumentException.requireNonNull(other, "other");
    String[] names = {"closed", "commit", "mostLikely", "bestCase", "pipeline", "omitted",
        "weightedPipeline"};
    BigDecimal[] mine = {closed(), commit(), mostLikely(), bestCase(), pipeline(), omitted(),
        weightedPipeline()};
    BigDecimal[] theirs = {other.closed(), other.commit(), other.mostLikely(), other.bestCase(),
        other.pipeline(), other.omitted(), other.weightedPipeline()};
    for (int i = 0; i < names.length; i++) {
      if (mine[i].compareTo(theirs[i]) != 0) {
        return Optional.of(
            names[i] + " " + mine[i].toPlainString() + " vs " + theirs[i].toPlainString());
      }
    }
    for (String category : ForecastCategory.apiValues()) {
      if (countOf(category) != other.countOf(category)) {
        return Optional.of(
            "count of " + category + " " + countOf(category) + " vs " + other.countOf(category));
      }
    }
    return Optional.empty();
  }

  /** Amounts fit currency fields, counts are not negative, and an amount has opportunities. */
  @Value.Check
  protected void check() {
    requireCategory("closed", closed(), "closedCount", closedCount());
    requireCategory("commit", commit(), "commitCount", commitCount());
    requireCategory("mostLikely", mostLikely(), "mostLikelyCount", mostLikelyCount());
    requireCategory("bestCase", bestCase(), "bestCaseCount", bestCaseCount());
    requireCategory("pipeline", pipeline(), "pipelineCount", pipelineCount());
    requireCategory("omitted", omitted(), "omittedCount", omittedCount());
    requireCategory("weightedPipeline", weightedPipeline(), "openCount", openCount());
    quota().ifPresent(q -> CurrencyAmounts.requireInRange("ForecastTotals.quota", q));
  }

  private static void requireCategory(
      String amountName, BigDecimal amount, String countName, long count) {
    CurrencyAmounts.requireInRange("ForecastTotals." + amountName, amount);
    if (count < 0) {
      throw new InvalidArgumentException(
          "ForecastTotals." + countName,
          "ForecastTotals." + countName + " = " + count + " is negative: count opportunities");
    }
    if (count == 0 && amount.signum() != 0) {
      throw new InvalidArgumentException(
          "ForecastTotals." + amountName,
          "ForecastTotals."
              + amountName
              + " = "
              + amount.toPlainString()
              + " but "
              + countName
              + " = 0: an amount comes from opportunities, so count them too");
    }
  }

  /**
   * Figures of no opportunities: every amount and count zero, no quota.
   *
   * @return the empty figures
   */
  public static ForecastTotals empty() {
    return EMPTY;
  }

  /**
   * A builder; unset amounts and counts are zero.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these figures, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Counts the opportunities, never shows amounts. */
  @Override
  public String toString() {
    return "ForecastTotals{opportunities=" + opportunityCount() + ", open=" + openCount()
        + ", closed=" + closedCount() + (omittedCount() > 0 ? ", omitted=" + omittedCount() : "")
        + (quota().isPresent() ? ", with quota" : "") + "}";
  }

  /** Builds {@link ForecastTotals}. */
  public static final class Builder extends ImmutableForecastTotals.Builder {
    Builder() {}
  }
}
