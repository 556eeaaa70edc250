package dev.salescloud.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.model.error.RateLimitException;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.seed.Seed;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The README's "Testing with the fake org" example, compiled and run as a user would. */
@SalesCloudTest(seed = Seed.DEMO, fixedAt = "2026-11-24T09:00:00Z")
class ReadmeJunitExampleTest {
  @Test
  void sumsThisQuartersOpenPipeline(SalesCloudClient sf) {
    BigDecimal pipeline = sf.query(
            "SELECT Amount FROM Opportunity WHERE IsClosed = false AND CloseDate = THIS_QUARTER",
            Opportunity.class)
        .stream()
        .map(o -> o.amount().orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);

    assertThat(pipeline).isEqualByComparingTo("909000");
  }

  @Test
  void stopsWhenTheDailyLimitIsGone(FakeSalesCloud org, SalesCloudClient sf) {
    org.faults().exhaustDailyLimit();

    assertThatThrownBy(() -> sf.accounts().create(Account.builder().name("Acme").build()))
        .isInstanceOf(RateLimitException.class)
        .hasMessageContaining("REQUEST_LIMIT_EXCEEDED");
    assertThat(sf.limits().lastKnown().orElseThrow().remaining()).isZero();
  }

  @Test
  void everyTestStartsFromTheSameDemoOrg(FakeSalesCloud org) {
    assertThat(org.store().count("Account")).isEqualTo(10);
    assertThat(org.apiCallsToday()).isZero();
  }
}
