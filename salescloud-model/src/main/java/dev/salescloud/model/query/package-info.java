/**
 * Query results: {@link dev.salescloud.model.query.QueryResult} pages (also the shape of child
 * relationship results) and aggregate rows.
 */
package dev.salescloud.model.query;
