/**
 * Many records in one API call: {@link dev.salescloud.client.composite.CompositeCall} (up to 25
 * dependent subrequests with references and all-or-none rollback), {@link
 * dev.salescloud.client.composite.BatchCall} (up to 25 independent subrequests) and {@link
 * dev.salescloud.client.composite.CollectionsClient} (up to 200 records of any objects per call,
 * results in input order). Limits are checked as requests are built, before anything is sent; a
 * failed subrequest or record is an answer, never an exception that hides the others' success.
 */
package dev.salescloud.client.composite;
