/**
 * The fake org's SOQL engine: it evaluates the typed tree of the client's
 * {@link dev.salescloud.client.soql.SoqlParser} against the records of an
 * {@link dev.salescloud.testkit.store.OrgStore} and keeps the snapshots that query locators page
 * through. There is one SOQL grammar in the project; nothing here reads query text.
 */
package dev.salescloud.testkit.soql;
