package dev.salescloud.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.InvalidArgumentException;
import java.net.URI;
import java.time.Duration;
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

  @Nested
  class ProactiveRefresh {
    final MovableClock clock = new MovableClock();

    @Test
    void replacesTheTokenATenthOfTheTimeoutAheadOfIt() {
      AtomicInteger fetches = new AtomicInteger();
      RefreshingCredentials credentials = counting(fetches, Duration.ofMinutes(30));
      AccessToken first = credentials.token();

      clock.advance(Duration.ofMinutes(26).plusSeconds(59));
      AccessToken beforeDue = credentials.token();
      clock.advance(Duration.ofSeconds(1));
      AccessToken due = credentials.token();

      assertThat(beforeDue).isSameAs(first);
      assertThat(due.value()).isEqualTo("token-2");
      assertThat(fetches).hasValue(2);
    }

    @Test
    void replacesAtMostFiveMinutesAheadOfALongTimeout() {
      AtomicInteger fetches = new AtomicInteger();
      RefreshingCredentials credentials = counting(fetches, Duration.ofHours(2));
      credentials.token();

      clock.advance(Duration.ofMinutes(114));
      credentials.token();
      clock.advance(Duration.ofMinutes(1));
      credentials.token();

      assertThat(fetches).hasValue(2);
    }

    @Test
    void measuresTheNextTimeoutFromTheReplacement() {
      AtomicInteger fetches = new AtomicInteger();
      RefreshingCredentials credentials = counting(fetches, Duration.ofMinutes(30));
      credentials.token();
      clock.advance(Duration.ofMinutes(27));
      credentials.token();

      clock.advance(Duration.ofMinutes(26));
      credentials.token();

      assertThat(fetches).hasValue(2);
    }

    @Test
    void aFailedProactiveRefreshKeepsNothingAndTheNextCallTriesAgain() {
      AtomicInteger attempts = new AtomicInteger();
      RefreshingCredentials credentials =
          new RefreshingCredentials(Duration.ofMinutes(30), clock) {
            @Override
            protected AccessToken fetchToken() {
              if (attempts.incrementAndGet() == 2) {
                throw new AuthenticationException(
                    401, List.of(ApiError.of("invalid_grant", "expired access/refresh token")),
                    "POST", "/services/oauth2/token");
              }
              return AccessToken.of("token-" + attempts.get(), INSTANCE);
            }
          };
      credentials.token();
      clock.advance(Duration.ofMinutes(28));

      assertThatThrownBy(credentials::token).isInstanceOf(AuthenticationException.class);
      assertThat(credentials.token().value()).isEqualTo("token-3");
    }

    @Test
    void refusesATimeoutShorterThanAMinute() {
      assertThatThrownBy(() -> counting(new AtomicInteger(), Duration.ofSeconds(59)))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("sessionTimeout")
          .hasMessageContaining("PT59S");
    }

    private RefreshingCredentials counting(AtomicInteger fetches, Duration timeout) {
      return new RefreshingCredentials(timeout, clock) {
        @Override
        protected AccessToken fetchToken() {
          return AccessToken.of("token-" + fetches.incrementAndGet(), INSTANCE);
        }
      };
    }
  }
}
