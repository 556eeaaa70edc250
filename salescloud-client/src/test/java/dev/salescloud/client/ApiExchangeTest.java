package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.auth.CredentialsProvider;
import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.retry.RetryPolicy;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiBudgetExceededException;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.ConflictException;
import dev.salescloud.model.error.RateLimitException;
import dev.salescloud.model.error.ServerException;
import dev.salescloud.model.error.TransportException;
import dev.salescloud.model.sales.Lead;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApiExchangeTest {
  static final SalesforceId LEAD_ID = SalesforceId.of("00Q5f00000AbcdeEAB");
  static final String LEAD_JSON =
      "{\"attributes\":{\"type\":\"Lead\"},\"Id\":\"00Q5f00000AbcdeEAB\",\"LastName\":\"Ng\"}";
  static final String CREATED = "{\"id\":\"00Q5f00000AbcdeEAB\",\"success\":true,\"errors\":[]}";

  final LoopbackServer server = new LoopbackServer();
  final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void stop() {
    server.close();
  }

  SalesCloudClient client(CredentialsProvider credentials, RetryPolicy policy) {
    return SalesCloudClient.builder()
        .credentials(credentials)
        .retryPolicy(policy)
        .sleeper(waits::add)
        .build();
  }

  SalesCloudClient client(RetryPolicy policy) {
    return client(StaticCredentials.of("token-1", server.baseUri()), policy);
  }

  static Answer empty(int status) {
    return new Answer(status, Map.of(), "", Duration.ZERO);
  }

  @Nested
  class Retries {
    @Test
    void retriesAReadOn503AndSucceeds() {
      server.enqueue(503, "[{\"errorCode\":\"SERVER_UNAVAILABLE\",\"message\":\"down\"}]");
      server.enqueue(200, LEAD_JSON);

      Lead lead = client(RetryPolicy.defaults()).leads().get(LEAD_ID);

      assertThat(lead.lastName()).contains("Ng");
      assertThat(server.requestCount()).isEqualTo(2);
      assertThat(waits).hasSize(1);
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastError() {
      for (int i = 0; i < 3; i++) {
        server.enqueue(503, "[{\"errorCode\":\"SERVER_UNAVAILABLE\",\"message\":\"down\"}]");
      }

      assertThatThrownBy(() -> client(RetryPolicy.defaults()).leads().get(LEAD_ID))
          .isInstanceOf(ServerException.class);
      assertThat(server.requestCount()).isEqualTo(3);
      assertThat(waits).hasSize(2);
    }

    @Test
    void honoursRetryAfter() {
      server.enqueue(
          Answer.json(503, "[{\"errorCode\":\"SERVER_UNAVAILABLE\",\"message\":\"down\"}]")
              .withHeader("Retry-After", "7"));
      server.enqueue(200, LEAD_JSON);

      client(RetryPolicy.builder().maxDelay(Duration.ofSeconds(30)).build()).leads().get(LEAD_ID);

      assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void backsOffExponentiallyWithFullJitter() {
      for (int i = 0; i < 4; i++) {
        server.enqueue(502, "[{\"errorCode\":\"SERVER_UNAVAILABLE\",\"message\":\"edge\"}]");
      }
      server.enqueue(200, LEAD_JSON);
      RetryPolicy policy =
          RetryPolicy.builder()
              .maxAttempts(5)
              .baseDelay(Duration.ofMillis(100))
              .maxDelay(Duration.ofMillis(300))
              .jitter(() -> 1.0)
              .build();

      client(policy).leads().get(LEAD_ID);

      assertThat(waits)
          .containsExactly(
              Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofMillis(300));
    }

    @Test
    void neverReplaysACreateAfterAnAmbiguousServerError() {
      server.enqueue(500, "[{\"errorCode\":\"UNKNOWN_EXCEPTION\",\"message\":\"boom\"}]");
      server.enqueue(502, "[{\"errorCode\":\"UNKNOWN_EXCEPTION\",\"message\":\"edge\"}]");

      SalesCloudClient sf = client(RetryPolicy.defaults());
      assertThatThrownBy(() -> sf.leads().create(Lead.builder().lastName("Ng").build()))
          .isInstanceOf(ServerException.class);
      assertThatThrownBy(() -> sf.leads().create(Lead.builder().lastName("Ng").build()))
          .isInstanceOf(ServerException.class);

      assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void replaysACreateWhenTheFailureProvesItDidNotRun() {
      server.enqueue(400, "[{\"errorCode\":\"UNABLE_TO_LOCK_ROW\",\"message\":\"unable to obtain exclusive access\"}]");
      server.enqueue(201, CREATED);

      SalesforceId id = client(RetryPolicy.defaults()).leads().create(Lead.builder().lastName("Ng").build());

      assertThat(id).isEqualTo(LEAD_ID);
      assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void doesNotRetryValidationErrors() {
      server.enqueue(400, "[{\"errorCode\":\"INVALID_FIELD\",\"message\":\"No such column\"}]");

      assertThatThrownBy(() -> client(RetryPolicy.defaults()).leads().get(LEAD_ID, "Nope__c"))
          .isInstanceOf(dev.salescloud.model.error.ValidationException.class);
      assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aLockConflictIsRetryableWhenRetriesAreOff() {
      server.enqueue(400, "[{\"errorCode\":\"UNABLE_TO_LOCK_ROW\",\"message\":\"locked\"}]");

      assertThatThrownBy(() -> client(RetryPolicy.none()).leads().get(LEAD_ID))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void aDailyLimitIsARateLimitErrorAndNotRetried() {
      server.enqueue(403, "[{\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\",\"message\":\"TotalRequests Limit exceeded.\"}]");

      assertThatThrownBy(() -> client(RetryPolicy.defaults()).leads().get(LEAD_ID))
          .isInstanceOf(RateLimitException.class);
      assertThat(server.requestCount()).isEqualTo(1);
    }
  }

  @Nested
  class Timeouts {
    @Test
    void aReadThatTimesOutIsRetriedButACreateIsNot() {
      server.enqueue(Answer.json(200, LEAD_JSON).delayed(Duration.ofMillis(1500)));
      server.enqueue(200, LEAD_JSON);
      SalesCloudClient sf =
          SalesCloudClient.builder()
              .credentials(StaticCredentials.of("token-1", server.baseUri()))
              .timeout(Duration.ofMillis(300))
              .sleeper(waits::add)
              .build();

      assertThat(sf.leads().get(LEAD_ID).lastName()).contains("Ng");

      server.enqueue(Answer.json(201, CREATED).delayed(Duration.ofMillis(1500)));
      assertThatThrownBy(() -> sf.leads().create(Lead.builder().lastName("Ng").build()))
          .isInstanceOfSatisfying(
              TransportException.class,
              e -> {
                assertThat(e.requestSent()).isTrue();
                assertThat(e.getMessage()).contains("timed out");
              });
      assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void aRefusedConnectionIsRetriedEvenForACreate() throws Exception {
      URI closed;
      try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        closed = URI.create("http://127.0.0.1:" + probe.getLocalPort());
      }
      SalesCloudClient sf = client(StaticCredentials.of("token-1", closed), RetryPolicy.defaults());

      assertThatThrownBy(() -> sf.leads().create(Lead.builder().lastName("Ng").build()))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.requestSent()).isFalse());
      assertThat(waits).hasSize(2);
    }
  }

  @Nested
  class Sessions {
    @Test
    void refreshesOnceAfterInvalidSessionAndReplays() {
      AtomicInteger fetches = new AtomicInteger();
      CredentialsProvider credentials = LoopbackTest.countingRefreshes(fetches, server.baseUri());
      server.dispatch(
          r ->
              r.header("Authorization").equals("Bearer token-1")
                  ? Answer.json(401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]")
                  : Answer.json(200, LEAD_JSON));

      Lead lead = client(credentials, RetryPolicy.none()).leads().get(LEAD_ID);

      assertThat(lead.lastName()).contains("Ng");
      assertThat(fetches).hasValue(2);
      assertThat(server.takeAll()).extracting(r -> r.header("Authorization"))
          .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void doesNotRefreshInALoop() {
      AtomicInteger fetches = new AtomicInteger();
      server.dispatch(
          r -> Answer.json(401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]"));

      assertThatThrownBy(() -> client(LoopbackTest.countingRefreshes(fetches, server.baseUri()), RetryPolicy.defaults()).leads().get(LEAD_ID))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageNotContaining("token-");
      assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void doesNotRefreshWhenThe401IsAConfigurationProblem() {
      AtomicInteger fetches = new AtomicInteger();
      server.enqueue(
          401,
          "[{\"message\":\"This session is not valid for use with the REST API\",\"errorCode\":\"INVALID_SESSION_ID\"}]");

      assertThatThrownBy(() -> client(LoopbackTest.countingRefreshes(fetches, server.baseUri()), RetryPolicy.defaults()).leads().get(LEAD_ID))
          .isInstanceOf(AuthenticationException.class);
      assertThat(fetches).hasValue(1);
      assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void fiftyConcurrentCallersShareOneRefresh() throws Exception {
      AtomicInteger fetches = new AtomicInteger();
      CredentialsProvider credentials = LoopbackTest.countingRefreshes(fetches, server.baseUri());
      server.dispatch(
          r ->
              r.header("Authorization").equals("Bearer token-1")
                  ? Answer.json(401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]")
                  : Answer.json(200, LEAD_JSON));
      SalesCloudClient sf = client(credentials, RetryPolicy.none());
      credentials.token();
      ExecutorService pool = Executors.newFixedThreadPool(50);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Lead>> results = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return sf.leads().get(LEAD_ID);
        }));
      }

      start.countDown();
      for (Future<Lead> result : results) {
        assertThat(result.get(10, TimeUnit.SECONDS).lastName()).contains("Ng");
      }
      pool.shutdown();

      assertThat(fetches).hasValue(2);
    }
  }

  @Nested
  class Limits {
    @Test
    void recordsTheLatestUsageAndRefusesCallsBeyondTheConfiguredShare() {
      server.enqueue(Answer.json(200, LEAD_JSON).withHeader("Sforce-Limit-Info", "api-usage=8500/10000"));
      SalesCloudClient sf =
          SalesCloudClient.builder()
              .credentials(StaticCredentials.of("token-1", server.baseUri()))
              .maxDailyApiShare(0.8)
              .build();

      sf.leads().get(LEAD_ID);

      assertThat(sf.limits().lastKnown()).hasValueSatisfying(u -> assertThat(u.used()).isEqualTo(8500));
      assertThatThrownBy(() -> sf.leads().get(LEAD_ID))
          .isInstanceOf(ApiBudgetExceededException.class)
          .hasMessageContaining("8500 of its 10000");
      assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void refusesAShareOutsideZeroToOne() {
      assertThatThrownBy(
              () -> SalesCloudClient.builder()
                  .credentials(StaticCredentials.of("t", server.baseUri()))
                  .maxDailyApiShare(1.5)
                  .build())
          .isInstanceOf(dev.salescloud.model.error.InvalidArgumentException.class)
          .hasMessageContaining("1.5");
    }
  }
}
