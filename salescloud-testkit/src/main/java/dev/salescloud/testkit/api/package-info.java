/**
 * What every front door of the fake org shares, whatever the protocol (REST, SOAP, OAuth,
 * Bulk API 2.0): the sessions it issued ({@link dev.salescloud.testkit.api.Sessions}), its daily
 * API counter ({@link dev.salescloud.testkit.api.ApiUsageCounter}) and the API versions it
 * answers ({@link dev.salescloud.testkit.api.ApiVersions}).
 */
package dev.salescloud.testkit.api;
