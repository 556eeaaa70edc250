/**
 * The payloads that carry many records or many requests in one call: Composite ({@code POST
 * /services/data/vNN.0/composite}), Composite Batch ({@code .../composite/batch}) and sObject
 * Collections ({@code .../composite/sobjects}).
 *
 * <ul>
 *   <li>{@link dev.salescloud.model.composite.CompositeRequest} holds up to 25 {@link
 *       dev.salescloud.model.composite.CompositeSubrequest}s that may use each other's results
 *       through {@link dev.salescloud.model.composite.Reference}s ({@code @{acct.id}}); the answer
 *       is a {@link dev.salescloud.model.composite.CompositeResponse}.
 *   <li>{@link dev.salescloud.model.composite.BatchRequest} holds up to 25 independent {@link
 *       dev.salescloud.model.composite.BatchSubrequest}s; the answer is a {@link
 *       dev.salescloud.model.composite.BatchResponse}.
 *   <li>{@link dev.salescloud.model.composite.CollectionRequest} creates, updates or upserts up to
 *       200 records, {@link dev.salescloud.model.composite.CollectionDeleteRequest} deletes up to
 *       200; the answer is a {@link dev.salescloud.model.composite.CollectionResults}.
 * </ul>
 *
 * <p>Every limit Salesforce enforces on these payloads (subrequest counts, query subrequests,
 * record counts, duplicate reference ids, forbidden headers, references to later subrequests) is
 * checked when the payload is built, so a request that Salesforce would refuse as a whole fails
 * with an {@link dev.salescloud.model.error.InvalidArgumentException} before anything is sent. The
 * model knows the JSON shapes, not the HTTP paths: subrequest urls are built by the client.
 */
package dev.salescloud.model.composite;
