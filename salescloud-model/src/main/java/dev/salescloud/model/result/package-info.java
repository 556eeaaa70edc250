/**
 * Per-record outcomes of writes: {@link dev.salescloud.model.result.SaveResult} for creates and
 * updates, with upsert and delete outcomes beside it.
 */
package dev.salescloud.model.result;
