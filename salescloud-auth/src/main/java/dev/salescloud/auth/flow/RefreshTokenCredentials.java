package dev.salescloud.auth.flow;

import dev.salescloud.auth.AccessToken;
import dev.salescloud.auth.LoginHost;
import dev.salescloud.auth.RefreshingCredentials;
import dev.salescloud.auth.TokenEndpoint;
import dev.salescloud.auth.TokenResponse;
import dev.salescloud.auth.TokenStore;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.RateLimitException;
import dev.salescloud.model.error.TransportException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Credentials that exchange a stored refresh token for access tokens ({@code
 * grant_type=refresh_token}), cached with single-flight refresh.
 *
 * <h2>Rotation</h2>
 *
 * <p>When a token response carries a new refresh token, it replaces the old one in the {@link
 * TokenStore}, and the next refresh uses it. Give your own store to persist rotated tokens.
 *
 * <h2>Signature</h2>
 *
 * <p>When the client secret is given and the response carries a {@code signature}, the signature is
 * checked ({@link TokenResponse#verifySignature(String)}); a mismatch fails the refresh.
 *
 * <pre>{@code
 * CredentialsProvider credentials = RefreshTokenCredentials.builder()
 *     .loginHost(LoginHost.PRODUCTION)
 *     .clientId(System.getenv("SF_CLIENT_ID"))
 *     .clientSecret(System.getenv("SF_CLIENT_SECRET"))
 *     .refreshToken(System.getenv("SF_REFRESH_TOKEN"))
 *     .build();
 * }</pre>
 *
 * <p>The Connected App or External Client App needs the {@code refresh_token} (or {@code
 * offline_access}) scope. Thread-safe.
 */
public final class RefreshTokenCredentials extends RefreshingCredentials {
  private final TokenEndpoint endpoint;
  private final String clientId;
  private final Optional<String> clientSecret;
  private final TokenStore store;

  private RefreshTokenCredentials(Builder builder) {
    super(builder.sessionTimeout, builder.clock);
    this.endpoint = builder.endpoint();
    this.clientId = builder.clientId;
    this.clientSecret = Optional.ofNullable(builder.clientSecret);
    this.store = builder.store;
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
   * Exchanges the stored refresh token at {@code POST {host}/services/oauth2/token}, stores a
   * rotated refresh token and checks the signature when the client secret is known.
   *
   * @return the new access token
   * @throws AuthenticationException if Salesforce refuses the refresh token or the signature does
   *     not match
   * @throws RateLimitException if Salesforce answers {@code rate_limit_exceeded}
   * @throws TransportException if the exchange fails
   */
  @Override
  protected AccessToken fetchToken() {
    String refreshToken = store.refreshToken();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("refresh_token", refreshToken);
    form.put("client_id", clientId);
    clientSecret.ifPresent(secret -> form.put("client_secret", secret));
    TokenResponse response = endpoint.requestToken(form);
    response.refreshToken()
        .filter(rotated -> !rotated.equals(refreshToken))
        .ifPresent(store::saveRefreshToken);
    return response.toAccessToken();
  }

  /** Shows the host and client id; never a token or the secret. */
  @Override
  public String toString() {
    return "RefreshTokenCredentials{host=" + endpoint.host().baseUrl() + ", clientId=" + clientId
        + ", clientSecret=" + (clientSecret.isPresent() ? "<redacted>" : "none") + ", store=" + store + "}";
  }

  /** Builds {@link RefreshTokenCredentials}: login host, client id and a refresh token are required. */
  public static final class Builder extends CredentialsBuilder<Builder> {
    @Override
    Builder self() {
      return this;
    }
    private String clientSecret;
    private TokenStore store;

    Builder() {}



    /**
     * The app's client secret (consumer secret), when the app requires it for refresh; it also
     * enables the signature check.
     *
     * @param clientSecret the secret
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Flows.requireText(clientSecret, "clientSecret");
      return this;
    }

    /**
     * The refresh token, kept in memory ({@link TokenStore#inMemory(String)}).
     *
     * @param refreshToken the refresh token
     * @return this builder
     */
    public Builder refreshToken(String refreshToken) {
      this.store = TokenStore.inMemory(refreshToken);
      return this;
    }

    /**
     * The store that holds the refresh token and receives rotated ones.
     *
     * @param store the store
     * @return this builder
     */
    public Builder tokenStore(TokenStore store) {
      this.store = InvalidArgumentException.requireNonNull(store, "tokenStore");
      return this;
    }



    /**
     * The credentials; no request is made until the first token is needed.
     *
     * @return the credentials
     * @throws InvalidArgumentException if the login host, client id or refresh token is missing
     */
    public RefreshTokenCredentials build() {
      Flows.requireSet(host, "loginHost", "LoginHost.PRODUCTION, LoginHost.SANDBOX or LoginHost.myDomain(..)");
      Flows.requireSet(clientId, "clientId", "the app's consumer key");
      Flows.requireSet(store, "refreshToken", "refreshToken(..) or tokenStore(..)");
      return new RefreshTokenCredentials(this);
    }
  }
}
