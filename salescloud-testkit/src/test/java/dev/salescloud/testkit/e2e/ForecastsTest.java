package dev.salescloud.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.forecast.Breakdown;
import dev.salescloud.client.forecast.ForecastClient;
import dev.salescloud.client.forecast.ForecastItem;
import dev.salescloud.client.forecast.ForecastSnapshot;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.forecast.ForecastPeriod;
import dev.salescloud.model.forecast.ForecastQuery;
import dev.salescloud.model.forecast.ForecastTotals;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.MovingClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Forecasts of an org whose fiscal year starts in February, on 15 May 2026: the fiscal quarter
 * runs from 1 May to 31 July, the calendar quarter from 1 April to 30 June.
 */
class ForecastsTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final LocalDate FQ_START = LocalDate.of(2026, 5, 1);
  private static final LocalDate FQ_END = LocalDate.of(2026, 7, 31);
  /** The default probability and forecast category of the stages the deals use. */
  private static final Map<String, Object[]> STAGES = Map.of(
      "Prospecting", new Object[] {10, "Pipeline"},
      "Value Proposition", new Object[] {50, "Pipeline"},
      "Id. Decision Makers", new Object[] {60, "Pipeline"},
      "Proposal/Price Quote", new Object[] {75, "Pipeline"},
      "Negotiation/Review", new Object[] {90, "Pipeline"},
      "Closed Won", new Object[] {100, "Closed"},
      "Closed Lost", new Object[] {0, "Omitted"});

  private final FakeSalesCloud org = FakeSalesCloud.builder()
      .fixedAt(Instant.parse("2026-05-15T12:00:00Z"))
      .fiscalYearStartMonth(Month.FEBRUARY)
      .build();
  private final SalesCloudClient client = org.client();

  private final SalesforceId boss = user("boss", null);
  private final SalesforceId ada = user("ada", boss);
  private final SalesforceId sam = user("sam", boss);
  private final SalesforceId carol = user("carol", sam);

  /** What the test created: owner, stage, amount, close date, forecast category. */
  private record Deal(SalesforceId owner, String stage, BigDecimal amount, LocalDate close,
      String category) {}

  private final List<Deal> deals = new ArrayList<>();

  {
    deal(ada, "Closed Won", "40000", LocalDate.of(2026, 5, 10), null);
    deal(ada, "Negotiation/Review", "30000", LocalDate.of(2026, 7, 10), null);
    deal(ada, "Prospecting", "10000", LocalDate.of(2026, 6, 1), null);
    deal(ada, "Closed Won", "99999", LocalDate.of(2026, 4, 20), null);
    deal(sam, "Proposal/Price Quote", "20000", LocalDate.of(2026, 5, 20), "Commit");
    deal(sam, "Closed Lost", "5000", LocalDate.of(2026, 6, 15), null);
    deal(sam, "Prospecting", "7777", LocalDate.of(2026, 8, 1), null);
    deal(carol, "Value Proposition", "8000", LocalDate.of(2026, 7, 31), "Best Case");
    deal(boss, "Id. Decision Makers", "12000", LocalDate.of(2026, 6, 30), null);
  }

  private SalesforceId user(String alias, SalesforceId manager) {
    ObjectNode fields = JSON.objectNode().put("Username", alias + "@acme.example")
        .put("LastName", alias).put("Email", alias + "@acme.example").put("Alias", alias);
    if (manager != null) {
      fields.put("ManagerId", manager.value());
    }
    return org.store().insert("User", fields);
  }

  private void deal(SalesforceId owner, String stage, String amount, LocalDate close,
      String category) {
    Opportunity.Builder deal = Opportunity.builder().name(stage + " " + amount).ownerId(owner)
        .stageName(stage).amount(new BigDecimal(amount)).closeDate(close);
    if (category != null) {
      deal.forecastCategoryName(category);
    }
    client.opportunities().create(deal.build());
    deals.add(new Deal(owner, stage, new BigDecimal(amount), close,
        category != null ? category : (String) STAGES.get(stage)[1]));
  }

  /** The amount of the deals of a category that a filter holds, added up here. */
  private BigDecimal amount(String category, Predicate<Deal> holds) {
    return deals.stream().filter(holds).filter(d -> d.category().equals(category))
        .map(Deal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private long count(String category, Predicate<Deal> holds) {
    return deals.stream().filter(holds).filter(d -> d.category().equals(category)).count();
  }

  private BigDecimal weighted(Predicate<Deal> holds) {
    return deals.stream().filter(holds)
        .filter(d -> !d.category().equals("Closed") && !d.category().equals("Omitted"))
        .map(d -> d.amount().multiply(BigDecimal.valueOf((Integer) STAGES.get(d.stage())[0]))
            .movePointLeft(2))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Predicate<Deal> closing(LocalDate first, LocalDate last) {
    return d -> !d.close().isBefore(first) && !d.close().isAfter(last);
  }

  private void assertFigures(ForecastTotals totals, Predicate<Deal> holds) {
    for (String category : List.of("Closed", "Commit", "Best Case", "Pipeline")) {
      assertThat(totals.amountOf(category)).as(category).isEqualByComparingTo(amount(category, holds));
      assertThat(totals.countOf(category)).as(category).isEqualTo(count(category, holds));
    }
    assertThat(totals.weightedPipeline()).isEqualByComparingTo(weighted(holds));
    assertThat(totals.commitForecast())
        .isEqualByComparingTo(amount("Closed", holds).add(amount("Commit", holds)));
    assertThat(totals.openPipeline()).isEqualByComparingTo(amount("Pipeline", holds)
        .add(amount("Best Case", holds)).add(amount("Commit", holds)));
  }

  private void seedQuota(SalesforceId owner, String start, int amount) {
    org.store().seed("ForecastingQuota", JSON.objectNode().put("QuotaOwnerId", owner.value())
        .put("StartDate", start).put("QuotaAmount", amount).put("IsAmount", true));
  }

  private static ForecastQuery.Builder quarter() {
    return ForecastQuery.builder().period(ForecastPeriod.thisQuarter());
  }

  @Nested
  class Totals {
    @Test
    void ofTheFiscalQuarterAddUpTheDealsClosingInIt() {
      ForecastSnapshot f = client.forecasts().generate(quarter().build());

      assertThat(f.period().startDate()).contains(FQ_START);
      assertThat(f.period().endDate()).contains(FQ_END);
      assertThat(f.period().label()).contains("Q2-2027");
      assertFigures(f.totals(), closing(FQ_START, FQ_END));
      assertThat(f.totals().omittedCount()).isZero();
      assertThat(f.totals().quota()).isEmpty();
    }

    @Test
    void ofTheCalendarQuarterDifferFromTheFiscalOnes() {
      ForecastSnapshot f = client.forecasts()
          .generate(ForecastQuery.builder().period(ForecastPeriod.relative("THIS_QUARTER")).build());

      assertThat(f.period().startDate()).contains(LocalDate.of(2026, 4, 1));
      assertThat(f.period().endDate()).contains(LocalDate.of(2026, 6, 30));
      assertFigures(f.totals(), closing(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
      assertThat(f.totals().closed()).isEqualByComparingTo("139999");
    }

    @Test
    void ofTheNextFiscalQuarterAndOfCustomDays() {
      ForecastSnapshot next = client.forecasts().generate(
          ForecastQuery.builder().period(ForecastPeriod.nextQuarter()).build());
      LocalDate first = LocalDate.of(2026, 6, 1);
      LocalDate last = LocalDate.of(2026, 6, 30);
      ForecastSnapshot june = client.forecasts().generate(
          ForecastQuery.builder().period(ForecastPeriod.of(first, last)).build());

      assertThat(next.period().startDate()).contains(LocalDate.of(2026, 8, 1));
      assertFigures(next.totals(), closing(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 31)));
      assertThat(june.period().label()).contains("June FY 2027");
      assertFigures(june.totals(), closing(first, last));
    }

    @Test
    void reportOmittedDealsOnlyWhenAsked() {
      ForecastSnapshot f = client.forecasts().generate(quarter().includeOmitted(true).build());

      assertThat(f.totals().omitted()).isEqualByComparingTo("5000");
      assertThat(f.totals().omittedCount()).isEqualTo(1);
      assertFigures(f.totals(), closing(FQ_START, FQ_END));
    }

    @Test
    void costThreeQueriesWhateverTheNumberOfDeals() {
      int before = org.apiCallsToday();

      client.forecasts().generate(quarter().build(), Breakdown.STAGE, Breakdown.MONTH);

      assertThat(org.apiCallsToday() - before).isEqualTo(3);
    }
  }

  @Nested
  class Groups {
    @Test
    void holdEachOwnersShare() {
      ForecastSnapshot f = client.forecasts().generate(quarter().build());

      assertThat(f.groups()).extracting(g -> g.ownerId()).containsExactlyInAnyOrder(ada, sam, carol, boss);
      for (SalesforceId owner : List.of(ada, sam, carol, boss)) {
        assertFigures(f.group(owner).orElseThrow().totals(),
            closing(FQ_START, FQ_END).and(d -> d.owner().equals(owner)));
      }
    }

    @Test
    void areLeftOutWhenTheQueryAsksForTotalsOnly() {
      ForecastSnapshot f = client.forecasts()
          .generate(quarter().groupBy(ForecastQuery.GroupBy.NONE).build());

      assertThat(f.groups()).isEmpty();
      assertFigures(f.totals(), closing(FQ_START, FQ_END));
    }

    @Test
    void ofAPeriodOfNoWholeMonthKeepItRelativeAndHaveNoQuota() {
      seedQuota(ada, "2026-05-01", 100000);

      ForecastSnapshot f = client.forecasts().generate(
          ForecastQuery.builder().period(ForecastPeriod.relative("THIS_WEEK")).build());

      assertThat(f.period().isRelative()).isTrue();
      assertThat(f.totals().quota()).isEmpty();
      assertFigures(f.totals(), closing(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 16)));
      assertThat(f.totals().closedCount()).isEqualTo(1);
    }

    @Test
    void ofATeamByManagerHoldTheManagerAndEveryReport() {
      List<SalesforceId> team = client.forecasts().teamOf(sam);
      ForecastSnapshot f = client.forecasts().generate(quarter().ownerIds(team).build());

      assertThat(team).containsExactly(sam, carol);
      assertThat(client.forecasts().teamOf(boss)).containsExactlyInAnyOrder(boss, ada, sam, carol);
      assertThat(f.groups()).extracting(g -> g.ownerId()).containsExactly(sam, carol);
      assertFigures(f.totals(), closing(FQ_START, FQ_END).and(d -> Set.of(sam, carol).contains(d.owner())));
    }

    @Test
    void byStageAndMonthAddUpToTheTotals() {
      ForecastSnapshot f = client.forecasts().generate(quarter().build(), Breakdown.STAGE, Breakdown.MONTH);

      assertThat(f.byMonth()).containsOnlyKeys(YearMonth.of(2026, 5), YearMonth.of(2026, 6),
          YearMonth.of(2026, 7));
      assertFigures(f.byMonth().get(YearMonth.of(2026, 6)),
          closing(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)));
      assertThat(f.byStage().keySet()).containsExactly("Closed Won", "Id. Decision Makers",
          "Negotiation/Review", "Proposal/Price Quote", "Prospecting", "Value Proposition");
      assertFigures(f.byStage().get("Prospecting"),
          closing(FQ_START, FQ_END).and(d -> d.stage().equals("Prospecting")));
      assertThat(ForecastTotals.sum(f.byStage().values()).sameFiguresAs(f.totals())).isTrue();
      assertThat(ForecastTotals.sum(f.byMonth().values()).sameFiguresAs(f.totals())).isTrue();
    }
  }

  @Nested
  class Quotas {
    @Test
    void giveEachOwnerTheirAttainment() {
      seedQuota(ada, "2026-05-01", 100000);
      seedQuota(ada, "2026-06-01", 60000);
      seedQuota(sam, "2026-08-01", 90000);

      ForecastSnapshot f = client.forecasts().generate(quarter().build());

      assertThat(f.group(ada).orElseThrow().totals()).satisfies(t -> {
        assertThat(t.quota()).hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("160000"));
        assertThat(t.attainment()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.25"));
        assertThat(t.gap()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("120000"));
      });
      assertThat(f.group(sam).orElseThrow().totals().quota()).isEmpty();
      assertThat(f.totals().quota()).hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("160000"));
    }

    @Test
    void giveAGroupToAnOwnerWithAQuotaButNoDeals() {
      SalesforceId newcomer = user("new", boss);
      seedQuota(newcomer, "2026-07-01", 30000);

      ForecastSnapshot f = client.forecasts().generate(quarter().build());

      assertThat(f.group(newcomer)).hasValueSatisfying(g -> {
        assertThat(g.totals().opportunityCount()).isZero();
        assertThat(g.totals().attainment()).hasValueSatisfying(a -> assertThat(a).isZero());
      });
    }
  }

  @Nested
  class Caching {
    @Test
    void aCachedViewAnswersTheSameQueryWithoutCalls() {
      ForecastClient cached = client.forecasts().cached(Duration.ofMinutes(5));
      ForecastSnapshot first = cached.generate(quarter().build());
      int before = org.apiCallsToday();

      ForecastSnapshot again = cached.generate(quarter().build());
      cached.generate(quarter().build(), Breakdown.STAGE);

      assertThat(again).isSameAs(first);
      assertThat(again.asOf()).isEqualTo(first.asOf());
      assertThat(org.apiCallsToday() - before).isEqualTo(3);
    }

    @Test
    void aCachedSnapshotExpiresAfterItsTimeToLive() {
      MovingClock clock = new MovingClock(Instant.parse("2026-05-15T12:00:00Z"));
      ForecastClient cached = client.forecasts().cached(Duration.ofMinutes(5), clock);
      ForecastSnapshot first = cached.generate(quarter().build());
      deal(ada, "Closed Won", "1000", LocalDate.of(2026, 5, 16), null);

      clock.advance(Duration.ofMinutes(4));
      ForecastSnapshot cachedOne = cached.generate(quarter().build());
      clock.advance(Duration.ofMinutes(2));
      ForecastSnapshot fresh = cached.generate(quarter().build());

      assertThat(cachedOne).isSameAs(first);
      assertThat(first.asOf()).isEqualTo(Instant.parse("2026-05-15T12:00:00Z"));
      assertThat(fresh.asOf()).isEqualTo(Instant.parse("2026-05-15T12:06:00Z"));
      assertThat(fresh.totals().closed().subtract(first.totals().closed()))
          .isEqualByComparingTo("1000");
    }

    @Test
    void aTimeToLiveMustBePositive() {
      assertThatThrownBy(() -> client.forecasts().cached(Duration.ZERO))
          .isInstanceOfSatisfying(InvalidArgumentException.class,
              e -> assertThat(e.argument()).isEqualTo("ttl"));
    }
  }

  @Nested
  class CollaborativeForecasts {
    @Test
    void itemsAreThoseOfThePeriodAndOwners() {
      SalesforceId type = SalesforceId.of(org.store().rows("ForecastingType", false).get(0)
          .get("Id").asText());
      SalesforceId thisQuarter = periodId("Quarter", "2026-05-01");
      SalesforceId nextQuarter = periodId("Quarter", "2026-08-01");
      item(ada, thisQuarter, type, "CommitForecast", 70000);
      item(sam, thisQuarter, type, "CommitForecast", 20000);
      item(ada, nextQuarter, type, "CommitForecast", 1);

      List<ForecastItem> items = client.forecasts().items(quarter().addOwnerIds(ada).build());

      assertThat(items).singleElement().satisfies(item -> {
        assertThat(item.ownerId()).contains(ada);
        assertThat(item.periodId()).contains(thisQuarter);
        assertThat(item.forecastingTypeId()).contains(type);
        assertThat(item.itemCategory()).isEqualTo("CommitForecast");
        assertThat(item.forecastAmount()).isEqualByComparingTo("70000");
      });
      assertThat(client.forecasts().items(quarter().build())).hasSize(2);
    }

    private SalesforceId periodId(String type, String start) {
      return org.store().rows("Period", false).stream()
          .filter(p -> p.get("Type").asText().equals(type) && p.get("StartDate").asText().equals(start))
          .map(p -> SalesforceId.of(p.get("Id").asText()))
          .findFirst().orElseThrow();
    }

    private void item(SalesforceId owner, SalesforceId period, SalesforceId type, String category,
        int amount) {
      org.store().seed("ForecastingItem", JSON.objectNode().put("OwnerId", owner.value())
          .put("PeriodId", period.value()).put("ForecastingTypeId", type.value())
          .put("ForecastingItemCategory", category).put("ForecastAmount", amount)
          .put("IsAmount", true));
    }
  }
}
