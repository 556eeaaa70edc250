package dev.salescloud.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.model.SObject;
import dev.salescloud.model.error.ApiBudgetExceededException;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.limits.Limit;
import dev.salescloud.model.limits.Limits;
import dev.salescloud.model.sales.Account;
import dev.salescloud.testkit.FakeSalesCloud;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LimitsTest {
  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final SalesCloudClient client = org.client();

  @Nested
  class Fetch {
    @Test
    void readsTheDailyApiRequestsCountingItsOwnCall() {
      client.accounts().create(Account.builder().name("Acme").build());

      Limits limits = client.limits().fetch();

      assertThat(limits.dailyApiRequests()).hasValueSatisfying(daily -> {
        assertThat(daily.max()).isEqualTo(15_000);
        assertThat(daily.remaining()).isEqualTo(14_998);
        assertThat(daily.used()).isEqualTo(2);
      });
      assertThat(client.limits().lastKnown()).hasValueSatisfying(u -> assertThat(u.used()).isEqualTo(2));
      assertThat(org.apiCallsToday()).isEqualTo(2);
    }

    @Test
    void readsTheOtherCommonLimitsThroughTheirAccessors() {
      Limits limits = client.limits().fetch();

      assertThat(limits.dataStorageMb().map(Limit::max)).contains(5L);
      assertThat(limits.fileStorageMb().map(Limit::max)).contains(20L);
      assertThat(limits.dailyBulkApiBatches().map(Limit::max)).contains(15_000L);
      assertThat(limits.dailyBulkV2QueryJobs().map(Limit::remaining)).contains(10_000L);
      assertThat(limits.dailyBulkV2QueryFileStorageMb().map(Limit::max)).contains(976_562L);
      assertThat(limits.concurrentAsyncGetReportInstances().map(Limit::max)).contains(200L);
      assertThat(limits.concurrentSyncReportRuns().map(Limit::max)).contains(20L);
      assertThat(limits.hourlySyncReportRuns().map(Limit::max)).contains(500L);
      assertThat(limits.hourlyAsyncReportRuns().map(Limit::max)).contains(1_200L);
      assertThat(limits.singleEmail()).isPresent();
      assertThat(limits.massEmail()).isPresent();
    }
  }

  @Nested
  class LastKnown {
    @Test
    void isEmptyBeforeTheFirstCallThenFollowsEveryResponse() {
      assertThat(client.limits().lastKnown()).isEmpty();

      client.accounts().create(Account.builder().name("A").build());
      client.accounts().create(Account.builder().name("B").build());

      assertThat(client.limits().lastKnown()).hasValueSatisfying(u -> {
        assertThat(u.used()).isEqualTo(2);
        assertThat(u.max()).isEqualTo(15_000);
      });
    }

    @Test
    void countsTheCallsOfEveryClientOfTheOrg() {
      org.client().accounts().create(Account.builder().name("A").build());

      client.accounts().create(Account.builder().name("B").build());

      assertThat(client.limits().lastKnown()).hasValueSatisfying(u -> assertThat(u.used()).isEqualTo(2));
    }

    @Test
    void refusedCallsAreCountedToo() {
      try {
        client.accounts().create(Account.builder().build());
      } catch (RuntimeException expected) {
        // the client refuses an empty record before sending
      }
      assertThatThrownBy(() -> client.query("SELECT Id FROM Nope__c", SObject.class).toList())
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.errorCode()).contains("INVALID_TYPE"));

      assertThat(client.limits().lastKnown()).hasValueSatisfying(u -> assertThat(u.used()).isEqualTo(1));
    }
  }

  @Nested
  class Budget {
    private final FakeSalesCloud small = FakeSalesCloud.builder().dailyApiAllocation(10).build();
    private final SalesCloudClient guarded =
        SalesCloudClient.builder()
            .credentials(StaticCredentials.of(small.accessToken(), FakeSalesCloud.INSTANCE_URL))
            .transport(small.transport())
            .maxDailyApiShare(0.5)
            .build();

    @Test
    void refusesCallsOnceTheShareIsUsedWithoutSendingThem() {
      for (int i = 0; i < 5; i++) {
        guarded.accounts().create(Account.builder().name("A" + i).build());
      }

      assertThatThrownBy(() -> guarded.accounts().create(Account.builder().name("X").build()))
          .isInstanceOfSatisfying(ApiBudgetExceededException.class, e -> {
            assertThat(e.used()).isEqualTo(5);
            assertThat(e.max()).isEqualTo(10);
          });
      assertThat(small.apiCallsToday()).isEqualTo(5);
      assertThat(small.store().count("Account")).isEqualTo(5);
    }

    @Test
    void fetchingTheLimitsIsNeverRefused() {
      for (int i = 0; i < 5; i++) {
        guarded.accounts().create(Account.builder().name("A" + i).build());
      }

      Limits limits = guarded.limits().fetch();

      assertThat(limits.dailyApiRequests().map(Limit::remaining)).contains(4L);
      assertThat(small.apiCallsToday()).isEqualTo(6);
    }
  }
}
