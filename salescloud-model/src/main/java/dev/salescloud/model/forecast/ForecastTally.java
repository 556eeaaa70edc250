package dev.salescloud.model.forecast;

import dev.salescloud.model.CurrencyAmounts;
import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Adds up opportunities into {@link ForecastTotals}: one opportunity at a time, or the rows of an
 * aggregate query grouped by forecast category (salesforce-api.md §9.4).
 *
 * <pre>{@code
 * ForecastTally tally = ForecastTally.forQuery(query);
 * // SELECT ForecastCategoryName, SUM(Amount) amt, COUNT(Id) n, SUM(ExpectedRevenue) wtd
 * //   FROM Opportunity WHERE CloseDate = THIS_FISCAL_QUARTER GROUP BY ForecastCategoryName
 * for (SObject row : rows) {
 *   tally.addCategoryTotal(row.get("ForecastCategoryName", String.class).orElseThrow(),
 *       row.get("amt", BigDecimal.class).orElse(BigDecimal.ZERO),
 *       row.get("n", Long.class).orElse(0L),
 *       row.get("wtd", BigDecimal.class).orElse(BigDecimal.ZERO));
 * }
 * ForecastTotals totals = tally.toTotals();
 * }</pre>
 *
 * <p>Categories are accepted in either spelling ({@code Forecast} or {@code Commit}). Only open
 * categories add to the weighted pipeline. Omitted opportunities are counted only by a tally that
 * includes them, and never in a forecast. A tally is mutable and not thread-safe: use one per
 * thread (or per owner) and add up the totals.
 */
public final class ForecastTally {
  private static final int CATEGORIES = ForecastCategory.apiValues().size();
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final boolean includeOmitted;
  private final BigDecimal[] amounts = new BigDecimal[CATEGORIES];
  private final long[] counts = new long[CATEGORIES];
  private BigDecimal weighted = BigDecimal.ZERO;

  private ForecastTally(boolean includeOmitted) {
    this.includeOmitted = includeOmitted;
    Arrays.fill(amounts, BigDecimal.ZERO);
  }

  /**
   * A tally that leaves omitted opportunities out, the default of forecasts.
   *
   * @return a new, empty tally
   */
  public static ForecastTally excludingOmitted() {
    return new ForecastTally(false);
  }

  /**
   * A tally that reports omitted opportunities in {@link ForecastTotals#omitted()}.
   *
   * @return a new, empty tally
   */
  public static ForecastTally includingOmitted() {
    return new ForecastTally(true);
  }

  /**
   * A tally for a query, including omitted opportunities if it asks for them.
   *
   * @param query the query
   * @return a new, empty tally
   */
  public static ForecastTally forQuery(ForecastQuery query) {
    InvalidArgumentException.requireNonNull(query, "query");
    return new ForecastTally(query.includeOmitted());
  }

  /**
   * Adds one opportunity.
   *
   * @param forecastCategory its {@code ForecastCategoryName} (or {@code ForecastCategory})
   * @param amount its {@code Amount}; pass zero for an opportunity without one
   * @param probability its {@code Probability}, a percentage from 0 to 100
   * @return this tally
   * @throws InvalidArgumentException if the category is unknown, the amount overflows a currency
   *     field, or the probability is outside 0..100
   */
  public ForecastTally addOpportunity(
      String forecastCategory, BigDecimal amount, BigDecimal probability) {
    InvalidArgumentException.requireNonNull(probability, "probability");
    if (probability.signum() < 0 || probability.compareTo(HUNDRED) > 0) {
      throw new InvalidArgumentException(
          "probability",
          "probability = "
              + probability.toPlainString()
              + " is not a percentage from 0 to 100 (Opportunity.Probability)");
    }
    InvalidArgumentException.requireNonNull(amount, "amount");
    return add(forecastCategory, amount, 1, amount.multiply(probability).movePointLeft(2));
  }

  /**
   * Adds the opportunities of one category, as an aggregate query sums them.
   *
   * @param forecastCategory the {@code ForecastCategoryName} grouped on
   * @param amount {@code SUM(Amount)}
   * @param count {@code COUNT(Id)}
   * @param expectedRevenue {@code SUM(ExpectedRevenue)}; ignored for closed and omitted categories
   * @return this tally
   * @throws InvalidArgumentException if the category is unknown, an amount overflows a currency
   *     field, or the count is negative
   */
  public ForecastTally addCategoryTotal(
      String forecastCategory, BigDecimal amount, long count, BigDecimal expectedRevenue) {
    InvalidArgumentException.requireNonNull(amount, "amount");
    InvalidArgumentException.requireNonNull(expectedRevenue, "expectedRevenue");
    if (count < 0) {
      throw new InvalidArgumentException(
          "count", "count = " + count + " is negative: pass COUNT(Id) of the category");
    }
    return add(forecastCategory, amount, count, expectedRevenue);
  }

  private ForecastTally add(String category, BigDecimal amount, long count, BigDecimal weight) {
    String value = ForecastCategory.requireApiValue(category, "forecastCategory");
    CurrencyAmounts.requireInRange("Opportunity.Amount", amount);
    if (value.equals(ForecastCategory.OMITTED) && !includeOmitted) {
      return this;
    }
    int i = ForecastCategory.apiValues().indexOf(value);
    amounts[i] = amounts[i].add(amount);
    counts[i] += count;
    if (ForecastCategory.isOpen(value)) {
      weighted = weighted.add(weight);
    }
    return this;
  }

  /**
   * The figures of everything added so far.
   *
   * @return the totals, without a quota
   */
  public ForecastTotals toTotals() {
    return ForecastTotals.builder()
        .omitted(amounts[index(ForecastCategory.OMITTED)])
        .omittedCount(counts[index(ForecastCategory.OMITTED)])
        .pipeline(amounts[index(ForecastCategory.PIPELINE)])
        .pipelineCount(counts[index(ForecastCategory.PIPELINE)])
        .bestCase(amounts[index(ForecastCategory.BEST_CASE)])
        .bestCaseCount(counts[index(ForecastCategory.BEST_CASE)])
        .mostLikely(amounts[index(ForecastCategory.MOST_LIKELY)])
        .mostLikelyCount(counts[index(ForecastCategory.MOST_LIKELY)])
        .commit(amounts[index(ForecastCategory.FORECAST)])
        .commitCount(counts[index(ForecastCategory.FORECAST)])
        .closed(amounts[index(ForecastCategory.CLOSED)])
        .closedCount(counts[index(ForecastCategory.CLOSED)])
        .weightedPipeline(weighted)
        .build();
  }

  private static int index(String apiValue) {
    return ForecastCategory.apiValues().indexOf(apiValue);
  }

  /** Counts what was added, never shows amounts. */
  @Override
  public String toString() {
    return "ForecastTally{opportunities=" + Arrays.stream(counts).sum()
        + (includeOmitted ? ", includingOmitted" : "") + "}";
  }
}
