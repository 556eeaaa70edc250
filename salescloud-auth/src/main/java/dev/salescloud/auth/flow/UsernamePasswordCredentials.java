package dev.salescloud.auth.flow;

import dev.salescloud.auth.AccessToken;
import dev.salescloud.auth.LoginHost;
import dev.salescloud.auth.RefreshingCredentials;
import dev.salescloud.auth.TokenEndpoint;
import dev.salescloud.auth.TokenResponse;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.RateLimitException;
import dev.salescloud.model.error.TransportException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Credentials of the OAuth 2.0 username-password flow ({@code grant_type=password}), for legacy
 * orgs and tests only.
 *
 * <p>The password (with the user's security token appended when the login comes from outside the
 * org's trusted IP ranges) is sent with every token request. No refresh token is issued; a rejected
 * token is replaced by a new grant.
 *
 * <pre>{@code
 * CredentialsProvider credentials = UsernamePasswordCredentials.builder()
 *     .loginHost(LoginHost.SANDBOX)
 *     .clientId(clientId).clientSecret(clientSecret)
 *     .username("qa@acme.com.dev").password(password).securityToken(securityToken)
 *     .build();
 * }</pre>
 *
 * <p>Thread-safe.
 *
 * @deprecated Salesforce is retiring this flow: it is blocked by default in orgs created since
 *     Summer '23, External Client Apps do not support it at all, and it hands the user's password
 *     to the application. Use {@link JwtBearerCredentials} for server-to-server integrations or
 *     {@link ClientCredentialsCredentials} for an app acting as its Run As user.
 */
@Deprecated
public final class UsernamePasswordCredentials extends RefreshingCredentials {
  private final TokenEndpoint endpoint;
  private final String clientId;
  private final String clientSecret;
  private final String username;
  private final String password;

  private UsernamePasswordCredentials(Builder builder) {
    super(builder.sessionTimeout, builder.clock);
    this.endpoint = builder.endpoint();
    this.clientId = builder.clientId;
    this.clientSecret = builder.clientSecret;
    this.username = builder.username;
    this.password = builder.password + (builder.securityToken == null ? "" : builder.securityToken);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Requests a token at {@code POST {host}/services/oauth2/token} with the username and password,
   * and checks the response's signature when it carries one.
   *
   * @return the new access token
   * @throws AuthenticationException if Salesforce refuses the login ({@code invalid_grant}
   *     "authentication failure" also when the org blocks this flow) or the signature does not
   *     match
   * @throws RateLimitException if Salesforce answers {@code rate_limit_exceeded}
   * @throws TransportException if the exchange fails
   */
  @Override
  protected AccessToken fetchToken() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", clientId);
    form.put("client_secret", clientSecret);
    form.put("username", username);
    form.put("password", password);
    TokenResponse response = endpoint.requestToken(form);
    return response.toAccessToken();
  }

  /** Shows the host, client id and username; never the password or the secret. */
  @Override
  public String toString() {
    return "UsernamePasswordCredentials{host=" + endpoint.host().baseUrl() + ", clientId=" + clientId
        + ", username=" + username + ", password=<redacted>, clientSecret=<redacted>}";
  }

  /** Builds {@link UsernamePasswordCredentials}: host, client id and secret, username and password are required. */
  public static final class Builder extends CredentialsBuilder<Builder> {
    @Override
    Builder self() {
      return this;
    }
    private String clientSecret;
    private String username;
    private String password;
    private String securityToken;

    Builder() {}



    /**
     * The app's client secret (consumer secret).
     *
     * @param clientSecret the secret
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Flows.requireText(clientSecret, "clientSecret");
      return this;
    }

    /**
     * The Salesforce username.
     *
     * @param username for example {@code qa@acme.com.dev}
     * @return this builder
     */
    public Builder username(String username) {
      this.username = Flows.requireText(username, "username");
      return this;
    }

    /**
     * The user's password.
     *
     * @param password the password
     * @return this builder
     */
    public Builder password(String password) {
      this.password = Flows.requireText(password, "password");
      return this;
    }

    /**
     * The user's security token, appended to the password as Salesforce requires for logins from
     * outside the trusted IP ranges.
     *
     * @param securityToken the security token
     * @return this builder
     */
    public Builder securityToken(String securityToken) {
      this.securityToken = Flows.requireText(securityToken, "securityToken");
      return this;
    }



    /**
     * The credentials; no request is made until the first token is needed.
     *
     * @return the credentials
     * @throws InvalidArgumentException if a required setting is missing
     */
    public UsernamePasswordCredentials build() {
      Flows.requireSet(host, "loginHost", "LoginHost.PRODUCTION, LoginHost.SANDBOX or LoginHost.myDomain(..)");
      Flows.requireSet(clientId, "clientId", "the app's consumer key");
      Flows.requireSet(clientSecret, "clientSecret", "the app's consumer secret");
      Flows.requireSet(username, "username", "the Salesforce username");
      Flows.requireSet(password, "password", "the user's password");
      return new UsernamePasswordCredentials(this);
    }
  }
}
