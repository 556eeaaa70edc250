package dev.salescloud.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.auth.AccessToken;
import dev.salescloud.auth.CredentialsProvider;
import dev.salescloud.auth.RefreshingCredentials;
import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.retry.RetryPolicy;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.ApiException;
import dev.salescloud.model.error.ConflictException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.RateLimitException;
import dev.salescloud.model.error.ServerException;
import dev.salescloud.model.error.TransportException;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadPatch;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.MovingClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FaultsTest {
  private static final Instant NOW = Instant.parse("2024-05-01T17:03:11Z");
  private static final String QUERY = "/services/data/v62.0/query?q=SELECT+Id+FROM+Lead";

  private final FakeSalesCloud org = FakeSalesCloud.builder().fixedAt(NOW).build();
  private final List<Duration> waits = new ArrayList<>();
  private final SalesCloudClient client = client(StaticCredentials.of(org.accessToken(), FakeSalesCloud.INSTANCE_URL));

  private SalesCloudClient client(CredentialsProvider credentials) {
    return SalesCloudClient.builder()
        .credentials(credentials)
        .transport(org.transport())
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).jitter(() -> 1.0).build())
        .sleeper(waits::add)
        .build();
  }

  private SalesforceId newLead() {
    return client.leads().create(Lead.builder().lastName("Ng").company("Acme").build());
  }

  private void rename(SalesforceId id, String lastName) {
    client.leads().update(id, LeadPatch.builder().lastName(lastName).build());
  }

  private HttpResponse get(String path) {
    return get(path, org.accessToken());
  }

  private HttpResponse get(String path, String token) {
    HttpRequest.Builder request = HttpRequest.builder("GET", URI.create(FakeSalesCloud.INSTANCE_URL + path));
    if (!token.isEmpty()) {
      request.header("Authorization", "Bearer " + token);
    }
    return org.router().handle(request.build());
  }

  private static void assertRefused(
      ThrowingCallable call, Class<? extends ApiException> type, int status, String code, String message) {
    assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> {
      assertThat(e.status()).isEqualTo(status);
      assertThat(e.errorCode()).contains(code);
      assertThat(e.errors().get(0).message()).startsWith(message);
    });
  }

  @Nested
  class ErrorAnswers {
    @Test
    void theNextCallsMatchingMethodAndPathGetTheErrorThenTheOrgAnswersAgain() {
      SalesforceId id = newLead();
      org.faults().next(2).matching("PATCH", "/sobjects/Lead/*").respond(500, "UNKNOWN_EXCEPTION");

      assertThat(client.leads().get(id).lastName()).contains("Ng");
      for (int i = 0; i < 2; i++) {
        assertRefused(() -> rename(id, "Lovelace"), ServerException.class, 500, "UNKNOWN_EXCEPTION",
            "UNKNOWN_EXCEPTION");
      }
      rename(id, "Lovelace");

      assertThat(client.leads().get(id).lastName()).contains("Lovelace");
      assertThat(org.faults().active()).isEmpty();
      assertThat(waits).isEmpty();
    }

    @Test
    void answersAreSalesforcesErrorArraysAndCountAsCalls() {
      org.faults().next(1).unableToLockRow();
      org.faults().next(1).serverUnavailable();
      org.faults().next(1).respond(418, "TEAPOT", "I am a teapot");

      HttpResponse locked = get("/services/data/v62.0/sobjects/Lead/00Q000000000001AAA");
      HttpResponse unavailable = get("/services/data/v62.0/query?q=SELECT+Id+FROM+Lead");
      HttpResponse custom = get(QUERY);

      assertThat(locked.status()).isEqualTo(400);
      assertThat(locked.bodyText()).isEqualTo(
          "[{\"message\":\"unable to obtain exclusive access to this record\","
              + "\"errorCode\":\"UNABLE_TO_LOCK_ROW\",\"fields\":[]}]");
      assertThat(locked.header("Sforce-Limit-Info")).contains("api-usage=1/15000");
      assertThat(unavailable.status()).isEqualTo(503);
      assertThat(unavailable.bodyText()).isEqualTo(
          "[{\"message\":\"Server temporarily unavailable, please try again later\","
              + "\"errorCode\":\"SERVER_UNAVAILABLE\"}]");
      assertThat(custom.status()).isEqualTo(418);
      assertThat(custom.bodyText())
          .isEqualTo("[{\"message\":\"I am a teapot\",\"errorCode\":\"TEAPOT\"}]");
      assertThat(custom.header("Content-Type")).contains("application/json;charset=UTF-8");
      assertThat(org.apiCallsToday()).isEqualTo(3);
    }

    @Test
    void aPathPatternStartingWithServicesIsMatchedAgainstTheWholePath() {
      org.faults().matching("*", "/services/data/v62.0/**").serverUnavailable();

      assertThat(get("/services/data/v62.0/sobjects/Lead/describe").status()).isEqualTo(503);
      assertThat(get("/services/data/v61.0/query?q=SELECT+Id+FROM+Lead").status()).isEqualTo(200);
    }

    @Test
    void aStarStaysWithinOneSegmentAndTwoStarsCrossSegments() {
      Fault one = org.faults().matching("GET", "/sobjects/*").respond(400, "ONE");
      org.faults().matching("GET", "/sobjects/**").respond(400, "TWO");

      assertThat(get("/services/data/v62.0/sobjects/Lead").bodyText()).contains("\"ONE\"");
      assertThat(get("/services/data/v62.0/sobjects/Lead/describe/").bodyText()).contains("\"TWO\"");
      assertThat(one.injected()).isEqualTo(1);
    }

    @Test
    void theFirstStoppingFaultDecidesAndLaterOnesAreNotSpent() {
      org.faults().next(1).respond(400, "FIRST");
      Fault second = org.faults().next(1).respond(400, "SECOND");

      assertThat(get(QUERY).bodyText()).contains("FIRST");
      assertThat(second.injected()).isZero();
      assertThat(get(QUERY).bodyText()).contains("SECOND");
      assertThat(get(QUERY).status()).isEqualTo(200);
    }

    @Test
    void aFaultWithoutAnEffectDoesNothing() {
      Fault idle = org.faults().next(1);

      assertThat(get(QUERY).status()).isEqualTo(200);
      assertThat(idle.injected()).isZero();
      assertThat(org.faults().active()).containsExactly(idle);
    }

    @Test
    void badArgumentsAreRefusedWithTheirNames() {
      Fault fault = org.faults().next(1);

      assertThatThrownBy(() -> fault.respond(302, "FOUND"))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("from 400 to 599, not 302");
      assertThatThrownBy(() -> fault.respond(400, "bad code"))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("capital letters");
      assertThatThrownBy(() -> fault.next(0))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("at least 1 call, not 0");
      assertThatThrownBy(() -> fault.share(0))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("more than 0 and at most 1");
      assertThatThrownBy(() -> fault.share(1.5))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("not 1.5");
      assertThatThrownBy(() -> fault.matching("PATCH", "sobjects/Lead"))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("must start with /");
      assertThatThrownBy(() -> fault.matching("PA TCH", "/sobjects"))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("HTTP method");
      assertThatThrownBy(() -> fault.latency(Duration.ofMillis(-1)))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("must not be negative");
      assertThatThrownBy(() -> org.faults().sleeper(null))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("sleeper");
    }
  }

  @Nested
  class SeededShares {
    private List<Integer> failingCalls(long seed) {
      FakeSalesCloud fresh = FakeSalesCloud.builder().fixedAt(NOW).build();
      fresh.faults().share(0.2).seed(seed).unableToLockRow();
      String token = fresh.accessToken();
      List<Integer> failing = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        HttpResponse response = fresh.router().handle(
            HttpRequest.builder("GET", URI.create(FakeSalesCloud.INSTANCE_URL + QUERY))
                .header("Authorization", "Bearer " + token)
                .build());
        if (response.status() == 400) {
          failing.add(i);
        }
      }
      return failing;
    }

    @Test
    void theSameSeedFailsTheSameCallsOnEveryRun() {
      List<Integer> first = failingCalls(42);

      assertThat(failingCalls(42)).isEqualTo(first);
      assertThat(first).hasSizeBetween(8, 35);
      assertThat(failingCalls(7)).isNotEqualTo(first);
    }

    @Test
    void withoutASeedTheShareIsStillTheSameOnEveryRun() {
      List<List<Integer>> runs = new ArrayList<>();
      for (int run = 0; run < 2; run++) {
        FakeSalesCloud fresh = FakeSalesCloud.create();
        fresh.faults().share(0.5).respond(400, "FLAKY");
        String token = fresh.accessToken();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
          statuses.add(fresh.router().handle(
              HttpRequest.builder("GET", URI.create(FakeSalesCloud.INSTANCE_URL + QUERY))
                  .header("Authorization", "Bearer " + token)
                  .build()).status());
        }
        runs.add(statuses);
      }

      assertThat(runs.get(1)).isEqualTo(runs.get(0)).contains(200, 400);
    }

    @Test
    void aShareWithACountStopsAfterTheCount() {
      Fault fault = org.faults().share(0.5).seed(3).next(4).respond(400, "FLAKY");

      int failures = 0;
      for (int i = 0; i < 60; i++) {
        failures += get(QUERY).status() == 400 ? 1 : 0;
      }

      assertThat(failures).isEqualTo(4);
      assertThat(fault.injected()).isEqualTo(4);
      assertThat(org.faults().active()).isEmpty();
    }
  }

  @Nested
  class Latency {
    @Test
    void delaysEachCallThroughTheSleeperAndLetsTheOrgAnswer() {
      List<Duration> delays = new ArrayList<>();
      org.faults().sleeper(delays::add).latency(Duration.ofMillis(50));
      org.faults().matching("POST", "/sobjects/Lead").latency(Duration.ofMillis(7));

      SalesforceId id = newLead();
      client.leads().get(id);

      assertThat(delays).containsExactly(
          Duration.ofMillis(50), Duration.ofMillis(7), Duration.ofMillis(50));
      assertThat(org.store().count("Lead")).isEqualTo(1);
    }

    @Test
    void aDelayedCallCanStillBeStoppedByALaterFault() {
      List<Duration> delays = new ArrayList<>();
      org.faults().sleeper(delays::add).next(1).latency(Duration.ofSeconds(2));
      org.faults().next(1).respond(400, "SLOW_AND_WRONG");

      assertThat(get(QUERY).status()).isEqualTo(400);
      assertThat(delays).containsExactly(Duration.ofSeconds(2));
    }
  }

  @Nested
  class SessionExpiry {
    @Test
    void aClientWithRefreshingCredentialsGetsANewTokenAndCarriesOn() {
      AtomicInteger fetched = new AtomicInteger();
      List<String> tokens = new ArrayList<>();
      SalesCloudClient refreshing = client(new RefreshingCredentials() {
        @Override
        protected AccessToken fetchToken() {
          fetched.incrementAndGet();
          String token = org.accessToken();
          tokens.add(token);
          return AccessToken.of(token, FakeSalesCloud.INSTANCE_URL);
        }
      });
      SalesforceId id = refreshing.leads().create(Lead.builder().lastName("Ng").company("Acme").build());
      org.faults().expireSessionOnNextCall();

      Lead lead = refreshing.leads().get(id);

      assertThat(lead.lastName()).contains("Ng");
      assertThat(fetched).hasValue(2);
      assertThat(org.faults().active()).isEmpty();
      assertThat(get(QUERY, tokens.get(0)).status()).isEqualTo(401);
    }

    @Test
    void aClientWithStaticCredentialsFailsWithAuthenticationException() {
      SalesforceId id = newLead();
      org.faults().expireSessionOnNextCall();

      assertRefused(() -> client.leads().get(id), AuthenticationException.class, 401,
          "INVALID_SESSION_ID", "Session expired or invalid");
      assertThatThrownBy(() -> client.leads().get(id)).isInstanceOf(AuthenticationException.class);
      assertThat(org.faults().active()).isEmpty();
    }

    @Test
    void theAnswerIsSalesforces401WithoutALimitHeader() {
      org.faults().expireSessionOnNextCall();

      HttpResponse response = get(QUERY);

      assertThat(response.status()).isEqualTo(401);
      assertThat(response.bodyText())
          .isEqualTo("[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]");
      assertThat(response.header("Sforce-Limit-Info")).isEmpty();
      assertThat(org.apiCallsToday()).isZero();
    }

    @Test
    void aCallWithoutATokenDoesNotSpendTheExpiry() {
      org.faults().expireSessionOnNextCall();

      get("/services/data/", "");

      assertThat(org.faults().active()).hasSize(1);
    }
  }

  @Nested
  class DailyLimit {
    @Test
    void anExhaustedLimitRefusesCallsWith403AndShowsInTheHeaderAndCounters() {
      SalesforceId id = newLead();
      org.faults().exhaustDailyLimit();

      assertRefused(() -> client.leads().get(id), RateLimitException.class, 403,
          "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
      HttpResponse raw = get(QUERY);
      assertThat(raw.status()).isEqualTo(403);
      assertThat(raw.header("Sforce-Limit-Info")).contains("api-usage=15000/15000");
      assertThat(org.apiCallsToday()).isEqualTo(15_000);
      assertThat(client.limits().lastKnown()).hasValueSatisfying(u -> assertThat(u.remaining()).isZero());
      assertThat(waits).isEmpty();
    }

    @Test
    void theLimitComesBackOnTheNextUtcDayButNotWithClear() {
      MovingClock clock = new MovingClock(NOW);
      FakeSalesCloud limited = FakeSalesCloud.builder().clock(clock).build();
      limited.faults().exhaustDailyLimit();
      limited.faults().clear();
      SalesCloudClient sf = limited.client();

      assertThatThrownBy(() -> sf.leads().create(Lead.builder().lastName("Ng").company("Acme").build()))
          .isInstanceOf(RateLimitException.class);
      clock.advance(Duration.ofDays(1));
      sf.leads().create(Lead.builder().lastName("Ng").company("Acme").build());

      assertThat(limited.apiCallsToday()).isEqualTo(1);
    }

    @Test
    void anOrgWhoseSmallAllocationIsSpentRefusesTheNextCall() {
      FakeSalesCloud small = FakeSalesCloud.builder().fixedAt(NOW).dailyApiAllocation(2).build();
      SalesCloudClient sf = small.client();
      SalesforceId id = sf.leads().create(Lead.builder().lastName("Ng").company("Acme").build());
      sf.leads().get(id);

      assertThatThrownBy(() -> sf.leads().get(id))
          .isInstanceOf(RateLimitException.class).hasMessageContaining("REQUEST_LIMIT_EXCEEDED");
      assertThat(small.apiCallsToday()).isEqualTo(2);
    }

    @Test
    void theVersionListIsStillAnswered() {
      org.faults().exhaustDailyLimit();

      assertThat(get("/services/data/", "").status()).isEqualTo(200);
    }
  }

  @Nested
  class DroppedConnections {
    @Test
    void theRouterRaisesATransportExceptionForWhichTheRequestWasSent() {
      org.faults().dropConnection().next(1);

      assertThatThrownBy(() -> get(QUERY))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.requestSent()).isTrue();
            assertThat(e.status()).isEmpty();
            assertThat(e.getMessage())
                .isEqualTo("GET /services/data/v62.0/query: connection reset before an answer"
                    + " arrived (fault injected by the fake org)");
          });
      assertThat(get(QUERY).status()).isEqualTo(200);
      assertThat(org.apiCallsToday()).isEqualTo(1);
    }

    @Test
    void aReadIsRetriedAfterADroppedConnection() {
      SalesforceId id = newLead();
      org.faults().dropConnection().next(1);

      assertThat(client.leads().get(id).lastName()).contains("Ng");
      assertThat(waits).hasSize(1);
    }

    @Test
    void aCreateWhoseRequestWasSentIsNeverReplayed() {
      org.faults().matching("POST", "/sobjects/Lead").dropConnection().next(1);

      assertThatThrownBy(FaultsTest.this::newLead)
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.requestSent()).isTrue());
      assertThat(waits).isEmpty();
      assertThat(org.store().count("Lead")).isZero();
    }
  }

  @Nested
  class ClientRetries {
    @Test
    void aReadIsRetriedOn503UntilTheOrgAnswers() {
      SalesforceId id = newLead();
      org.faults().next(2).matching("GET", "/sobjects/Lead/*").serverUnavailable();

      assertThat(client.leads().get(id).lastName()).contains("Ng");
      assertThat(waits).hasSize(2);
    }

    @Test
    void anUpdateIsRetriedOnUnableToLockRow() {
      SalesforceId id = newLead();
      Fault lock = org.faults().next(1).matching("PATCH", "/sobjects/Lead/*").unableToLockRow();

      rename(id, "Lovelace");

      assertThat(lock.injected()).isEqualTo(1);
      assertThat(waits).hasSize(1);
      assertThat(client.leads().get(id).lastName()).contains("Lovelace");
    }

    @Test
    void retriesStopAfterTheLastAttemptWithTheOrgsError() {
      SalesforceId id = newLead();
      org.faults().matching("PATCH", "/sobjects/Lead/*").unableToLockRow();

      assertThatThrownBy(() -> rename(id, "Lovelace"))
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.errorCode()).contains("UNABLE_TO_LOCK_ROW"));
      assertThat(waits).hasSize(2);
    }

    @Test
    void aCreateIsRetriedOnlyOnAnswersProvingItWasNotExecuted() {
      org.faults().next(1).matching("POST", "/sobjects/Lead").serverUnavailable();
      org.faults().next(1).matching("POST", "/sobjects/Lead").unableToLockRow();

      newLead();

      assertThat(waits).hasSize(2);
      assertThat(org.store().count("Lead")).isEqualTo(1);
    }

    @Test
    void a500IsNeverRetried() {
      SalesforceId id = newLead();
      org.faults().next(1).respond(500, "UNKNOWN_EXCEPTION");

      assertThatThrownBy(() -> client.leads().get(id)).isInstanceOf(ServerException.class);
      assertThat(client.leads().get(id).lastName()).contains("Ng");
      assertThat(waits).isEmpty();
    }
  }

  @Nested
  class Housekeeping {
    @Test
    void clearAndRemoveEndFaults() {
      Fault kept = org.faults().serverUnavailable();
      org.faults().latency(Duration.ZERO);
      org.faults().share(0.1).dropConnection();

      kept.remove();
      assertThat(org.faults().active()).hasSize(2).doesNotContain(kept);
      org.faults().clear();

      assertThat(org.faults().active()).isEmpty();
      assertThat(get(QUERY).status()).isEqualTo(200);
    }

    @Test
    void descriptionsNameTheCallsAndTheEffect() {
      Fault fault = org.faults().next(3).matching("patch", "/sobjects/Opportunity/*")
          .share(0.25).seed(42).respond(503, "SERVER_UNAVAILABLE");

      assertThat(fault).hasToString(
          "Fault{PATCH /sobjects/Opportunity/*, next 3, share 0.25 seed 42: 503 SERVER_UNAVAILABLE, injected 0}");
      assertThat(org.faults()).hasToString("Faults{1 planned}");
      assertThat(org.faults().latency(Duration.ofMillis(5)))
          .hasToString("Fault{* /**: latency 5 ms, injected 0}");
    }
  }
}
