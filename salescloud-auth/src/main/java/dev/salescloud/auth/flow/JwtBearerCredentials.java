package dev.salescloud.auth.flow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.auth.AccessToken;
import dev.salescloud.auth.LoginHost;
import dev.salescloud.auth.RefreshingCredentials;
import dev.salescloud.auth.TokenEndpoint;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.RateLimitException;
import dev.salescloud.model.error.TransportException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Server-to-server credentials: the OAuth 2.0 JWT bearer flow ({@code
 * grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer}). Each token request carries a fresh
 * assertion signed with RS256 by the private key whose certificate is uploaded to the app; no
 * refresh token is involved, so a rejected token is simply replaced by a new grant.
 *
 * <h2>The assertion</h2>
 *
 * <p>Header {@code {"alg":"RS256"}}; claims {@code iss} = the client id (consumer key), {@code sub}
 * = the username, {@code aud} = the login host ({@code https://login.salesforce.com}, {@code
 * https://test.salesforce.com} for sandboxes, or a site URL), {@code exp} = now plus at most 3
 * minutes. Signed with JDK crypto only.
 *
 * <h2>App settings</h2>
 *
 * <p>Enable OAuth with "Use digital signatures" and upload the certificate; give the app the {@code
 * api} scope; set Permitted Users to "Admin approved users are pre-authorized" and assign the app to
 * the user's profile or a permission set (otherwise Salesforce answers {@code invalid_grant} "user
 * hasn't approved this consumer").
 *
 * <pre>{@code
 * CredentialsProvider credentials = JwtBearerCredentials.builder()
 *     .loginHost(LoginHost.PRODUCTION)
 *     .clientId(System.getenv("SF_CLIENT_ID"))
 *     .username("integration@acme.com")
 *     .privateKeyPem(Files.readString(Path.of("server.key")))   // PKCS#8: -----BEGIN PRIVATE KEY-----
 *     .build();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class JwtBearerCredentials extends RefreshingCredentials {
  /** The grant type of the JWT bearer flow. */
  public static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";

  /** The longest lifetime Salesforce accepts for an assertion. */
  public static final Duration MAX_LIFETIME = Duration.ofMinutes(3);

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final TokenEndpoint endpoint;
  private final String clientId;
  private final String username;
  private final URI audience;
  private final PrivateKey privateKey;
  private final Clock clock;
  private final Duration lifetime;

  private JwtBearerCredentials(Builder builder) {
    super(builder.sessionTimeout, builder.clock);
    this.endpoint = builder.endpoint();
    this.clientId = builder.clientId;
    this.username = builder.username;
    this.audience = builder.audience == null ? builder.host.baseUrl() : builder.audience;
    this.privateKey = builder.privateKey;
    this.clock = builder.clock;
    this.lifetime = builder.lifetime;
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
   * A new signed assertion: {@code base64url(header).base64url(claims).base64url(signature)}.
   *
   * @return the JWT, valid until now plus the lifetime
   */
  public String assertion() {
    ObjectNode header = MAPPER.createObjectNode().put("alg", "RS256");
    ObjectNode claims = MAPPER.createObjectNode()
        .put("iss", clientId)
        .put("sub", username)
        .put("aud", audience.toString())
        .put("exp", clock.instant().plus(lifetime).getEpochSecond());
    String signingInput = encode(header.toString()) + "." + encode(claims.toString());
    try {
      Signature signer = Signature.getInstance("SHA256withRSA");
      signer.initSign(privateKey);
      signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + BASE64URL.encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new InvalidArgumentException(
          "privateKey", "The private key cannot sign an RS256 assertion (" + e.getClass().getSimpleName()
              + "); use the RSA key whose certificate is uploaded to the app");
    }
  }

  /**
   * Posts a new assertion to {@code POST {host}/services/oauth2/token}.
   *
   * @return the new access token
   * @throws AuthenticationException if Salesforce refuses the assertion (user not pre-authorized,
   *     audience, unknown client id)
   * @throws RateLimitException if Salesforce answers {@code rate_limit_exceeded}
   * @throws TransportException if the exchange fails
   */
  @Override
  protected AccessToken fetchToken() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", GRANT_TYPE);
    form.put("assertion", assertion());
    return endpoint.requestToken(form).toAccessToken();
  }

  private static String encode(String json) {
    return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Shows host, client id, username and audience; never the key. */
  @Override
  public String toString() {
    return "JwtBearerCredentials{host=" + endpoint.host().baseUrl() + ", clientId=" + clientId
        + ", username=" + username + ", audience=" + audience + ", privateKey=<redacted>}";
  }

  /**
   * Reads an RSA private key from PKCS#8 PEM text ({@code -----BEGIN PRIVATE KEY-----}).
   *
   * @param pem the PEM text
   * @return the key
   * @throws InvalidArgumentException if the text is not an unencrypted PKCS#8 RSA key; the message
   *     says how to convert it and never repeats the key
   */
  public static PrivateKey readPrivateKey(String pem) {
    InvalidArgumentException.requireNonNull(pem, "privateKeyPem");
    if (pem.contains("BEGIN RSA PRIVATE KEY")) {
      throw new InvalidArgumentException("privateKeyPem",
          "The key is in PKCS#1 form (BEGIN RSA PRIVATE KEY); convert it to PKCS#8 with"
              + " 'openssl pkcs8 -topk8 -nocrypt -in server.key -out server-pkcs8.key'");
    }
    if (pem.contains("BEGIN ENCRYPTED PRIVATE KEY")) {
      throw new InvalidArgumentException("privateKeyPem",
          "The key is encrypted; decrypt it to an unencrypted PKCS#8 key (BEGIN PRIVATE KEY) with"
              + " 'openssl pkcs8 -topk8 -nocrypt', or pass a java.security.PrivateKey from your key store");
    }
    int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
    int end = pem.indexOf("-----END PRIVATE KEY-----");
    if (begin < 0 || end < begin) {
      throw new InvalidArgumentException("privateKeyPem",
          "privateKeyPem must be a PKCS#8 PEM key between -----BEGIN PRIVATE KEY----- and"
              + " -----END PRIVATE KEY-----");
    }
    String body = pem.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), end);
    try {
      byte[] der = Base64.getMimeDecoder().decode(body);
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new InvalidArgumentException("privateKeyPem",
          "privateKeyPem does not hold a readable PKCS#8 RSA private key (" + e.getClass().getSimpleName()
              + "); JWT bearer needs the RSA key whose certificate is uploaded to the app");
    }
  }

  /**
   * Builds {@link JwtBearerCredentials}: login host, client id, username and private key are
   * required.
   */
  public static final class Builder extends CredentialsBuilder<Builder> {
    @Override
    Builder self() {
      return this;
    }
    private String username;
    private URI audience;
    private PrivateKey privateKey;
    private Clock clock = Clock.systemUTC();
    private Duration lifetime = MAX_LIFETIME;

    Builder() {}


    /**
     * The {@code aud} claim, when it differs from the login host (for example {@code
     * https://login.salesforce.com} while posting to a My Domain host).
     *
     * @param audience the audience URL
     * @return this builder
     */
    public Builder audience(URI audience) {
      this.audience = InvalidArgumentException.requireNonNull(audience, "audience");
      return this;
    }


    /**
     * The Salesforce username to act as, the {@code sub} claim.
     *
     * @param username for example {@code integration@acme.com}
     * @return this builder
     */
    public Builder username(String username) {
      this.username = Flows.requireText(username, "username");
      return this;
    }

    /**
     * The RSA private key whose certificate is uploaded to the app.
     *
     * @param privateKey the key, for example from a {@code KeyStore}
     * @return this builder
     * @throws InvalidArgumentException if the key is not an RSA key
     */
    public Builder privateKey(PrivateKey privateKey) {
      InvalidArgumentException.requireNonNull(privateKey, "privateKey");
      if (!"RSA".equalsIgnoreCase(privateKey.getAlgorithm())) {
        throw new InvalidArgumentException("privateKey",
            "privateKey must be an RSA key for RS256, not a " + privateKey.getAlgorithm() + " key");
      }
      this.privateKey = privateKey;
      return this;
    }

    /**
     * The RSA private key as PKCS#8 PEM text ({@code -----BEGIN PRIVATE KEY-----}).
     *
     * @param pem the PEM text
     * @return this builder
     * @throws InvalidArgumentException if the text is not an unencrypted PKCS#8 RSA key
     */
    public Builder privateKeyPem(String pem) {
      return privateKey(readPrivateKey(pem));
    }

    /**
     * The clock that dates the assertions; the system UTC clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = InvalidArgumentException.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How long each assertion is valid; at most (and by default) 3 minutes.
     *
     * @param lifetime a positive duration of at most 3 minutes
     * @return this builder
     * @throws InvalidArgumentException if the lifetime is not positive or longer than 3 minutes
     */
    public Builder lifetime(Duration lifetime) {
      InvalidArgumentException.requireNonNull(lifetime, "lifetime");
      if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
        throw new InvalidArgumentException("lifetime",
            "lifetime must be positive and at most 3 minutes (Salesforce refuses longer assertions), not " + lifetime);
      }
      this.lifetime = lifetime;
      return this;
    }



    /**
     * The credentials; no request is made until the first token is needed.
     *
     * @return the credentials
     * @throws InvalidArgumentException if a required setting is missing
     */
    public JwtBearerCredentials build() {
      Flows.requireSet(host, "loginHost", "LoginHost.PRODUCTION, LoginHost.SANDBOX or LoginHost.myDomain(..)");
      Flows.requireSet(clientId, "clientId", "the app's consumer key");
      Flows.requireSet(username, "username", "the Salesforce username to act as");
      Flows.requireSet(privateKey, "privateKey", "privateKey(..) or privateKeyPem(..)");
      return new JwtBearerCredentials(this);
    }
  }
}
