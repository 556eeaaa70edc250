package dev.salescloud.testkit.junit;

import static dev.salescloud.testkit.junit.FakeSalesCloudExtensionTest.newLead;
import static dev.salescloud.testkit.junit.FakeSalesCloudExtensionTest.saw;
import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.model.SObject;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.seed.Seed;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Test classes using {@link SalesCloudTest}, run by {@link FakeSalesCloudExtensionTest} through
 * the JUnit engine; the build does not run them by themselves (their names do not end in Test).
 */
final class ExtensionExamples {
  private ExtensionExamples() {}

  @SalesCloudTest
  static class PerMethod {
    private final FakeSalesCloud constructed;
    private final SalesCloudClient client;

    PerMethod(FakeSalesCloud org, SalesCloudClient client) {
      this.constructed = org;
      this.client = client;
      saw(PerMethod.class, org);
    }

    @BeforeEach
    void setUp(FakeSalesCloud org, SalesCloudClient client) {
      assertThat(client).isSameAs(this.client);
      saw(PerMethod.class, org);
    }

    @Test
    void first(FakeSalesCloud org, SalesCloudClient client) {
      check(org, client);
    }

    @Test
    void second(FakeSalesCloud org, SalesCloudClient client) {
      check(org, client);
    }

    private void check(FakeSalesCloud org, SalesCloudClient client) {
      saw(PerMethod.class, org);
      assertThat(org).isSameAs(constructed);
      assertThat(client).isSameAs(this.client);
      newLead(client);
      assertThat(org.store().count("Lead")).isEqualTo(1);
    }

    @AfterEach
    void tearDown(FakeSalesCloud org) {
      saw(PerMethod.class, org);
    }
  }

  @SalesCloudTest(lifecycle = SalesCloudTest.Lifecycle.PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PerClass {
    @BeforeAll
    static void setUp(FakeSalesCloud org) {
      saw(PerClass.class, org);
    }

    @Test
    @Order(1)
    void writes(SalesCloudClient client, FakeSalesCloud org) {
      saw(PerClass.class, org);
      newLead(client);
    }

    @Test
    @Order(2)
    void readsWhatTheFirstTestWrote(FakeSalesCloud org) {
      saw(PerClass.class, org);
      assertThat(org.store().count("Lead")).isEqualTo(1);
    }

    @Nested
    class Inner {
      @Test
      void seesTheSameOrg(FakeSalesCloud org) {
        saw(Inner.class, org);
      }
    }
  }

  @SalesCloudTest(seed = Seed.DEMO, fixedAt = "2024-05-01T17:03:11Z")
  static class Seeded {
    @Test
    void startsWithTheDemoData(FakeSalesCloud org, SalesCloudClient client) {
      saw(Seeded.class, org);
      assertThat(org.store().count("Account")).isEqualTo(10);
      assertThat(client.query("SELECT Id FROM Opportunity WHERE IsClosed = false", SObject.class).toList())
          .hasSize(16);
      assertThat(org.store().clock().instant()).isEqualTo(Instant.parse("2024-05-01T17:03:11Z"));
    }

    @Nested
    class Inner {
      @Test
      void nestedTestsGetAFreshSeededOrgToo(FakeSalesCloud org) {
        saw(Inner.class, org);
        assertThat(org.store().count("Opportunity")).isEqualTo(20);
      }
    }
  }

  @SalesCloudTest(lifecycle = SalesCloudTest.Lifecycle.PER_CLASS)
  static class NestedOverride {
    @Test
    void outer(FakeSalesCloud org) {
      saw(NestedOverride.class, org);
    }

    @Nested
    @SalesCloudTest(seed = Seed.DEMO)
    class Inner {
      @Test
      void one(FakeSalesCloud org) {
        saw(Inner.class, org);
        assertThat(org.store().count("Lead")).isEqualTo(20);
      }

      @Test
      void two(FakeSalesCloud org) {
        saw(Inner.class, org);
        assertThat(org.store().count("Lead")).isEqualTo(20);
      }
    }
  }

  @ExtendWith(FakeSalesCloudExtension.class)
  static class Bare {
    @Test
    void getsAnEmptyOrg(FakeSalesCloud org, SalesCloudClient client) {
      assertThat(org.store().count("Account")).isZero();
      newLead(client);
      assertThat(org.apiCallsToday()).isEqualTo(1);
    }
  }

  @SalesCloudTest
  static class PerMethodBeforeAll {
    @BeforeAll
    static void setUp(FakeSalesCloud org) {
      saw(PerMethodBeforeAll.class, org);
    }

    @Test
    void neverRuns() {
      saw(PerMethodBeforeAll.class, null);
    }
  }

  @SalesCloudTest(fixedAt = "yesterday")
  static class BadClock {
    @Test
    void fails(FakeSalesCloud org) {
      saw(BadClock.class, org);
    }
  }

  @SalesCloudTest
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class SharedInstance {
    @Test
    void first(FakeSalesCloud org) {
      saw(SharedInstance.class, org);
    }

    @Test
    void second(FakeSalesCloud org) {
      saw(SharedInstance.class, org);
    }
  }
}
