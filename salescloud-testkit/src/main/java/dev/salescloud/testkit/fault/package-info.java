/**
 * Faults a fake org injects into its REST API, so that users can test their own resilience:
 * latency, error answers, session expiry, an exhausted daily limit, row locks and dropped
 * connections, for the next N calls or a seeded share of them.
 *
 * <pre>{@code
 * org.faults().next(3).matching("PATCH", "/sobjects/Opportunity/*").respond(503, "SERVER_UNAVAILABLE");
 * org.faults().share(0.2).seed(42).unableToLockRow();
 * org.faults().expireSessionOnNextCall();
 * org.faults().clear();
 * }</pre>
 *
 * <p>Start at {@link dev.salescloud.testkit.fault.Faults}, reached through {@code
 * FakeSalesCloud.faults()}.
 */
package dev.salescloud.testkit.fault;
