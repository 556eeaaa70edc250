/**
 * Pipeline forecasts as the SDK computes them from opportunities: what to forecast ({@link
 * dev.salescloud.model.forecast.ForecastQuery} over a {@link
 * dev.salescloud.model.forecast.ForecastPeriod}), the figures ({@link
 * dev.salescloud.model.forecast.ForecastTotals}, per owner in {@link
 * dev.salescloud.model.forecast.ForecastGroup}, together in a {@link
 * dev.salescloud.model.forecast.ForecastResult}), and the read-only forecasting records {@link
 * dev.salescloud.model.forecast.Period} and {@link dev.salescloud.model.forecast.ForecastingQuota}.
 *
 * <p>The figures follow Collaborative Forecasts: opportunities are summed by forecast category
 * ({@link dev.salescloud.model.forecast.ForecastCategory}); the cumulative forecasts build on one
 * another (commit forecast = closed + commit, most likely forecast = + most likely, best case
 * forecast = + best case); the open pipeline is every open category; omitted opportunities count
 * in none of them. The cumulative numbers are computed from the per-category amounts, so a result
 * cannot disagree with itself.
 *
 * <pre>{@code
 * ForecastTotals totals = ForecastTally.excludingOmitted()
 *     .addOpportunity("Closed", new BigDecimal("50000"), new BigDecimal("100"))
 *     .addOpportunity("Commit", new BigDecimal("30000"), new BigDecimal("90"))
 *     .addOpportunity("Pipeline", new BigDecimal("20000"), new BigDecimal("10"))
 *     .toTotals();
 * totals.commitForecast();     // closed + commit
 * totals.weightedPipeline();   // sum of amount x probability / 100 over open opportunities
 * }</pre>
 *
 * <p>Money is {@code BigDecimal}, never rounded except where a method says so. Values are
 * immutable and thread-safe; {@link dev.salescloud.model.forecast.ForecastTally} is a mutable,
 * single-threaded accumulator. {@code toString()} shows periods, ids and counts, never amounts.
 */
package dev.salescloud.model.forecast;
