/**
 * Bulk API 2.0 in the fake org: ingest jobs that write CSV rows through the org's
 * {@link dev.salescloud.testkit.store.OrgStore} with all its checks, query jobs evaluated by the
 * {@link dev.salescloud.testkit.soql.SoqlEngine}, their state machine and their result CSVs. Jobs
 * run when they are closed or first polled, on the calling thread: nothing here starts a thread.
 * The REST resource {@code jobs/ingest} and {@code jobs/query} of the router answers through
 * {@link dev.salescloud.testkit.bulk.BulkJobs}.
 */
package dev.salescloud.testkit.bulk;
