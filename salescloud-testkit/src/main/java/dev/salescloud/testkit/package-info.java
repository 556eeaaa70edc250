/**
 * A fake Salesforce org for tests: {@link dev.salescloud.testkit.FakeSalesCloud} holds records in
 * memory, checks them against a schema, answers Salesforce's REST API and hands out clients wired
 * to it without sockets.
 */
package dev.salescloud.testkit;
