package dev.salescloud.auth;

import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An OAuth access token and the org instance it is valid for.
 *
 * <p>The token is a secret: {@link #toString()} shows only a short fingerprint (the first
 * characters of its SHA-256), never the token itself, so a token can be logged to tell two apart
 * without leaking it.
 *
 * <pre>{@code
 * AccessToken token = AccessToken.of("00Dx0000000BV7z!AR8AQ...", URI.create("https://acme.my.salesforce.com"));
 * token.toString();   // AccessToken{instanceUrl=https://acme.my.salesforce.com, fingerprint=3f9a1c0b}
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
public abstract class AccessToken {
  AccessToken() {}

  /**
   * The bearer token sent in the {@code Authorization} header. Keep it secret.
   *
   * @return the token
   */
  @Value.Redacted
  public abstract String value();

  /**
   * The org's instance URL, the base of every REST call.
   *
   * @return for example {@code https://acme.my.salesforce.com}
   */
  public abstract URI instanceUrl();

  /**
   * When the token was issued, if known (the token response's {@code issued_at}).
   *
   * @return the instant
   */
  public abstract Optional<Instant> issuedAt();

  /**
   * The identity URL of the token's user, if known (the token response's {@code id}); {@link
   * UserInfoEndpoint#readIdentity(AccessToken)} reads it.
   *
   * @return for example {@code https://login.salesforce.com/id/00Dx0000000BV7zEAG/005x00000012Q9PAAU}
   */
  public abstract Optional<URI> identityUrl();

  /**
   * A short fingerprint of the token: the first 8 hex digits of its SHA-256.
   *
   * @return 8 hex digits that tell tokens apart without revealing them
   */
  @Value.Lazy
  public String fingerprint() {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(value().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  /** Refuses blank tokens and instance URLs that are not absolute http(s) URLs. */
  @Value.Check
  protected void check() {
    if (value().isBlank()) {
      throw new InvalidArgumentException("accessToken", "The access token must not be blank");
    }
    if (!isHttpUrl(instanceUrl())) {
      throw new InvalidArgumentException(
          "instanceUrl",
          "instanceUrl must be an absolute https URL such as https://acme.my.salesforce.com, not '"
              + instanceUrl()
              + "'");
    }
    if (identityUrl().isPresent() && !isHttpUrl(identityUrl().get())) {
      throw new InvalidArgumentException(
          "identityUrl",
          "identityUrl must be an absolute https URL such as"
              + " https://login.salesforce.com/id/00D.../005..., not '" + identityUrl().get() + "'");
    }
  }

  /**
   * Tells whether a URI is an absolute http(s) URL with a host, as instance and identity URLs are.
   *
   * @param uri the URI
   * @return true for {@code https://host...} and {@code http://host...}
   */
  static boolean isHttpUrl(URI uri) {
    String scheme = uri.getScheme();
    return uri.isAbsolute()
        && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
        && uri.getHost() != null;
  }

  /**
   * A token for an instance.
   *
   * @param value the bearer token
   * @param instanceUrl the org's instance URL
   * @return the token
   */
  public static AccessToken of(String value, URI instanceUrl) {
    InvalidArgumentException.requireNonNull(value, "accessToken");
    InvalidArgumentException.requireNonNull(instanceUrl, "instanceUrl");
    return builder().value(value).instanceUrl(instanceUrl).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the instance and the fingerprint, never the token. */
  @Override
  public String toString() {
    return "AccessToken{instanceUrl=" + instanceUrl() + ", fingerprint=" + fingerprint() + "}";
  }

  /** Builds an {@link AccessToken}. */
  public static final class Builder extends ImmutableAccessToken.Builder {
    Builder() {}
  }
}
