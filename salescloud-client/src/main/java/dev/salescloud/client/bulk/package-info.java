/**
 * Bulk API 2.0 in the client: {@link dev.salescloud.client.bulk.BulkClient} writes any number of
 * records of one object as CSV ingest jobs (split at 100 MB, polled with backoff) and answers one
 * {@link dev.salescloud.client.bulk.RecordOutcome} per input record in input order; {@link
 * dev.salescloud.client.bulk.BulkQuery} streams a query job's results page by page through the
 * {@code Sforce-Locator} header in constant memory. CSV is written and read as RFC 4180.
 */
package dev.salescloud.client.bulk;
