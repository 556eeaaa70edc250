package dev.salescloud.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.InvalidArgumentException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CredentialsTest {
  static final URI INSTANCE = URI.create("https://acme.my.salesforce.com");
  static final String SECRET = "00Dx0000000BV7z!AR8AQ.very-secret";

  @Nested
  class Tokens {
    @Test
    void toStringShowsAFingerprintNeverTheToken() {
      AccessToken token = AccessToken.of(SECRET, INSTANCE);

      assertThat(token.toString())
          .contains("acme.my.salesforce.com")
          .contains(token.fingerprint())
          .doesNotContain(SECRET)
          .doesNotContain("very-secret");
      assertThat(token.fingerprint()).hasSize(8);
      assertThat(StaticCredentials.of(token).toString()).doesNotContain(SECRET);
    }

    @Test
    void differentTokensHaveDifferentFingerprints() {
      assertThat(AccessToken.of("a", INSTANCE).fingerprint())
          .isNotEqualTo(AccessToken.of("b", INSTANCE).fingerprint());
    }

    @Test
    void refusesBlankTokensAndRelativeOrNonHttpInstances() {
      assertThatThrownBy(() -> AccessToken.of(" ", INSTANCE))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("blank");
      assertThatThrownBy(() -> AccessToken.of("t", URI.create("acme.my.salesforce.com")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("instanceUrl");
      assertThatThrownBy(() -> AccessToken.of("t", URI.create("ftp://acme.example")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("ftp://acme.example");
    }

    @Test
    void aStaticTokenCannotBeRefreshed() {
      StaticCredentials credentials = StaticCredentials.of(SECRET, INSTANCE);

      assertThatThrownBy(() -> credentials.refresh(credentials.token()))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("cannot be refreshed")
          .hasMessageNotContaining(SECRET);
    }
  }

  @Nested
  class Refreshing {
    @Test
    void fetchesOnFirstUseAndCaches() {
      AtomicInteger fetches = new AtomicInteger();
      RefreshingCredentials credentials = counting(fetches);

      AccessToken first = credentials.token();

      assertThat(credentials.token()).isSameAs(first);
      assertThat(fetches).hasValue(1);
    }

    @Test
    void aHundredThreadsRefreshingTheSameRejectedTokenCauseOneFetch() throws Exception {
      AtomicInteger fetches = new AtomicInteger();
      RefreshingCredentials credentials = counting(fetches);
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
        tokens.add(result.get(10, TimeUnit.SECONDS).value());
      }
      pool.shutdown();

      assertThat(fetches).hasValue(2);
      assertThat(tokens).containsOnly("token-2");
    }

    @Test
    void aFailedFetchFailsTheCallerAndLeavesNothingCached() {
      AtomicInteger attempts = new AtomicInteger();
      RefreshingCredentials credentials =
          new RefreshingCredentials() {
            @Override
            protected AccessToken fetchToken() {
              if (attempts.incrementAndGet() == 1) {
                throw new AuthenticationException(
                    400, List.of(ApiError.of("invalid_grant", "expired access/refresh token")),
                    "POST", "/services/oauth2/token");
              }
              return AccessToken.of("token-" + attempts.get(), INSTANCE);
            }
          };

      assertThatThrownBy(credentials::token)
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("invalid_grant");
      assertThat(credentials.token().value()).isEqualTo("token-2");
    }

    private RefreshingCredentials counting(AtomicInteger fetches) {
      return new RefreshingCredentials() {
        @Override
        protected AccessToken fetchToken() {
          return AccessToken.of("token-" + fetches.incrementAndGet(), INSTANCE);
        }
      };
    }
  }
}
