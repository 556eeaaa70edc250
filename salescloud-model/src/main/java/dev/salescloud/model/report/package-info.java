/**
 * Reports and Dashboards REST API ({@code /services/data/vNN.0/analytics/reports/...}): a report's
 * definition ({@link dev.salescloud.model.report.ReportMetadata}), the result of running it
 * ({@link dev.salescloud.model.report.ReportResult}) and the asynchronous run that produces one
 * ({@link dev.salescloud.model.report.ReportInstance}).
 *
 * <p>A run result is a fact map keyed by {@code <rowKey>!<colKey>} ({@code T} is the total) plus
 * the grouping trees that name the keys. Instead of assembling keys and counting positions, read
 * it by meaning: groupings by their labels or values, aggregates by their names in the metadata
 * ({@code s!AMOUNT}, {@code RowCount}), detail cells by column name ({@code AMOUNT}).
 *
 * <pre>{@code
 * ReportResult run = ...;
 * Optional<BigDecimal> directWon = run
 *     .fact(List.of("Customer - Direct", "Closed Won"), List.of())
 *     .flatMap(f -> f.aggregate("s!AMOUNT").number());
 * }</pre>
 *
 * <p>Every type keeps the keys it does not model in {@code otherFields()}, so a result read and
 * written back is the JSON Salesforce sent (keys Salesforce sent as {@code null} for a modelled
 * optional value are read as absent and not written). Types are immutable and thread-safe; their
 * {@code toString()} shows names, keys and counts, never data values.
 */
package dev.salescloud.model.report;
