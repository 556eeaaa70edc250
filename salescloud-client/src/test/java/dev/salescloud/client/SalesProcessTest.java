package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.client.forecast.ForecastSnapshot;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.forecast.ForecastPeriod;
import dev.salescloud.model.forecast.ForecastQuery;
import dev.salescloud.model.sales.Activity;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SalesProcessTest extends LoopbackTest {
  static final SalesforceId DEAL = SalesforceId.of("0065f00000AbCdEAAV");
  static final SalesforceId CONTACT = SalesforceId.of("0035f00000Xyz12AAB");
  static final SalesforceId ADA = SalesforceId.of("0055f00000AdaAAAA1");

  static String page(String records) {
    return "{\"totalSize\":1,\"done\":true,\"records\":[" + records + "]}";
  }

  static String soql(Recorded request) {
    assertThat(request.path()).isEqualTo("/services/data/v66.0/query");
    return URLDecoder.decode(request.rawQuery().substring(2), StandardCharsets.UTF_8);
  }

  static final String STAGES = page(
      "{\"attributes\":{\"type\":\"OpportunityStage\"},\"ApiName\":\"Prospecting\",\"IsActive\":true,"
          + "\"SortOrder\":1,\"DefaultProbability\":10,\"ForecastCategoryName\":\"Pipeline\"},"
          + "{\"attributes\":{\"type\":\"OpportunityStage\"},\"ApiName\":\"Legacy\",\"IsActive\":false,"
          + "\"SortOrder\":3,\"DefaultProbability\":30,\"ForecastCategoryName\":\"Pipeline\"},"
          + "{\"attributes\":{\"type\":\"OpportunityStage\"},\"ApiName\":\"Closed Won\",\"IsActive\":true,"
          + "\"SortOrder\":2,\"DefaultProbability\":100,\"ForecastCategoryName\":\"Closed\"}");

  @Nested
  class Stages {
    @Test
    void changeStageReadsTheStagesOnceAndSendsTheirDefaults() throws Exception {
      server.enqueue(200, STAGES).enqueue(empty(204)).enqueue(empty(204));

      sf.opportunities().changeStage(DEAL, "closed won");
      sf.opportunities().changeStage(DEAL, "Prospecting");

      List<Recorded> requests = server.takeAll();
      assertThat(requests).hasSize(3);
      assertThat(soql(requests.get(0))).isEqualTo("SELECT Id, ApiName, MasterLabel, IsActive,"
          + " SortOrder, IsClosed, IsWon, DefaultProbability, ForecastCategory,"
          + " ForecastCategoryName FROM OpportunityStage ORDER BY SortOrder");
      assertThat(requests.get(1).method()).isEqualTo("PATCH");
      assertThat(requests.get(1).path()).isEqualTo("/services/data/v66.0/sobjects/Opportunity/" + DEAL.value());
      assertThat(json(requests.get(1).body())).isEqualTo(json(
          "{\"StageName\":\"Closed Won\",\"Probability\":100,\"ForecastCategoryName\":\"Closed\"}"));
      assertThat(json(requests.get(2).body())).isEqualTo(json(
          "{\"StageName\":\"Prospecting\",\"Probability\":10,\"ForecastCategoryName\":\"Pipeline\"}"));
    }

    @Test
    void unknownAndInactiveStagesAreRefusedBeforeThePatch() {
      server.enqueue(200, STAGES);

      assertThatThrownBy(() -> sf.opportunities().changeStage(DEAL, "Signed"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessage("The org has no opportunity stage 'Signed'; use one of [Prospecting, Closed Won]");
      assertThatThrownBy(() -> sf.opportunities().changeStage(DEAL, "Legacy"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessage("The opportunity stage 'Legacy' is inactive; use one of [Prospecting, Closed Won]");
      assertThat(server.takeAll()).hasSize(1);
    }
  }

  @Nested
  class Activities {
    @Test
    void aPersonsTimelineIsOneQueryOnTasksAndOneOnEventsMergedByDate() throws Exception {
      server.enqueue(200, page("{\"attributes\":{\"type\":\"Task\"},\"Id\":\"00T5f00000AbCdEEA1\","
              + "\"ActivityDate\":\"2026-05-04\",\"TaskSubtype\":\"Call\",\"IsClosed\":true}"))
          .enqueue(200, page("{\"attributes\":{\"type\":\"Event\"},\"Id\":\"00U5f00000AbCdEEA1\","
              + "\"StartDateTime\":\"2026-05-01T09:00:00.000+0000\",\"DurationInMinutes\":30}"));

      List<Activity> timeline = sf.activities().forRecord(CONTACT);

      assertThat(timeline).extracting(Activity::kind)
          .containsExactly(Activity.Kind.EVENT, Activity.Kind.CALL);
      List<Recorded> requests = server.takeAll();
      assertThat(soql(requests.get(0))).startsWith("SELECT Id, Subject, Status, IsClosed")
          .endsWith(" FROM Task WHERE WhoId = '" + CONTACT.value() + "'");
      assertThat(soql(requests.get(1))).startsWith("SELECT Id, Subject, StartDateTime")
          .endsWith(" FROM Event WHERE WhoId = '" + CONTACT.value() + "'");
    }
  }

  @Nested
  class Forecasts {
    @Test
    void aForecastIsThreeQueriesAddedUpByOwnerAndCategory() {
      server.enqueue(200, page(
              "{\"attributes\":{\"type\":\"Period\"},\"Id\":\"0265f0000000001AAA\",\"Type\":\"Month\","
                  + "\"StartDate\":\"2026-10-01\",\"EndDate\":\"2026-10-31\"},"
                  + "{\"attributes\":{\"type\":\"Period\"},\"Id\":\"0265f0000000002AAA\",\"Type\":\"Quarter\","
                  + "\"StartDate\":\"2026-10-01\",\"EndDate\":\"2026-12-31\",\"FullyQualifiedLabel\":\"Q4-2026\"},"
                  + "{\"attributes\":{\"type\":\"Period\"},\"Id\":\"0265f0000000003AAA\",\"Type\":\"Month\","
                  + "\"StartDate\":\"2026-12-01\",\"EndDate\":\"2026-12-31\"}"))
          .enqueue(200, page(
              "{\"attributes\":{\"type\":\"AggregateResult\"},\"OwnerId\":\"" + ADA.value() + "\","
                  + "\"ForecastCategoryName\":\"Closed\",\"amount\":50000,\"weighted\":50000,\"n\":1},"
                  + "{\"attributes\":{\"type\":\"AggregateResult\"},\"OwnerId\":\"" + ADA.value() + "\","
                  + "\"ForecastCategoryName\":\"Commit\",\"amount\":30000,\"weighted\":27000,\"n\":2}"))
          .enqueue(200, page("{\"attributes\":{\"type\":\"AggregateResult\"},\"QuotaOwnerId\":\""
              + ADA.value() + "\",\"quota\":100000}"));

      ForecastSnapshot f = sf.forecasts().generate(
          ForecastQuery.builder().period(ForecastPeriod.thisQuarter()).addOwnerIds(ADA).build());

      List<Recorded> requests = server.takeAll();
      assertThat(soql(requests.get(0))).isEqualTo("SELECT Id, Type, StartDate, EndDate,"
          + " FullyQualifiedLabel FROM Period WHERE StartDate = THIS_FISCAL_QUARTER ORDER BY StartDate");
      assertThat(soql(requests.get(1))).isEqualTo("SELECT OwnerId, ForecastCategoryName,"
          + " SUM(Amount) amount, SUM(ExpectedRevenue) weighted, COUNT(Id) n FROM Opportunity"
          + " WHERE CloseDate = THIS_FISCAL_QUARTER AND OwnerId IN ('" + ADA.value() + "')"
          + " AND ForecastCategoryName != 'Omitted' GROUP BY OwnerId, ForecastCategoryName");
      assertThat(soql(requests.get(2))).isEqualTo("SELECT QuotaOwnerId, SUM(QuotaAmount) quota"
          + " FROM ForecastingQuota WHERE StartDate >= 2026-10-01 AND StartDate <= 2026-12-31"
          + " AND QuotaAmount != null AND QuotaOwnerId IN ('" + ADA.value() + "')"
          + " GROUP BY QuotaOwnerId");
      assertThat(f.period().startDate()).contains(LocalDate.of(2026, 10, 1));
      assertThat(f.period().label()).contains("Q4-2026");
      assertThat(f.totals().commitForecast()).isEqualByComparingTo("80000");
      assertThat(f.totals().weightedPipeline()).isEqualByComparingTo("27000");
      assertThat(f.group(ADA).orElseThrow().totals().attainment())
          .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.5"));
    }

    @Test
    void anOrgWithoutForecastingQuotasHasNoQuota() {
      server.enqueue(200, page(""))
          .enqueue(200, page(""))
          .enqueue(400, "[{\"message\":\"sObject type 'ForecastingQuota' is not supported.\","
              + "\"errorCode\":\"INVALID_TYPE\"}]");

      ForecastSnapshot f = sf.forecasts().generate(ForecastQuery.builder()
          .period(ForecastPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))).build());

      assertThat(f.totals().quota()).isEmpty();
      assertThat(f.groups()).isEmpty();
      assertThat(server.takeAll()).hasSize(3);
    }
  }
}
