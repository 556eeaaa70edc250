/**
 * Query results: {@link dev.salescloud.model.query.QueryResult} pages (also the shape of child
 * relationship results) and {@link dev.salescloud.model.query.AggregateResult} rows of aggregate
 * queries ({@code GROUP BY}, {@code SUM}, {@code COUNT(Id)}, ...).
 */
package dev.salescloud.model.query;
