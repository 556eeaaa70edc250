/**
 * The fake org's SOSL search: {@link dev.salescloud.testkit.search.SoslEngine} evaluates the typed
 * tree of the client's {@link dev.salescloud.client.soql.SoslParser} against the records of an
 * {@link dev.salescloud.testkit.store.OrgStore}, filtering each RETURNING object through the SOQL
 * engine. There is one SOSL grammar in the project; only the search expression between the
 * braces, which the client's tree keeps as text, is read here.
 */
package dev.salescloud.testkit.search;
