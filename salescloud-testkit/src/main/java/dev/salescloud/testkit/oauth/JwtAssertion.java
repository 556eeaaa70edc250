package dev.salescloud.testkit.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Checks a JWT bearer assertion as Salesforce does: RS256 over {@code header.claims} verified with
 * the app's certificate, {@code iss} = the client id, {@code aud} = the login host, {@code sub} =
 * a pre-authorized user, {@code exp} in the future and at most a few minutes away.
 */
final class JwtAssertion {
  /** How far ahead {@code exp} may be: Salesforce's 3 minutes, plus clock skew. */
  static final Duration MAX_AHEAD = Duration.ofMinutes(5);

  private JwtAssertion() {}

  /**
   * Verifies an assertion for an app.
   *
   * @throws OAuthError {@code invalid_client_id}, or {@code invalid_grant} with Salesforce's
   *     descriptions: "invalid assertion", "audience is invalid", "expired authorization code",
   *     "user hasn't approved this consumer"
   */
  static void verify(String assertion, ConnectedApp app, Origin origin, Instant now) {
    String[] parts = assertion.split("\\.", -1);
    if (parts.length != 3) {
      throw invalid();
    }
    JsonNode header = decode(parts[0]);
    JsonNode claims = decode(parts[1]);
    if (!header.path("alg").asText().equals("RS256")) {
      throw invalid();
    }
    if (!claims.path("iss").asText().equals(app.clientId())) {
      throw OAuthError.invalidClientId();
    }
    PublicKey key = app.jwtKey().orElseThrow(JwtAssertion::invalid);
    if (!signatureMatches(parts, key)) {
      throw invalid();
    }
    if (!claims.path("aud").isTextual() || !origin.acceptsAudience(claims.path("aud").asText())) {
      throw OAuthError.invalidGrant("audience is invalid");
    }
    JsonNode exp = claims.path("exp");
    if (!exp.canConvertToLong()) {
      throw invalid();
    }
    Instant expires = Instant.ofEpochSecond(exp.asLong());
    if (!expires.isAfter(now)) {
      throw OAuthError.invalidGrant("expired authorization code");
    }
    if (expires.isAfter(now.plus(MAX_AHEAD))) {
      throw invalid();
    }
    if (!app.usernameMatches(claims.path("sub").asText()) || !app.preAuthorized()) {
      throw OAuthError.invalidGrant("user hasn't approved this consumer");
    }
  }

  private static boolean signatureMatches(String[] parts, PublicKey key) {
    try {
      Signature verifier = Signature.getInstance("SHA256withRSA");
      verifier.initVerify(key);
      verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private static JsonNode decode(String part) {
    try {
      JsonNode node = OAuthResource.MAPPER.readTree(Base64.getUrlDecoder().decode(part));
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (IOException | IllegalArgumentException e) {
      // not a JSON object: invalid below
    }
    throw invalid();
  }

  private static OAuthError invalid() {
    return OAuthError.invalidGrant("invalid assertion");
  }
}
