package dev.salescloud.auth.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.auth.AccessToken;
import dev.salescloud.auth.LoginHost;
import dev.salescloud.auth.LoopbackServer;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.InvalidArgumentException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JwtBearerCredentialsTest {
  static final String CLIENT_ID = "3MVG9.jwt-consumer-key";
  static final String USERNAME = "integration@acme.com";
  static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
  static final KeyPair KEYS = generate();
  static final KeyPair OTHER_KEYS = generate();
  static final ObjectMapper MAPPER = new ObjectMapper();

  final LoopbackServer server = LoopbackServer.start();
  final List<JsonNode> claimsSeen = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    server.close();
  }

  static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String pem(KeyPair keys) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }

  /** An authorization server that verifies the assertion with the public key, as Salesforce does. */
  void verifyingWith(PublicKey publicKey) {
    server.answer(request -> {
      try {
        if (!request.form().get("grant_type").equals(JwtBearerCredentials.GRANT_TYPE)) {
          return LoopbackServer.Response.json(400, "{\"error\":\"unsupported_grant_type\",\"error_description\":\"grant type not supported\"}");
        }
        String[] parts = request.form().get("assertion").split("\\.");
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        if (parts.length != 3 || !verifier.verify(Base64.getUrlDecoder().decode(parts[2]))) {
          return LoopbackServer.Response.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"invalid assertion\"}");
        }
        JsonNode header = MAPPER.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
        claimsSeen.add(claims);
        if (!header.equals(MAPPER.readTree("{\"alg\":\"RS256\"}"))) {
          return LoopbackServer.Response.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"bad header\"}");
        }
        return LoopbackServer.Response.json(200, "{\"access_token\":\"00Dx!jwt-access-" + claimsSeen.size() + "\","
            + "\"scope\":\"api\",\"instance_url\":\"https://acme.my.salesforce.com\","
            + "\"id\":\"https://login.salesforce.com/id/00Dx0000000BV7z/005x00000012Q9P\",\"token_type\":\"Bearer\"}");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  JwtBearerCredentials.Builder credentials() {
    return JwtBearerCredentials.builder()
        .loginHost(server.loginHost())
        .clientId(CLIENT_ID)
        .username(USERNAME)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Nested
  class Assertion {
    @Test
    void postsAnRs256AssertionThatThePublicKeyVerifiesWithTheRightClaims() throws Exception {
      verifyingWith(KEYS.getPublic());

      AccessToken token = credentials().privateKeyPem(pem(KEYS)).build().token();

      assertThat(token.value()).isEqualTo("00Dx!jwt-access-1");
      assertThat(token.instanceUrl()).isEqualTo(URI.create("https://acme.my.salesforce.com"));
      JsonNode claims = claimsSeen.get(0);
      assertThat(claims.get("iss").asText()).isEqualTo(CLIENT_ID);
      assertThat(claims.get("sub").asText()).isEqualTo(USERNAME);
      assertThat(claims.get("aud").asText()).isEqualTo(server.baseUri().toString());
      assertThat(claims.get("exp").asLong()).isEqualTo(NOW.plus(Duration.ofMinutes(3)).getEpochSecond());
      assertThat(server.takeRequest().contentType()).startsWith("application/x-www-form-urlencoded");
    }

    @Test
    void usesAGivenPrivateKeyAudienceAndShorterLifetime() {
      verifyingWith(KEYS.getPublic());

      credentials().privateKey(KEYS.getPrivate()).audience(URI.create("https://test.salesforce.com"))
          .lifetime(Duration.ofSeconds(90)).build().token();

      assertThat(claimsSeen.get(0).get("aud").asText()).isEqualTo("https://test.salesforce.com");
      assertThat(claimsSeen.get(0).get("exp").asLong()).isEqualTo(NOW.getEpochSecond() + 90);
    }

    @Test
    void aRejectedTokenIsReplacedByANewAssertion() {
      verifyingWith(KEYS.getPublic());
      JwtBearerCredentials credentials = credentials().privateKey(KEYS.getPrivate()).build();

      AccessToken first = credentials.token();
      AccessToken second = credentials.refresh(first);

      assertThat(second.value()).isEqualTo("00Dx!jwt-access-2");
      assertThat(claimsSeen).hasSize(2);
    }

    @Test
    void anAssertionSignedWithAnotherKeyIsRefused() {
      verifyingWith(OTHER_KEYS.getPublic());

      assertThatThrownBy(() -> credentials().privateKey(KEYS.getPrivate()).build().token())
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("invalid_grant");
    }

    @Test
    void reportsAUserThatIsNotPreAuthorized() {
      server.answerJson(400, "{\"error\":\"invalid_grant\",\"error_description\":\"user hasn't approved this consumer\"}");

      assertThatThrownBy(() -> credentials().privateKey(KEYS.getPrivate()).build().token())
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("pre-authorized");
    }
  }

  @Nested
  class Keys {
    @Test
    void refusesPkcs1EncryptedAndMalformedPemWithoutRepeatingIt() {
      String pkcs1 = "-----BEGIN RSA PRIVATE KEY-----\nMIIEsecretbits\n-----END RSA PRIVATE KEY-----";
      String encrypted = "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIEsecretbits\n-----END ENCRYPTED PRIVATE KEY-----";
      String garbled = "-----BEGIN PRIVATE KEY-----\nMIIEsecretbits\n-----END PRIVATE KEY-----";

      assertThatThrownBy(() -> JwtBearerCredentials.readPrivateKey(pkcs1))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("openssl pkcs8 -topk8")
          .hasMessageNotContaining("secretbits");
      assertThatThrownBy(() -> JwtBearerCredentials.readPrivateKey(encrypted))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("encrypted")
          .hasMessageNotContaining("secretbits");
      assertThatThrownBy(() -> JwtBearerCredentials.readPrivateKey(garbled))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("privateKeyPem")
          .hasMessageNotContaining("secretbits");
      assertThatThrownBy(() -> JwtBearerCredentials.readPrivateKey("not a key"))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("BEGIN PRIVATE KEY");
    }

    @Test
    void readsTheKeyItWasGivenAsPem() {
      assertThat(JwtBearerCredentials.readPrivateKey(pem(KEYS)).getEncoded()).isEqualTo(KEYS.getPrivate().getEncoded());
    }

    @Test
    void refusesNonRsaKeysLongLifetimesAndMissingSettings() throws Exception {
      KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
      ec.initialize(256);

      assertThatThrownBy(() -> credentials().privateKey(ec.generateKeyPair().getPrivate()))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("EC");
      assertThatThrownBy(() -> credentials().lifetime(Duration.ofMinutes(4)))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("lifetime").hasMessageContaining("PT4M");
      assertThatThrownBy(() -> credentials().build())
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("privateKey");
      assertThatThrownBy(() -> JwtBearerCredentials.builder().loginHost(LoginHost.PRODUCTION).clientId(CLIENT_ID)
              .privateKey(KEYS.getPrivate()).build())
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("username");
    }

    @Test
    void toStringShowsWhoButNeverTheKey() {
      String text = credentials().privateKey(KEYS.getPrivate()).build().toString();

      assertThat(text).contains(CLIENT_ID).contains(USERNAME).contains("<redacted>")
          .doesNotContain(Base64.getEncoder().encodeToString(KEYS.getPrivate().getEncoded()).substring(0, 40));
    }
  }
}
