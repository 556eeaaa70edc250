/**
 * The OAuth 2.0 flows a Sales Cloud integration uses to obtain access tokens, each a {@link
 * dev.salescloud.auth.CredentialsProvider} with cached, single-flight refresh: {@link
 * dev.salescloud.auth.flow.RefreshTokenCredentials} exchanges a stored refresh token and handles
 * rotation; {@link dev.salescloud.auth.flow.JwtBearerCredentials} signs an RS256 assertion with the
 * key whose certificate is uploaded to the app (server to server); {@link
 * dev.salescloud.auth.flow.ClientCredentialsCredentials} authenticates the app itself, as its Run
 * As user, on the org's My Domain; {@link dev.salescloud.auth.flow.AuthorizationCodeFlow} obtains
 * a user's refresh token through the browser with PKCE. The username-password flow is kept, deprecated, for legacy orgs
 * and tests. Client secrets, refresh tokens, passwords, private keys and access tokens never appear
 * in {@code toString()} or exception messages.
 */
package dev.salescloud.auth.flow;
