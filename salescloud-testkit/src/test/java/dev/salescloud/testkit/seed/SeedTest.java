package dev.salescloud.testkit.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.SObject;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.json.SalesforceDateTimes;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.store.OrgStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedTest {
  private static final Instant NOW = Instant.parse("2024-05-01T17:03:11Z");
  private static final ZoneId USER_ZONE = ZoneId.of("America/Los_Angeles");

  private final FakeSalesCloud org = demo(NOW);
  private final OrgStore store = org.store();

  private static FakeSalesCloud demo(Instant at) {
    return FakeSalesCloud.builder().fixedAt(at).seed(Seed.DEMO).build();
  }

  private List<ObjectNode> rows(String type) {
    return store.rows(type, false);
  }

  private static Map<String, Long> countBy(List<ObjectNode> rows, String field) {
    return rows.stream().collect(Collectors.groupingBy(
        r -> r.path(field).asText(), TreeMap::new, Collectors.counting()));
  }

  private Set<String> ids(String... types) {
    return Set.of(types).stream().flatMap(t -> rows(t).stream())
        .map(r -> r.get("Id").asText()).collect(Collectors.toSet());
  }

  @Nested
  class Contents {
    @Test
    void theDemoOrgHoldsTheListedNumberOfRecordsAndCountsNoApiCalls() {
      assertThat(store.count("Account")).isEqualTo(10);
      assertThat(store.count("Contact")).isEqualTo(25);
      assertThat(store.count("Lead")).isEqualTo(20);
      assertThat(store.count("Opportunity")).isEqualTo(20);
      assertThat(store.count("Task")).isEqualTo(15);
      assertThat(store.count("Event")).isEqualTo(8);
      assertThat(org.apiCallsToday()).isZero();
    }

    @Test
    void anEmptyOrgHoldsOnlyItsRunningUser() {
      FakeSalesCloud empty = FakeSalesCloud.builder().seed(Seed.EMPTY).build();

      for (String type : List.of("Account", "Contact", "Lead", "Opportunity", "Task", "Event")) {
        assertThat(empty.store().count(type)).as(type).isZero();
      }
      assertThat(empty.store().count("User")).isEqualTo(1);
    }

    @Test
    void accountsHaveIndustriesAndBillingAddresses() {
      assertThat(rows("Account")).allSatisfy(a -> {
        assertThat(a.get("Industry").isNull()).isFalse();
        assertThat(a.get("BillingStreet").isNull()).isFalse();
        assertThat(a.get("BillingCity").isNull()).isFalse();
        assertThat(a.get("BillingCountry").isNull()).isFalse();
      });
      assertThat(countBy(rows("Account"), "BillingCountry"))
          .containsOnlyKeys("USA", "Germany", "Canada");
      assertThat(countBy(rows("Account"), "Industry")).hasSize(10);
    }

    @Test
    void everyContactWorksForAnAccountAndHasAnEmail() {
      Set<String> accounts = ids("Account");

      assertThat(rows("Contact")).allSatisfy(c -> {
        assertThat(accounts).contains(c.get("AccountId").asText());
        assertThat(c.get("Email").asText()).matches("[a-z.]+@[a-z.-]+\\.example");
      });
    }

    @Test
    void leadsAreInSeveralStatusesAndSomeWorkForExistingAccounts() {
      Set<String> accountNames =
          rows("Account").stream().map(a -> a.get("Name").asText()).collect(Collectors.toSet());

      assertThat(countBy(rows("Lead"), "Status")).containsExactly(
          Map.entry("Closed - Not Converted", 5L),
          Map.entry("Open - Not Contacted", 7L),
          Map.entry("Working - Contacted", 8L));
      assertThat(rows("Lead").stream().map(l -> l.get("Company").asText()).filter(accountNames::contains))
          .containsExactlyInAnyOrder("Acme Corporation", "Globex Industries", "Hooli Media");
    }

    @Test
    void tasksAndEventsNameExistingRecords() {
      Set<String> people = ids("Contact", "Lead");
      Set<String> leads = ids("Lead");
      Set<String> things = ids("Account", "Opportunity");

      assertThat(rows("Task")).allSatisfy(t -> {
        assertThat(people).contains(t.get("WhoId").asText());
        if (leads.contains(t.get("WhoId").asText())) {
          assertThat(t.get("WhatId").isNull()).isTrue();
        } else {
          assertThat(things).contains(t.get("WhatId").asText());
        }
      });
      assertThat(rows("Event")).allSatisfy(e -> {
        assertThat(ids("Contact")).contains(e.get("WhoId").asText());
        assertThat(things).contains(e.get("WhatId").asText());
        assertThat(SalesforceDateTimes.parseDateTime(e.get("EndDateTime").asText()))
            .isEqualTo(SalesforceDateTimes.parseDateTime(e.get("StartDateTime").asText())
                .plusSeconds(60L * e.get("DurationInMinutes").asInt()));
      });
    }

    @Test
    void tasksAreOpenOrCompletedAndSomeAreCalls() {
      List<ObjectNode> calls = rows("Task").stream()
          .filter(t -> t.path("TaskSubtype").asText().equals("Call")).collect(Collectors.toList());

      assertThat(countBy(rows("Task"), "IsClosed")).containsExactly(Map.entry("false", 8L), Map.entry("true", 7L));
      assertThat(calls).hasSize(6).allSatisfy(c -> {
        assertThat(c.get("Type").asText()).isEqualTo("Call");
        assertThat(c.get("CallType").asText()).isIn("Inbound", "Outbound");
      });
      assertThat(calls.stream().filter(c -> c.get("IsClosed").asBoolean()))
          .allSatisfy(c -> assertThat(c.get("CallDurationInSeconds").asInt()).isPositive());
    }

    @Test
    void halfTheEventsArePastAndHalfUpcoming() {
      assertThat(rows("Event").stream().filter(e -> SalesforceDateTimes.parseDateTime(e.get("StartDateTime").asText()).isBefore(NOW)))
          .hasSize(4);
    }

    @Test
    void theSeedIsQueryableThroughTheClient() {
      List<SObject> bankers = org.client()
          .query("SELECT Name, Account.Name FROM Contact WHERE Account.Industry = 'Banking' ORDER BY Name",
              SObject.class)
          .toList();

      assertThat(bankers).extracting(c -> c.get("Name", String.class).orElseThrow())
          .containsExactly("Leslie Thompkins", "Lucius Fox", "Selina Kyle");
    }
  }

  @Nested
  class Opportunities {
    @Test
    void twoInEveryStage() {
      assertThat(countBy(rows("Opportunity"), "StageName"))
          .hasSize(10)
          .allSatisfy((stage, count) -> assertThat(count).as(stage).isEqualTo(2L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-01T17:03:11Z", "2024-01-01T08:00:00Z", "2024-04-01T06:59:00Z",
        "2024-12-31T20:00:00Z"})
    void closeDatesFallInTheLastThisAndNextQuarterWhateverTheDay(String now) {
      FakeSalesCloud at = demo(Instant.parse(now));
      LocalDate today = LocalDate.ofInstant(Instant.parse(now), USER_ZONE);

      for (String quarter : List.of("LAST_QUARTER", "THIS_QUARTER", "NEXT_QUARTER")) {
        assertThat(at.client()
                .query("SELECT Id FROM Opportunity WHERE CloseDate = " + quarter, SObject.class)
                .toList())
            .as(quarter).isNotEmpty();
      }
      assertThat(at.client()
              .query("SELECT Id FROM Opportunity WHERE CloseDate = LAST_QUARTER OR CloseDate = THIS_QUARTER"
                  + " OR CloseDate = NEXT_QUARTER", SObject.class)
              .toList())
          .hasSize(20);
      assertThat(at.store().rows("Opportunity", false)).allSatisfy(o -> {
        LocalDate close = LocalDate.parse(o.get("CloseDate").asText());
        if (o.get("IsClosed").asBoolean()) {
          assertThat(close).isBeforeOrEqualTo(today);
        } else {
          assertThat(close).isAfterOrEqualTo(today);
        }
      });
    }

    @Test
    void amountsRangeFromSmallToLargeDeals() {
      assertThat(rows("Opportunity").stream().mapToLong(o -> o.get("Amount").asLong()).summaryStatistics())
          .satisfies(s -> {
            assertThat(s.getMin()).isEqualTo(12_500);
            assertThat(s.getMax()).isEqualTo(480_000);
          });
    }
  }

  @Nested
  class Determinism {
    @Test
    void theSameClockGivesTheSameRecordsIdsIncluded() {
      FakeSalesCloud again = demo(NOW);

      for (String type : List.of("Account", "Contact", "Lead", "Opportunity", "Task", "Event")) {
        assertThat(again.store().rows(type, false)).as(type).isEqualTo(rows(type));
      }
    }

    @Test
    void anotherDayMovesTheDatesAlong() {
      FakeSalesCloud later = demo(NOW.plusSeconds(86_400));

      assertThat(later.store().rows("Task", false).get(0).get("ActivityDate").asText())
          .isEqualTo(LocalDate.parse(rows("Task").get(0).get("ActivityDate").asText()).plusDays(1).toString());
    }
  }

  @Nested
  class Names {
    @Test
    void findsASeedByNameInAnyCase() {
      assertThat(Seed.named("demo")).isEqualTo(Seed.DEMO);
      assertThat(Seed.named(" EMPTY ")).isEqualTo(Seed.EMPTY);
    }

    @Test
    void anUnknownNameListsTheSeeds() {
      assertThatThrownBy(() -> Seed.named("full"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("No seed named 'full'; the seeds are [empty, demo]");
      assertThatThrownBy(() -> FakeSalesCloud.builder().seed(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("seed");
    }
  }
}
