/**
 * The vocabulary every module speaks: ids, records and patches.
 *
 * <ul>
 *   <li>{@link dev.salescloud.model.SalesforceId}: 15/18-character ids with checksums and key
 *       prefixes;
 *   <li>{@link dev.salescloud.model.SObjectRecord}: what every record has; {@link
 *       dev.salescloud.model.SObject} is the generic record, the typed ones live in {@code
 *       dev.salescloud.model.sales};
 *   <li>{@link dev.salescloud.model.RecordPatch}: what an update sends, with set, cleared and unset
 *       fields kept apart; {@link dev.salescloud.model.SObjectPatch} for any object;
 *   <li>{@link dev.salescloud.model.ReadOnlyFields}, {@link dev.salescloud.model.FieldNames},
 *       {@link dev.salescloud.model.CurrencyAmounts}: the rules writes are checked against before
 *       anything is sent.
 * </ul>
 *
 * <p>Every type is immutable and thread-safe unless it is a builder; no method accepts or returns
 * {@code null}: absent values are {@code Optional}.
 */
package dev.salescloud.model;
