/**
 * Credentials for the client: {@link dev.salescloud.auth.CredentialsProvider} gives the access
 * token and refreshes it after a {@code 401}; {@link dev.salescloud.auth.StaticCredentials} holds a
 * fixed token; {@link dev.salescloud.auth.RefreshingCredentials} caches tokens with single-flight
 * refresh for any way of obtaining them. Tokens never appear in {@code toString()}, logs or
 * exception messages.
 */
package dev.salescloud.auth;
