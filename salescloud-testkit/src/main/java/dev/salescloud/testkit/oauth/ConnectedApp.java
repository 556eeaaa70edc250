package dev.salescloud.testkit.oauth;

import dev.salescloud.model.error.InvalidArgumentException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Connected App a fake org accepts, and the user who logs in through it: the settings an
 * administrator makes in Setup, as one immutable value.
 *
 * <p>The defaults let every flow of {@code salescloud-auth} run at once: client id {@code
 * emulator-client-id}, secret {@code emulator-client-secret}, user {@code admin@example.com} with
 * password {@code emulator-password} (the org's running user, also the client-credentials "Run As"
 * user), scopes {@code api refresh_token}, callbacks on {@code http://localhost:<any port>} and
 * {@code http://127.0.0.1:<any port>}, no refresh-token rotation. The JWT bearer flow needs the
 * certificate (or public key) of the signing key:
 *
 * <pre>{@code
 * FakeSalesCloud org = FakeSalesCloud.builder()
 *     .connectedApp(ConnectedApp.builder()
 *         .clientId("3MVG9-test").clientSecret("s3cret")
 *         .jwtCertificatePem(Files.readString(Path.of("server.crt")))
 *         .callbackUrl(URI.create("https://app.example.com/oauth/callback"))
 *         .rotateRefreshTokens(true)
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>{@link #toString()} shows the client id, user and switches, never a secret or password.
 */
public final class ConnectedApp {
  /** The default client id (consumer key). */
  public static final String DEFAULT_CLIENT_ID = "emulator-client-id";
  /** The default client secret (consumer secret). */
  public static final String DEFAULT_CLIENT_SECRET = "emulator-client-secret";
  /** The default username, the org's running user. */
  public static final String DEFAULT_USERNAME = "admin@example.com";
  /** The default password of the user. */
  public static final String DEFAULT_PASSWORD = "emulator-password";

  private final String clientId;
  private final String clientSecret;
  private final String username;
  private final String password;
  private final Optional<String> securityToken;
  private final List<String> scopes;
  private final Set<URI> callbackUrls;
  private final boolean loopbackCallbacks;
  private final Optional<PublicKey> jwtKey;
  private final boolean rotateRefreshTokens;
  private final boolean preAuthorized;
  private final boolean passwordFlow;
  private final boolean clientCredentialsFlow;

  private ConnectedApp(Builder b) {
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    this.username = b.username;
    this.password = b.password;
    this.securityToken = Optional.ofNullable(b.securityToken);
    this.scopes = List.copyOf(b.scopes);
    this.callbackUrls = Set.copyOf(b.callbackUrls);
    this.loopbackCallbacks = b.loopbackCallbacks;
    this.jwtKey = Optional.ofNullable(b.jwtKey);
    this.rotateRefreshTokens = b.rotateRefreshTokens;
    this.preAuthorized = b.preAuthorized;
    this.passwordFlow = b.passwordFlow;
    this.clientCredentialsFlow = b.clientCredentialsFlow;
  }

  /**
   * The default app: every setting at its default.
   *
   * @return the app
   */
  public static ConnectedApp defaults() {
    return builder().build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The client id (consumer key).
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * The client secret (consumer secret), which also keys the token responses' signature.
   *
   * @return the secret
   */
  public String clientSecret() {
    return clientSecret;
  }

  /**
   * The username of the user who logs in through the app (the org's running user).
   *
   * @return the username
   */
  public String username() {
    return username;
  }

  /**
   * The scopes the app grants.
   *
   * @return for example {@code [api, refresh_token]}
   */
  public List<String> scopes() {
    return scopes;
  }

  /**
   * Whether a refresh grant replaces the refresh token by a new one.
   *
   * @return {@code true} when refresh tokens rotate
   */
  public boolean rotatesRefreshTokens() {
    return rotateRefreshTokens;
  }

  /** Whether {@code password} (with the security token appended, when one is set) is the user's. */
  boolean passwordMatches(String given) {
    return given.equals(password + securityToken.orElse(""));
  }

  boolean usernameMatches(String given) {
    return given.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT));
  }

  boolean secretMatches(String given) {
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), clientSecret.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether a callback URL is registered, or a loopback URL while those are allowed. */
  boolean acceptsCallback(URI callback) {
    if (callbackUrls.contains(callback)) {
      return true;
    }
    String host = callback.getHost();
    return loopbackCallbacks
        && "http".equalsIgnoreCase(callback.getScheme())
        && ("localhost".equalsIgnoreCase(host) || "127.0.0.1".equals(host))
        && callback.getRawUserInfo() == null
        && callback.getRawFragment() == null;
  }

  Optional<PublicKey> jwtKey() {
    return jwtKey;
  }

  boolean preAuthorized() {
    return preAuthorized;
  }

  boolean passwordFlow() {
    return passwordFlow;
  }

  boolean clientCredentialsFlow() {
    return clientCredentialsFlow;
  }

  /** Shows the client id, user, scopes and switches; never the secret, password or token. */
  @Override
  public String toString() {
    return "ConnectedApp{clientId=" + clientId + ", username=" + username + ", scopes=" + scopes
        + ", callbacks=" + callbackUrls.size() + (loopbackCallbacks ? "+loopback" : "")
        + ", jwtCertificate=" + jwtKey.isPresent() + ", rotateRefreshTokens=" + rotateRefreshTokens
        + ", preAuthorized=" + preAuthorized + ", passwordFlow=" + passwordFlow
        + ", clientCredentialsFlow=" + clientCredentialsFlow + "}";
  }

  /** Builds a {@link ConnectedApp}; every setting starts at its default. Not thread-safe. */
  public static final class Builder {
    private String clientId = DEFAULT_CLIENT_ID;
    private String clientSecret = DEFAULT_CLIENT_SECRET;
    private String username = DEFAULT_USERNAME;
    private String password = DEFAULT_PASSWORD;
    private String securityToken;
    private List<String> scopes = List.of("api", "refresh_token");
    private final Set<URI> callbackUrls = new LinkedHashSet<>();
    private boolean loopbackCallbacks = true;
    private PublicKey jwtKey;
    private boolean rotateRefreshTokens;
    private boolean preAuthorized = true;
    private boolean passwordFlow = true;
    private boolean clientCredentialsFlow = true;

    private Builder() {}

    /**
     * The client id (consumer key).
     *
     * @param clientId not blank
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = requireText(clientId, "clientId");
      return this;
    }

    /**
     * The client secret (consumer secret).
     *
     * @param clientSecret not blank
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = requireText(clientSecret, "clientSecret");
      return this;
    }

    /**
     * The username of the user who logs in through the app; the org's running user takes it.
     *
     * @param username for example {@code integration@acme.com}
     * @return this builder
     */
    public Builder username(String username) {
      this.username = requireText(username, "username");
      return this;
    }

    /**
     * The user's password.
     *
     * @param password not blank
     * @return this builder
     */
    public Builder password(String password) {
      this.password = requireText(password, "password");
      return this;
    }

    /**
     * The user's security token, which the username-password flow must then append to the
     * password, as Salesforce requires outside the trusted IP ranges.
     *
     * @param securityToken not blank
     * @return this builder
     */
    public Builder securityToken(String securityToken) {
      this.securityToken = requireText(securityToken, "securityToken");
      return this;
    }

    /**
     * The scopes the app grants; a grant gets a refresh token only with {@code refresh_token} or
     * {@code offline_access}.
     *
     * @param scopes scope names such as {@code api}
     * @return this builder
     */
    public Builder scopes(String... scopes) {
      InvalidArgumentException.requireNonNull(scopes, "scopes");
      List<String> list = new ArrayList<>();
      for (String scope : scopes) {
        list.add(requireText(scope, "scope"));
      }
      if (list.isEmpty()) {
        throw new InvalidArgumentException("scopes", "A Connected App grants at least one scope, such as api");
      }
      this.scopes = list;
      return this;
    }

    /**
     * Registers a callback URL; the authorize endpoint redirects only to registered URLs (and to
     * loopback ones unless {@link #loopbackCallbacks(boolean)} is off).
     *
     * @param callbackUrl an absolute URL, compared exactly
     * @return this builder
     */
    public Builder callbackUrl(URI callbackUrl) {
      InvalidArgumentException.requireNonNull(callbackUrl, "callbackUrl");
      if (!callbackUrl.isAbsolute()) {
        throw new InvalidArgumentException(
            "callbackUrl", "callbackUrl must be an absolute URL, not '" + callbackUrl + "'");
      }
      callbackUrls.add(callbackUrl);
      return this;
    }

    /**
     * Whether any {@code http://localhost:<port>} or {@code http://127.0.0.1:<port>} callback is
     * accepted without registration, as desktop apps and CLIs need; on by default.
     *
     * @param allowed {@code false} to accept registered callbacks only
     * @return this builder
     */
    public Builder loopbackCallbacks(boolean allowed) {
      this.loopbackCallbacks = allowed;
      return this;
    }

    /**
     * The public key that verifies JWT bearer assertions (RS256).
     *
     * @param publicKey an RSA public key
     * @return this builder
     */
    public Builder jwtPublicKey(PublicKey publicKey) {
      InvalidArgumentException.requireNonNull(publicKey, "jwtPublicKey");
      if (!"RSA".equalsIgnoreCase(publicKey.getAlgorithm())) {
        throw new InvalidArgumentException(
            "jwtPublicKey", "The JWT key must be an RSA key for RS256, not " + publicKey.getAlgorithm());
      }
      this.jwtKey = publicKey;
      return this;
    }

    /**
     * The certificate uploaded to the app ("Use digital signatures"), as PEM: an X.509 certificate
     * ({@code -----BEGIN CERTIFICATE-----}) or a public key ({@code -----BEGIN PUBLIC KEY-----}).
     *
     * @param pem the PEM text
     * @return this builder
     * @throws InvalidArgumentException if the text holds no RSA certificate or public key
     */
    public Builder jwtCertificatePem(String pem) {
      InvalidArgumentException.requireNonNull(pem, "jwtCertificatePem");
      try {
        if (pem.contains("-----BEGIN CERTIFICATE-----")) {
          return jwtPublicKey(CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
              .getPublicKey());
        }
        int begin = pem.indexOf("-----BEGIN PUBLIC KEY-----");
        int end = pem.indexOf("-----END PUBLIC KEY-----");
        if (begin >= 0 && end > begin) {
          byte[] der = Base64.getMimeDecoder()
              .decode(pem.substring(begin + "-----BEGIN PUBLIC KEY-----".length(), end));
          return jwtPublicKey(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)));
        }
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        throw new InvalidArgumentException("jwtCertificatePem",
            "jwtCertificatePem holds no readable RSA certificate or public key (" + e.getClass().getSimpleName() + ")");
      }
      throw new InvalidArgumentException("jwtCertificatePem",
          "jwtCertificatePem must be PEM text between -----BEGIN CERTIFICATE----- or"
              + " -----BEGIN PUBLIC KEY----- and its END line");
    }

    /**
     * Whether each refresh grant issues a new refresh token and retires the one it used; off by
     * default, as in most orgs.
     *
     * @param rotate {@code true} to rotate
     * @return this builder
     */
    public Builder rotateRefreshTokens(boolean rotate) {
      this.rotateRefreshTokens = rotate;
      return this;
    }

    /**
     * Whether the user is pre-authorized for the app ("Admin approved users are pre-authorized"),
     * which the JWT bearer flow requires; on by default.
     *
     * @param preAuthorized {@code false} to make JWT bearer answer "user hasn't approved this consumer"
     * @return this builder
     */
    public Builder preAuthorized(boolean preAuthorized) {
      this.preAuthorized = preAuthorized;
      return this;
    }

    /**
     * Whether the org allows the username-password flow; on by default (orgs created since Summer
     * '23 block it).
     *
     * @param enabled {@code false} to answer "authentication failure" to every password grant
     * @return this builder
     */
    public Builder passwordFlow(boolean enabled) {
      this.passwordFlow = enabled;
      return this;
    }

    /**
     * Whether the client-credentials flow is enabled with the user as its "Run As" user; on by
     * default.
     *
     * @param enabled {@code false} to answer "no client credentials user enabled"
     * @return this builder
     */
    public Builder clientCredentialsFlow(boolean enabled) {
      this.clientCredentialsFlow = enabled;
      return this;
    }

    /**
     * Builds the app.
     *
     * @return the app
     */
    public ConnectedApp build() {
      return new ConnectedApp(this);
    }

    private static String requireText(String value, String argument) {
      InvalidArgumentException.requireNonNull(value, argument);
      if (value.isBlank()) {
        throw new InvalidArgumentException(argument, argument + " must not be blank");
      }
      return value;
    }
  }
}
