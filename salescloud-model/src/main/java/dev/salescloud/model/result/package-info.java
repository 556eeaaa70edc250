/**
 * Per-record outcomes of writes: {@link dev.salescloud.model.result.SaveResult} for creates and
 * updates, {@link dev.salescloud.model.result.UpsertResult} for upserts by external id (which also
 * say whether the record was created), {@link dev.salescloud.model.result.DeleteResult} for
 * deletes, and {@link dev.salescloud.model.result.UpsertAmbiguity}, the records an upsert matched
 * when its external id was not unique.
 */
package dev.salescloud.model.result;
