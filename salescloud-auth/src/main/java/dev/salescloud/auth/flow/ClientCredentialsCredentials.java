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
 * Credentials of the OAuth 2.0 client-credentials flow ({@code grant_type=client_credentials}): the
 * app authenticates with its client id and secret and acts as its configured "Run As" user. No
 * refresh token is issued; a rejected token is replaced by a new grant.
 *
 * <h2>My Domain only</h2>
 *
 * <p>Salesforce answers this flow only on the org's My Domain host; {@code login.salesforce.com}
 * and {@code test.salesforce.com} refuse it ("request not supported on this domain"), so they are
 * refused here before anything is sent.
 *
 * <h2>App settings</h2>
 *
 * <p>Enable the Client Credentials Flow on the app, choose its Run As user, and give it the {@code
 * api} scope.
 *
 * <pre>{@code
 * CredentialsProvider credentials = ClientCredentialsCredentials.builder()
 *     .loginHost(LoginHost.myDomain("acme"))
 *     .clientId(System.getenv("SF_CLIENT_ID"))
 *     .clientSecret(System.getenv("SF_CLIENT_SECRET"))
 *     .build();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class ClientCredentialsCredentials extends RefreshingCredentials {
  private final TokenEndpoint endpoint;
  private final String clientId;
  private final String clientSecret;

  private ClientCredentialsCredentials(Builder builder) {
    super(builder.sessionTimeout, builder.clock);
    this.endpoint = builder.endpoint();
    this.clientId = builder.clientId;
    this.clientSecret = builder.clientSecret;
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
   * Requests a token at {@code POST {myDomain}/services/oauth2/token} with the client id and
   * secret, and checks the response's signature when it carries one.
   *
   * @return the new access token
   * @throws AuthenticationException if Salesforce refuses the client (wrong secret, flow not
   *     enabled, no Run As user) or the signature does not match
   * @throws RateLimitException if Salesforce answers {@code rate_limit_exceeded}
   * @throws TransportException if the exchange fails
   */
  @Override
  protected AccessToken fetchToken() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_id", clientId);
    form.put("client_secret", clientSecret);
    TokenResponse response = endpoint.requestToken(form);
    return response.toAccessToken();
  }

  /** Shows the host and client id; never the secret or a token. */
  @Override
  public String toString() {
    return "ClientCredentialsCredentials{host=" + endpoint.host().baseUrl() + ", clientId=" + clientId
        + ", clientSecret=<redacted>}";
  }

  /** Builds {@link ClientCredentialsCredentials}: a My Domain host, client id and secret are required. */
  public static final class Builder extends CredentialsBuilder<Builder> {
    @Override
    Builder self() {
      return this;
    }
    private String clientSecret;

    Builder() {}

    /**
     * The org's My Domain host (or an emulator's base URL).
     *
     * @param host for example {@code LoginHost.myDomain("acme")}
     * @return this builder
     * @throws InvalidArgumentException if the host is {@code login.salesforce.com} or {@code
     *     test.salesforce.com}
     */
    @Override
    public Builder loginHost(LoginHost host) {
      InvalidArgumentException.requireNonNull(host, "loginHost");
      if (host.isSharedLoginHost()) {
        throw new InvalidArgumentException("loginHost",
            "The client-credentials flow requires the org's My Domain host, such as"
                + " LoginHost.myDomain(\"acme\") for https://acme.my.salesforce.com; Salesforce refuses it on "
                + host.baseUrl() + " ('request not supported on this domain')");
      }
      return super.loginHost(host);
    }


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
     * The credentials; no request is made until the first token is needed.
     *
     * @return the credentials
     * @throws InvalidArgumentException if the host, client id or secret is missing
     */
    public ClientCredentialsCredentials build() {
      Flows.requireSet(host, "loginHost", "the org's My Domain host, LoginHost.myDomain(..)");
      Flows.requireSet(clientId, "clientId", "the app's consumer key");
      Flows.requireSet(clientSecret, "clientSecret", "the app's consumer secret");
      return new ClientCredentialsCredentials(this);
    }
  }
}
