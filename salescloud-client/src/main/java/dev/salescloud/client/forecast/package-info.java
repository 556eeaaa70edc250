/**
 * Pipeline forecasts computed with aggregate SOQL: totals by forecast category, weighted pipeline,
 * counts, quota attainment, per owner, stage and month, for a fiscal or custom period and a team;
 * and the {@code ForecastingItem} rows of Collaborative Forecasts. Start at {@link
 * dev.salescloud.client.SalesCloudClient#forecasts()}.
 */
package dev.salescloud.client.forecast;
