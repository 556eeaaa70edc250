/**
 * Retries: {@link dev.salescloud.client.retry.RetryPolicy} says how often and how patiently the
 * client retries transient failures; what is safe to retry is fixed by the client.
 */
package dev.salescloud.client.retry;
