/**
 * Salesforce's OAuth 2.0 endpoints on a fake org, so that real authentication flows run end to
 * end: the token endpoint with every grant the SDK uses (client credentials, username-password,
 * refresh token with optional rotation, authorization code with PKCE, JWT bearer), an authorize
 * endpoint that redirects at once, UserInfo, the identity URL and revocation. {@link
 * dev.salescloud.testkit.oauth.ConnectedApp} configures the app and user the org accepts; {@link
 * dev.salescloud.testkit.oauth.OAuthResource} answers {@code /services/oauth2/*} and {@code /id/*}.
 */
package dev.salescloud.testkit.oauth;
