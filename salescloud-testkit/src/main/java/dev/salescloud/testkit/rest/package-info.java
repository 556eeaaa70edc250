/**
 * Salesforce's REST API over the fake org: {@link dev.salescloud.testkit.rest.RestRouter}, a pure
 * function from request to response, with the org's sessions and daily API counter.
 */
package dev.salescloud.testkit.rest;
