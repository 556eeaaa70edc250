package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiBudgetExceededException;
import dev.salescloud.model.error.AuthorizationException;
import dev.salescloud.model.limits.Limit;
import dev.salescloud.model.limits.Limits;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApiLimitsTest extends LoopbackTest {
  static final SalesforceId LEAD_ID = SalesforceId.of("00Q5f00000AbcdeEAB");
  static final String LEAD = "{\"attributes\":{\"type\":\"Lead\"},\"Id\":\"00Q5f00000AbcdeEAB\"}";
  static final String LIMITS =
      """
      {"ConcurrentSyncReportRuns":{"Max":20,"Remaining":20},
       "DailyApiRequests":{"Max":15000,"Remaining":14998,
         "Ant Migration Tool":{"Max":0,"Remaining":0},
         "Salesforce CLI":{"Max":0,"Remaining":0}},
       "DataStorageMB":{"Max":1024,"Remaining":1020},
       "HourlySyncReportRuns":{"Max":500,"Remaining":499},
       "SomethingNewer":{"Max":5,"Remaining":5}}
      """;

  @Nested
  class Fetching {
    @Test
    void readsEveryLimitOfTheOrg() {
      server.enqueue(Answer.json(200, LIMITS).withHeader("Sforce-Limit-Info", "api-usage=2/15000"));

      Limits limits = sf.limits().fetch();

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("GET");
      assertThat(request.path()).isEqualTo("/services/data/v66.0/limits");
      assertThat(limits.dailyApiRequests()).hasValueSatisfying(l -> {
        assertThat(l.max()).isEqualTo(15000);
        assertThat(l.remaining()).isEqualTo(14998);
        assertThat(l.breakdown("Salesforce CLI")).isPresent();
      });
      assertThat(limits.hourlySyncReportRuns().map(Limit::remaining)).contains(499L);
      assertThat(limits.get("SomethingNewer")).isPresent();
      assertThat(sf.limits().lastKnown()).hasValueSatisfying(u -> assertThat(u.used()).isEqualTo(2));
    }

    @Test
    void takesTheUsageFromTheBodyWhenTheHeaderIsMissing() {
      server.enqueue(200, LIMITS);

      sf.limits().fetch();

      assertThat(sf.limits().lastKnown()).hasValueSatisfying(u -> {
        assertThat(u.used()).isEqualTo(2);
        assertThat(u.max()).isEqualTo(15000);
      });
    }

    @Test
    void sendsThePerCallOptions() {
      server.enqueue(200, LIMITS);

      sf.limits().fetch(RequestOptions.builder().callOptionsClient("acme-monitor").build());

      assertThat(server.takeRequest().header("Sforce-Call-Options")).isEqualTo("client=acme-monitor");
    }

    @Test
    void mapsAMissingPermissionToAuthorization() {
      server.enqueue(403, "[{\"errorCode\":\"INSUFFICIENT_ACCESS\",\"message\":\"insufficient access rights\"}]");

      guard.assertThatThrownBy(() -> sf.limits().fetch())
          .isInstanceOfSatisfying(AuthorizationException.class,
              e -> assertThat(e.path()).isEqualTo("/services/data/v66.0/limits"));
    }

    @Test
    void refusesMissingOptions() {
      guard.assertThatThrownBy(() -> sf.limits().fetch(null)).hasMessageContaining("options");
      assertThat(server.requestCount()).isZero();
    }
  }

  @Nested
  class BudgetGuard {
    @Test
    void fetchingIsNeverRefusedAndLiftsTheGuardOnceUsageEases() {
      SalesCloudClient guarded = client(b -> b.maxDailyApiShare(0.8));
      server.enqueue(Answer.json(200, LEAD).withHeader("Sforce-Limit-Info", "api-usage=8500/10000"));
      guarded.leads().get(LEAD_ID);
      guard.assertThatThrownBy(() -> guarded.leads().get(LEAD_ID)).isInstanceOf(ApiBudgetExceededException.class);
      server.enqueue(Answer.json(200, LIMITS.replace("14998", "9000").replace("15000", "10000"))
          .withHeader("Sforce-Limit-Info", "api-usage=1000/10000"));
      server.enqueue(200, LEAD);

      Limits limits = guarded.limits().fetch();
      guarded.leads().get(LEAD_ID);

      assertThat(limits.dailyApiRequests().map(Limit::used)).contains(1000L);
      assertThat(guarded.limits().lastKnown()).hasValueSatisfying(u -> assertThat(u.used()).isEqualTo(1000));
      assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void fetchingWhileStillOverTheShareKeepsTheGuard() {
      SalesCloudClient guarded = client(b -> b.maxDailyApiShare(0.5));
      server.enqueue(Answer.json(200, LIMITS).withHeader("Sforce-Limit-Info", "api-usage=9000/10000"));

      guarded.limits().fetch();

      guard.assertThatThrownBy(() -> guarded.leads().get(LEAD_ID))
          .isInstanceOf(ApiBudgetExceededException.class);
      assertThat(server.requestCount()).isEqualTo(1);
    }
  }
}
