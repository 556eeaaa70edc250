/**
 * Imports of any size on the cheapest path: {@link dev.salescloud.client.imports.ImportClient}
 * sends up to a threshold of records through sObject Collections (200 per API call) and more
 * through Bulk API 2.0 jobs, and answers one outcome per input record in input order with the API
 * calls spent ({@link dev.salescloud.client.imports.ImportResult}).
 */
package dev.salescloud.client.imports;
