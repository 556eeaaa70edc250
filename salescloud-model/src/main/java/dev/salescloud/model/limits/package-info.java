/**
 * How much of the org's allocations has been used: {@link dev.salescloud.model.limits.ApiUsage},
 * read from the {@code Sforce-Limit-Info} header Salesforce puts on every REST response (calls used
 * and allowed over the rolling 24 hours, with the calling app's quota and the burst allocation
 * when sent), and {@link dev.salescloud.model.limits.Limits}, the body of {@code GET
 * /services/data/vNN.0/limits}: every org limit as a {@link dev.salescloud.model.limits.Limit}
 * ({@code Max} and {@code Remaining}, with per-app breakdowns), kept in order and written back
 * unchanged.
 *
 * <p>Every type is immutable and thread-safe unless it is a builder.
 */
package dev.salescloud.model.limits;
