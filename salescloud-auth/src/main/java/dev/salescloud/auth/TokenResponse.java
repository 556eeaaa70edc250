package dev.salescloud.auth;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.InvalidArgumentException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.immutables.value.Value;

/**
 * The answer of Salesforce's token endpoint ({@code POST /services/oauth2/token}), every field of
 * it. Salesforce sends no {@code expires_in}: a token lives as long as the org's session timeout.
 *
 * <pre>{@code
 * {"access_token":"00Dx0000000BV7z!AR8AQ...","refresh_token":"5Aep861...",
 *  "signature":"0CmxinZir53Yex7nE0TD+zMpvIWYGb/bdJh6XfOH6EQ=","scope":"api refresh_token",
 *  "instance_url":"https://na1.salesforce.com",
 *  "id":"https://login.salesforce.com/id/00Dx0000000BV7z/005x00000012Q9P",
 *  "token_type":"Bearer","issued_at":"1278448832702"}
 * }</pre>
 *
 * <p>The access token, the refresh token and the OpenID Connect {@code id_token} are secrets:
 * {@link #toString()} shows the instance, the identity URL and the scopes only. {@link
 * #verifySignature(String)} checks, with the client secret, that the identity URL and issue time
 * were not tampered with.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableTokenResponse.class)
@JsonDeserialize(as = ImmutableTokenResponse.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class TokenResponse {
  TokenResponse() {}

  /**
   * The access token ({@code access_token}). Keep it secret.
   *
   * @return the bearer token
   */
  @JsonProperty("access_token")
  @Value.Redacted
  public abstract String accessToken();

  /**
   * The refresh token ({@code refresh_token}), when the grant and the app's scopes give one. Keep
   * it secret.
   *
   * @return the refresh token, if sent
   */
  @JsonProperty("refresh_token")
  @Value.Redacted
  public abstract Optional<String> refreshToken();

  /**
   * The org's instance URL ({@code instance_url}), the base of every REST call.
   *
   * @return for example {@code https://acme.my.salesforce.com}
   */
  @JsonProperty("instance_url")
  public abstract URI instanceUrl();

  /**
   * The identity URL ({@code id}), {@code https://login.salesforce.com/id/<orgId>/<userId>}.
   *
   * @return the identity URL as sent
   */
  @JsonProperty("id")
  public abstract Optional<String> id();

  /**
   * When the token was issued ({@code issued_at}), as Salesforce sends it: a string of epoch
   * milliseconds. It is part of the signed text, so it is kept verbatim.
   *
   * @return for example {@code 1278448832702}
   */
  @JsonProperty("issued_at")
  public abstract Optional<String> issuedAt();

  /**
   * The Base64 HMAC-SHA256 of {@code id + issued_at} keyed with the client secret ({@code
   * signature}); not sent by every flow.
   *
   * @return the signature, if sent
   */
  @JsonProperty("signature")
  public abstract Optional<String> signature();

  /**
   * The granted scopes, space-separated ({@code scope}).
   *
   * @return for example {@code api refresh_token}
   */
  @JsonProperty("scope")
  public abstract Optional<String> scope();

  /**
   * The token type ({@code token_type}).
   *
   * @return normally {@code Bearer}
   */
  @JsonProperty("token_type")
  public abstract Optional<String> tokenType();

  /**
   * The OpenID Connect ID token ({@code id_token}), sent with the {@code openid} scope. Keep it
   * secret.
   *
   * @return the signed JWT, if sent
   */
  @JsonProperty("id_token")
  @Value.Redacted
  public abstract Optional<String> idToken();

  /**
   * The Experience Cloud site URL ({@code sfdc_community_url}), when the user logged in to a site.
   *
   * @return the site URL, if sent
   */
  @JsonProperty("sfdc_community_url")
  public abstract Optional<String> sfdcCommunityUrl();

  /**
   * The Experience Cloud site id ({@code sfdc_community_id}).
   *
   * @return the site id, if sent
   */
  @JsonProperty("sfdc_community_id")
  public abstract Optional<String> sfdcCommunityId();

  /**
   * The granted scopes as a list.
   *
   * @return the scopes, empty when none were sent; see {@link OAuthScope} for the standard ones
   */
  @JsonIgnore
  @Value.Lazy
  public List<String> scopes() {
    return scope().map(s -> s.trim().isEmpty() ? List.<String>of() : List.of(s.trim().split("\\s+")))
        .orElse(List.of());
  }

  /**
   * {@link #issuedAt()} as an instant.
   *
   * @return the instant, if {@code issued_at} was sent
   */
  @JsonIgnore
  @Value.Lazy
  public Optional<Instant> issuedAtInstant() {
    return issuedAt().map(millis -> Instant.ofEpochMilli(Long.parseLong(millis)));
  }

  /** Refuses a blank access token and an {@code issued_at} that is not epoch milliseconds. */
  @Value.Check
  protected void check() {
    if (accessToken().isBlank()) {
      throw new InvalidArgumentException("access_token", "The token response's access_token must not be blank");
    }
    if (issuedAt().isPresent() && !issuedAt().get().matches("[0-9]{1,19}")) {
      throw new InvalidArgumentException(
          "issued_at",
          "issued_at must be a string of epoch milliseconds such as \"1278448832702\", not '"
              + issuedAt().get() + "'");
    }
  }

  /**
   * The access token, for the client.
   *
   * @return the token with its instance URL, issue time and, when {@code id} is an http(s) URL,
   *     identity URL
   */
  public AccessToken toAccessToken() {
    return AccessToken.builder()
        .value(accessToken())
        .instanceUrl(instanceUrl())
        .issuedAt(issuedAtInstant())
        .identityUrl(id().flatMap(TokenResponse::absoluteUri))
        .build();
  }

  /**
   * Checks the response's {@code signature}: the Base64 HMAC-SHA256 of {@code id + issued_at}
   * keyed with the client secret, compared in constant time.
   *
   * @param clientSecret the app's client secret (consumer secret)
   * @throws AuthenticationException if the signature, the id or issued_at is missing, or the
   *     signature does not match
   */
  public void verifySignature(String clientSecret) {
    InvalidArgumentException.requireNonNull(clientSecret, "clientSecret");
    if (signature().isEmpty() || id().isEmpty() || issuedAt().isEmpty()) {
      throw signatureFailure(
          "The token response has no signature, id or issued_at to verify; the response may have"
              + " been tampered with");
    }
    byte[] expected;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      expected = mac.doFinal((id().get() + issuedAt().get()).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required on every Java platform", e);
    }
    byte[] actual;
    try {
      actual = Base64.getDecoder().decode(signature().get());
    } catch (IllegalArgumentException e) {
      actual = new byte[0];
    }
    boolean matches = MessageDigest.isEqual(expected, actual);
    Arrays.fill(expected, (byte) 0);
    if (!matches) {
      throw signatureFailure(
          "The token response's signature does not match HMAC-SHA256(id + issued_at) under the"
              + " client secret: the response may have been tampered with, or the client secret"
              + " is not this app's");
    }
  }

  private static AuthenticationException signatureFailure(String message) {
    return new AuthenticationException(
        200, List.of(ApiError.of("invalid_signature", message)), "POST", "/services/oauth2/token", "");
  }

  private static Optional<URI> absoluteUri(String text) {
    try {
      URI uri = new URI(text);
      return AccessToken.isHttpUrl(uri) ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
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
   * A builder initialised with this response's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Shows the instance, the identity URL, the scopes and the issue time; never a token. */
  @Override
  public String toString() {
    return "TokenResponse{instanceUrl=" + instanceUrl()
        + id().map(id -> ", id=" + id).orElse("")
        + scope().map(s -> ", scope=" + s).orElse("")
        + issuedAt().map(t -> ", issuedAt=" + t).orElse("")
        + ", fingerprint=" + toAccessToken().fingerprint()
        + refreshToken().map(r -> ", refreshToken=<redacted>").orElse("")
        + "}";
  }

  /** Builds a {@link TokenResponse}. */
  public static final class Builder extends ImmutableTokenResponse.Builder {
    Builder() {}
  }
}
