package dev.salescloud.auth.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.auth.AccessToken;
import dev.salescloud.auth.LoginHost;
import dev.salescloud.auth.LoopbackServer;
import dev.salescloud.auth.MovableClock;
import dev.salescloud.auth.TokenStore;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.InvalidArgumentException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RefreshTokenCredentialsTest {
  static final String CLIENT_ID = "3MVG9.consumer-key";
  static final String CLIENT_SECRET = "rt-client-secret-77";
  static final String REFRESH_TOKEN = "5Aep861.first-refresh-secret";
  static final String ID = "https://login.salesforce.com/id/00Dx0000000BV7z/005x00000012Q9P";

  final LoopbackServer server = LoopbackServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  static String signature(String secret, String id, String issuedAt) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal((id + issuedAt).getBytes(StandardCharsets.UTF_8)));
  }

  static String tokenJson(String accessToken, String refreshToken, String signature) {
    return "{\"access_token\":\"" + accessToken + "\""
        + (refreshToken == null ? "" : ",\"refresh_token\":\"" + refreshToken + "\"")
        + (signature == null ? "" : ",\"signature\":\"" + signature + "\"")
        + ",\"scope\":\"api refresh_token\",\"instance_url\":\"https://acme.my.salesforce.com\","
        + "\"id\":\"" + ID + "\",\"token_type\":\"Bearer\",\"issued_at\":\"1700000000000\"}";
  }

  RefreshTokenCredentials.Builder credentials() {
    return RefreshTokenCredentials.builder().loginHost(server.loginHost()).clientId(CLIENT_ID);
  }

  @Nested
  class Exchange {
    @Test
    void sendsTheRefreshGrantWithClientIdAndSecret() throws Exception {
      server.answerJson(200, tokenJson("00Dx!access-1", null, signature(CLIENT_SECRET, ID, "1700000000000")));

      AccessToken token = credentials().clientSecret(CLIENT_SECRET).refreshToken(REFRESH_TOKEN).build().token();

      LoopbackServer.Request request = server.takeRequest();
      assertThat(request.path()).isEqualTo("/services/oauth2/token");
      assertThat(request.form()).containsExactly(
          java.util.Map.entry("grant_type", "refresh_token"),
          java.util.Map.entry("refresh_token", REFRESH_TOKEN),
          java.util.Map.entry("client_id", CLIENT_ID),
          java.util.Map.entry("client_secret", CLIENT_SECRET));
      assertThat(token.value()).isEqualTo("00Dx!access-1");
      assertThat(token.instanceUrl()).isEqualTo(URI.create("https://acme.my.salesforce.com"));
    }

    @Test
    void sendsNoSecretWhenNoneIsGiven() throws Exception {
      server.answerJson(200, tokenJson("00Dx!access-1", null, "c2lnbmF0dXJl"));

      credentials().refreshToken(REFRESH_TOKEN).build().token();

      assertThat(server.takeRequest().form()).doesNotContainKey("client_secret");
    }

    @Test
    void refusesAResponseWhoseSignatureDoesNotMatchAndCachesNothing() throws Exception {
      AtomicInteger calls = new AtomicInteger();
      String good = signature(CLIENT_SECRET, ID, "1700000000000");
      server.answer(r -> LoopbackServer.Response.json(200,
          tokenJson("00Dx!access-" + calls.incrementAndGet(), null, calls.get() == 1 ? "Zm9yZ2Vk" : good)));
      RefreshTokenCredentials credentials = credentials().clientSecret(CLIENT_SECRET).refreshToken(REFRESH_TOKEN).build();

      assertThatThrownBy(credentials::token)
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("tampered with");
      assertThat(credentials.token().value()).isEqualTo("00Dx!access-2");
    }

    @Test
    void reportsAnExpiredRefreshTokenWithWhatToDo() {
      server.answerJson(400, "{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}");
      RefreshTokenCredentials credentials = credentials().refreshToken(REFRESH_TOKEN).build();

      assertThatThrownBy(credentials::token)
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("invalid_grant")
          .hasMessageContaining("authorize the app again");
    }
  }

  @Nested
  class Rotation {
    @Test
    void aRotatedRefreshTokenReplacesTheOldOneInTheStore() throws Exception {
      List<String> saved = new CopyOnWriteArrayList<>();
      TokenStore memory = TokenStore.inMemory(REFRESH_TOKEN);
      TokenStore store = new TokenStore() {
        @Override
        public String refreshToken() {
          return memory.refreshToken();
        }

        @Override
        public void saveRefreshToken(String refreshToken) {
          saved.add(refreshToken);
          memory.saveRefreshToken(refreshToken);
        }
      };
      AtomicInteger calls = new AtomicInteger();
      server.answer(r -> LoopbackServer.Response.json(200, tokenJson(
          "00Dx!access-" + calls.incrementAndGet(), "5Aep861.rotated-" + calls.get(), null)));
      RefreshTokenCredentials credentials = credentials().tokenStore(store).build();

      AccessToken first = credentials.token();
      credentials.refresh(first);

      assertThat(server.takeRequest().form()).containsEntry("refresh_token", REFRESH_TOKEN);
      assertThat(server.takeRequest().form()).containsEntry("refresh_token", "5Aep861.rotated-1");
      assertThat(saved).containsExactly("5Aep861.rotated-1", "5Aep861.rotated-2");
      assertThat(store.refreshToken()).isEqualTo("5Aep861.rotated-2");
    }

    @Test
    void theSameRefreshTokenInTheResponseIsNotSavedAgain() {
      List<String> saved = new CopyOnWriteArrayList<>();
      server.answerJson(200, tokenJson("00Dx!access-1", REFRESH_TOKEN, null));
      TokenStore store = new TokenStore() {
        @Override
        public String refreshToken() {
          return REFRESH_TOKEN;
        }

        @Override
        public void saveRefreshToken(String refreshToken) {
          saved.add(refreshToken);
        }
      };

      credentials().tokenStore(store).build().token();

      assertThat(saved).isEmpty();
    }
  }

  @Nested
  class Concurrency {
    @Test
    void aHundredCallersRefreshingTheSameRejectedTokenCauseOneTokenRequest() throws Exception {
      AtomicInteger calls = new AtomicInteger();
      server.answer(r -> LoopbackServer.Response.json(200, tokenJson("00Dx!access-" + calls.incrementAndGet(), null, null)));
      RefreshTokenCredentials credentials = credentials().refreshToken(REFRESH_TOKEN).build();
      AccessToken rejected = credentials.token();
      ExecutorService pool = Executors.newFixedThreadPool(100);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<AccessToken>> results = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return credentials.refresh(rejected);
        }));
      }

      start.countDown();
      List<String> tokens = new ArrayList<>();
      for (Future<AccessToken> result : results) {
        tokens.add(result.get(20, TimeUnit.SECONDS).value());
      }
      pool.shutdown();

      assertThat(server.requestCount()).isEqualTo(2);
      assertThat(tokens).containsOnly("00Dx!access-2");
    }
  }

  @Nested
  class Configuration {
    @Test
    void refusesMissingHostClientIdOrRefreshToken() {
      assertThatThrownBy(() -> RefreshTokenCredentials.builder().clientId(CLIENT_ID).refreshToken(REFRESH_TOKEN).build())
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("loginHost");
      assertThatThrownBy(() -> RefreshTokenCredentials.builder().loginHost(LoginHost.PRODUCTION).refreshToken(REFRESH_TOKEN).build())
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("clientId");
      assertThatThrownBy(() -> RefreshTokenCredentials.builder().loginHost(LoginHost.PRODUCTION).clientId(CLIENT_ID).build())
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("refreshToken");
      assertThatThrownBy(() -> RefreshTokenCredentials.builder().refreshToken(" "))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("blank");
    }

    @Test
    void toStringShowsHostAndClientIdButNoSecret() {
      String text = credentials().clientSecret(CLIENT_SECRET).refreshToken(REFRESH_TOKEN).build().toString();

      assertThat(text).contains(CLIENT_ID).contains("127.0.0.1")
          .doesNotContain(CLIENT_SECRET).doesNotContain(REFRESH_TOKEN);
    }
  }

  @Nested
  class SessionTimeout {
    @Test
    void asksForANewTokenShortlyBeforeTheOrgsSessionTimeout() throws Exception {
      server.answer(request -> LoopbackServer.Response.json(
          200, tokenJson("00Dx!access-" + server.requestCount(), null, null)));
      MovableClock clock = new MovableClock();
      RefreshTokenCredentials credentials = credentials()
          .refreshToken(REFRESH_TOKEN)
          .sessionTimeout(Duration.ofMinutes(15))
          .clock(clock)
          .build();

      AccessToken first = credentials.token();
      clock.advance(Duration.ofMinutes(13));
      AccessToken stillValid = credentials.token();
      clock.advance(Duration.ofSeconds(30));
      AccessToken replaced = credentials.token();

      assertThat(stillValid).isEqualTo(first);
      assertThat(replaced).isNotEqualTo(first);
      assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void refusesATimeoutShorterThanAMinuteWhenBuilt() {
      RefreshTokenCredentials.Builder builder =
          credentials().refreshToken(REFRESH_TOKEN).sessionTimeout(Duration.ofSeconds(10));

      assertThatThrownBy(builder::build)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("sessionTimeout")
          .hasMessageContaining("at least one minute");
    }
  }
}
