package dev.salescloud.testkit.oauth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The authorization codes the authorize endpoint handed out: single-use, valid for 15 minutes on
 * the org's clock, bound to the redirect URI and, with PKCE, to the S256 code challenge.
 */
final class AuthorizationCodes {
  /** How long a code can be exchanged. */
  static final Duration LIFETIME = Duration.ofMinutes(15);

  private final Map<String, Code> codes = new ConcurrentHashMap<>();

  /** What a code was issued for. */
  record Code(URI redirectUri, Optional<String> challenge, String scope, Instant issuedAt) {}

  String issue(Code code) {
    String value = Secrets.random("aPrx", 60);
    codes.put(value, code);
    return value;
  }

  /**
   * Spends a code: it is gone after this call whatever the outcome.
   *
   * @throws OAuthError if the code is unknown, used or expired, the redirect URI differs, or the
   *     verifier does not match the challenge
   */
  Code redeem(String code, Optional<String> redirectUri, Optional<String> verifier, Instant now) {
    Code grant = codes.remove(code);
    if (grant == null) {
      throw OAuthError.invalidGrant("invalid authorization code");
    }
    if (!grant.issuedAt().plus(LIFETIME).isAfter(now)) {
      throw OAuthError.invalidGrant("expired authorization code");
    }
    if (redirectUri.isEmpty() || !redirectUri.get().equals(grant.redirectUri().toString())) {
      throw OAuthError.redirectUriMismatch();
    }
    if (grant.challenge().isPresent()
        && (verifier.isEmpty() || !MessageDigest.isEqual(
            challengeOf(verifier.get()).getBytes(StandardCharsets.US_ASCII),
            grant.challenge().get().getBytes(StandardCharsets.US_ASCII)))) {
      throw OAuthError.invalidGrant("invalid code verifier");
    }
    return grant;
  }

  /** The PKCE S256 challenge of a verifier: base64url(SHA-256(verifier)) without padding. */
  static String challengeOf(String verifier) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  /** Counts the codes, never shows them. */
  @Override
  public String toString() {
    return "AuthorizationCodes{" + codes.size() + "}";
  }
}
