package dev.salescloud.client.forecast;

/**
 * Extra ways to break a forecast down, besides the owners of its {@link
 * dev.salescloud.model.forecast.ForecastQuery}: each adds a column to the one aggregate query.
 *
 * <pre>{@code
 * ForecastSnapshot f = sf.forecasts().generate(query, Breakdown.STAGE, Breakdown.MONTH);
 * f.byStage().get("Negotiation/Review").openPipeline();
 * f.byMonth().get(YearMonth.of(2026, 11)).commitForecast();
 * }</pre>
 */
public enum Breakdown {
  /** One set of figures per {@code StageName}. */
  STAGE,
  /** One set of figures per calendar month of {@code CloseDate}. */
  MONTH
}
