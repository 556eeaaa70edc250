/**
 * Credentials for the client and the OAuth 2.0 plumbing under them.
 *
 * <p>{@link dev.salescloud.auth.CredentialsProvider} gives the access token and refreshes it after
 * a {@code 401}; {@link dev.salescloud.auth.StaticCredentials} holds a fixed token; {@link
 * dev.salescloud.auth.RefreshingCredentials} caches tokens with single-flight refresh for any way
 * of obtaining them (the flows in {@code dev.salescloud.auth.flow} build on it). {@link
 * dev.salescloud.auth.TokenEndpoint} talks to {@code /services/oauth2/token} and {@code /revoke} on
 * a {@link dev.salescloud.auth.LoginHost}, reading {@link dev.salescloud.auth.TokenResponse} and
 * verifying its signature; {@link dev.salescloud.auth.UserInfoEndpoint} reads {@link
 * dev.salescloud.auth.UserInfo}. Tokens, secrets and keys never appear in {@code toString()}, logs
 * or exception messages.
 */
package dev.salescloud.auth;
