package dev.salescloud.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.auth.LoginHost;
import dev.salescloud.auth.flow.ClientCredentialsCredentials;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.forecast.ForecastSnapshot;
import dev.salescloud.client.report.ReportRun;
import dev.salescloud.client.sobject.ConversionReadiness;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.forecast.ForecastPeriod;
import dev.salescloud.model.forecast.ForecastQuery;
import dev.salescloud.model.report.Fact;
import dev.salescloud.model.report.GroupingInfo;
import dev.salescloud.model.report.GroupingValue;
import dev.salescloud.model.report.ReportInstance;
import dev.salescloud.model.report.ReportResult;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Activity;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadConvert;
import dev.salescloud.model.sales.LeadConvertResult;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.model.sales.OpportunityStage;
import dev.salescloud.model.sales.Task;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.emulator.Emulator;
import dev.salescloud.testkit.oauth.ConnectedApp;
import dev.salescloud.testkit.report.ReportDefinition;
import dev.salescloud.testkit.report.ReportKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The sales process against the fake org over real HTTP, with a client logged in by OAuth client
 * credentials: lead conversion over SOAP, stages, activities, forecasts and reports. The org's
 * clock stands at 24 November 2026, in the calendar (and fiscal) quarter of 1 October to 31
 * December.
 */
class SalesProcessOverHttpTest {
  private static final LocalDate Q_START = LocalDate.of(2026, 10, 1);
  private static final LocalDate Q_END = LocalDate.of(2026, 12, 31);

  private final FakeSalesCloud org =
      FakeSalesCloud.builder().fixedAt(Instant.parse("2026-11-24T10:00:00Z")).build();
  private final List<HttpRequest> received = Collections.synchronizedList(new ArrayList<>());
  private final List<HttpResponse> answered = Collections.synchronizedList(new ArrayList<>());
  private final Emulator emulator = Emulator.builder(request -> {
    received.add(request);
    HttpResponse response = org.router().handle(request);
    answered.add(response);
    return response;
  }).start();
  private final SalesCloudClient sf = SalesCloudClient.builder()
      .credentials(ClientCredentialsCredentials.builder().loginHost(LoginHost.of(emulator.baseUri()))
          .clientId(ConnectedApp.DEFAULT_CLIENT_ID).clientSecret(ConnectedApp.DEFAULT_CLIENT_SECRET).build())
      .sleeper(duration -> {})
      .build();

  @AfterEach
  void stop() {
    sf.close();
    emulator.close();
  }

  /** An opportunity as the test created it, to check forecasts and reports against. */
  private record Deal(SalesforceId id, String name, String stage, BigDecimal amount, LocalDate close) {
    boolean closesIn(LocalDate first, LocalDate last) {
      return !close.isBefore(first) && !close.isAfter(last);
    }
  }

  private SalesforceId lead(String company) {
    return sf.leads().create(Lead.builder().firstName("Ada").lastName("Ng").company(company)
        .email("ada@" + company.toLowerCase().replace(' ', '-') + ".example").city("Oslo").build());
  }

  private List<Deal> pipeline() {
    SalesforceId acme = sf.accounts().create(Account.builder().name("Acme").build());
    List<Deal> deals = new ArrayList<>();
    Object[][] rows = {
        {"Acme - 50 seats", "Prospecting", "50000", "2026-11-30"},
        {"Acme renewal", "Closed Won", "25000.50", "2026-10-10"},
        {"Globex platform", "Prospecting", "120000", "2026-12-15"},
        {"Initech pilot", "Negotiation/Review", "15000", "2026-12-31"},
        {"Umbrella", "Closed Won", "8000", "2026-09-30"},
        {"Hooli", "Closed Lost", "9000", "2026-11-02"},
        {"Wayne", "Proposal/Price Quote", "30000", "2027-01-15"}};
    for (Object[] row : rows) {
      BigDecimal amount = new BigDecimal((String) row[2]);
      LocalDate close = LocalDate.parse((String) row[3]);
      SalesforceId id = sf.opportunities().create(Opportunity.builder().name((String) row[0])
          .stageName((String) row[1]).amount(amount).closeDate(close).accountId(acme).build());
      deals.add(new Deal(id, (String) row[0], (String) row[1], amount, close));
    }
    return deals;
  }

  private static BigDecimal sum(List<Deal> deals, Predicate<Deal> holds) {
    return deals.stream().filter(holds).map(Deal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal number(Fact fact, String aggregate) {
    return fact.aggregate(aggregate).number().orElseThrow();
  }

  private List<HttpRequest> soapCalls() {
    synchronized (received) {
      return received.stream().filter(r -> r.uri().getPath().startsWith("/services/Soap/u/")).toList();
    }
  }

  @Nested
  class LeadConversion {
    @Test
    void checksThenConvertsIntoTheExistingAccountThroughTheSoapEndpoint() {
      SalesforceId existing = sf.accounts().create(Account.builder().name("ACME Inc").build());
      SalesforceId leadId = lead("Acme, Inc.");

      ConversionReadiness ready = sf.leads().checkConversion(leadId);
      LeadConvertResult result = sf.leads().convert(LeadConvert.builder().leadId(leadId)
          .convertedStatus(ready.defaultConvertedStatus().orElseThrow())
          .accountId(ready.matchingAccounts().get(0).id().orElseThrow())
          .opportunityName("Acme - 50 seats").build());

      assertThat(ready.ready()).isTrue();
      assertThat(result.success()).isTrue();
      assertThat(result.accountId()).contains(existing);
      assertThat(org.store().count("Account")).isEqualTo(1);
      assertThat(sf.accounts().get(existing).billingCity()).contains("Oslo");
      assertThat(sf.opportunities().get(result.opportunityId().orElseThrow()).name())
          .contains("Acme - 50 seats");
      assertThat(sf.leads().get(leadId).isConverted()).contains(true);
      assertThat(soapCalls()).singleElement().satisfies(call -> {
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.header("Content-Type")).hasValueSatisfying(
            type -> assertThat(type).startsWith("text/xml"));
        assertThat(call.header("SOAPAction")).isPresent();
        assertThat(new String(call.body().orElseThrow(), StandardCharsets.UTF_8))
            .contains("convertLead", leadId.value(), existing.value());
      });
    }

    @Test
    void aStatusThatDoesNotConvertIsRefusedWithTheOrgsError() {
      SalesforceId leadId = lead("Acme");

      assertThatThrownBy(() -> sf.leads().convert(LeadConvert.of(leadId, "Closed - Not Converted")))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errorCode()).contains("INVALID_STATUS");
            assertThat(e.errors().get(0).message())
                .isEqualTo("invalid convertedStatus: Closed - Not Converted");
          });
      assertThat(soapCalls()).hasSize(1);
      assertThat(org.store().count("Account")).isZero();
      assertThat(sf.leads().get(leadId).isConverted()).contains(false);
    }

    @Test
    void convertsABatchInOneCallWithOneResultPerLeadInOrder() {
      List<SalesforceId> leads = List.of(lead("Acme"), lead("Globex"), lead("Initech"));
      SalesforceId globex = sf.accounts().create(Account.builder().name("Globex").build());
      int before = org.apiCallsToday();

      List<LeadConvertResult> results = sf.leads().convert(List.of(
          LeadConvert.builder().leadId(leads.get(0)).convertedStatus("Closed - Converted")
              .doNotCreateOpportunity(true).build(),
          LeadConvert.builder().leadId(leads.get(1)).convertedStatus("Closed - Converted")
              .accountId(globex).build(),
          LeadConvert.of(leads.get(2), "Working - Contacted")));

      assertThat(org.apiCallsToday() - before).isEqualTo(1);
      assertThat(soapCalls()).hasSize(1);
      assertThat(results).extracting(r -> r.leadId().orElseThrow()).containsExactlyElementsOf(leads);
      assertThat(results).extracting(LeadConvertResult::success).containsExactly(true, true, false);
      assertThat(results.get(0).opportunityId()).isEmpty();
      assertThat(results.get(1).accountId()).contains(globex);
      assertThat(results.get(2).errors()).singleElement()
          .satisfies(error -> assertThat(error.code()).isEqualTo("INVALID_STATUS"));
      assertThat(org.store().count("Account")).isEqualTo(2);
      assertThat(org.store().count("Opportunity")).isEqualTo(1);
      assertThat(sf.leads().get(leads.get(2)).isConverted()).contains(false);
    }

    @Test
    void aSessionTheOrgEndsMidFlowIsRefreshedByOAuthAndTheConversionReplayed() {
      SalesforceId leadId = lead("Acme");
      int logins = tokenRequests();
      org.faults().expireSessionOnNextCall();

      LeadConvertResult result = sf.leads().convert(LeadConvert.of(leadId, "Closed - Converted"));

      assertThat(result.success()).isTrue();
      assertThat(soapCalls()).hasSize(2);
      HttpResponse expired = answered.get(received.indexOf(soapCalls().get(0)));
      assertThat(expired.status()).isEqualTo(500);
      assertThat(expired.header("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("text/xml"));
      assertThat(expired.bodyText()).contains("<faultcode>sf:INVALID_SESSION_ID</faultcode>");
      assertThat(tokenRequests()).isEqualTo(logins + 1);
      assertThat(org.store().count("Account")).isEqualTo(1);
      assertThat(sf.leads().get(leadId).isConverted()).contains(true);
    }

    private int tokenRequests() {
      synchronized (received) {
        return (int) received.stream()
            .filter(r -> r.uri().getPath().equals("/services/oauth2/token")).count();
      }
    }
  }

  @Nested
  class Stages {
    @Test
    void aChangeOfStageTakesTheStagesDefaultsAndAnUnknownStageIsNeverSent() {
      SalesforceId deal = sf.opportunities().create(Opportunity.builder().name("Acme - 50 seats")
          .stageName(Opportunity.Stage.PROSPECTING).amount(new BigDecimal("50000"))
          .closeDate(LocalDate.of(2026, 12, 15)).build());

      OpportunityStage applied = sf.opportunities().changeStage(deal, "negotiation/review");

      assertThat(applied.apiName()).contains("Negotiation/Review");
      Opportunity now = sf.opportunities().get(deal, "StageName", "Probability",
          "ForecastCategoryName", "ExpectedRevenue");
      assertThat(now.stageName()).contains("Negotiation/Review");
      assertThat(now.probability()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("90"));
      assertThat(now.forecastCategoryName()).contains("Pipeline");
      assertThat(now.expectedRevenue()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("45000"));
      int before = received.size();
      assertThatThrownBy(() -> sf.opportunities().changeStage(deal, "Signed"))
          .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
            assertThat(e.argument()).isEqualTo("stageName");
            assertThat(e.getMessage()).contains("no opportunity stage 'Signed'", "Closed Won");
          });
      assertThat(received).hasSize(before);
    }
  }

  @Nested
  class Activities {
    @Test
    void theTimelineOfARecordAndOfItsOwnerHoldWhatWasLogged() {
      SalesforceId acme = sf.accounts().create(Account.builder().name("Acme").build());
      SalesforceId deal = sf.opportunities().create(Opportunity.builder().name("Acme - 50 seats")
          .accountId(acme).stageName(Opportunity.Stage.PROSPECTING)
          .closeDate(LocalDate.of(2026, 12, 15)).build());
      SalesforceId contact = sf.contacts().create(
          Contact.builder().lastName("Ng").accountId(acme).build());

      SalesforceId call = sf.activities().logCall(contact, "Discovery call", Duration.ofMinutes(12),
          Task.CallType.OUTBOUND);
      SalesforceId proposal = sf.activities().createTask(deal, "Send the proposal",
          LocalDate.of(2026, 11, 30));
      SalesforceId demo = sf.activities().createEvent(deal, "Demo",
          Instant.parse("2026-11-20T15:00:00Z"), Duration.ofHours(1));

      List<Activity> ofDeal = sf.activities().forRecord(deal);
      assertThat(ofDeal).extracting(a -> a.id().orElseThrow()).containsExactly(demo, proposal);
      assertThat(ofDeal).extracting(Activity::kind).containsExactly(Activity.Kind.EVENT, Activity.Kind.TASK);
      assertThat(ofDeal.get(0).end()).contains(Instant.parse("2026-11-20T16:00:00Z"));
      assertThat(sf.activities().forRecord(contact)).singleElement().satisfies(a -> {
        assertThat(a.id()).contains(call);
        assertThat(a.kind()).isEqualTo(Activity.Kind.CALL);
        assertThat(a.callDuration()).contains(Duration.ofMinutes(12));
      });
      SalesforceId owner = SalesforceId.of(org.store().get("Task", call.value()).get("OwnerId").asText());
      assertThat(owner).isEqualTo(org.store().runningUserId());
      assertThat(sf.activities().forOwner(owner)).extracting(a -> a.id().orElseThrow())
          .containsExactlyInAnyOrder(call, proposal, demo);
    }
  }

  @Nested
  class Forecasts {
    @Test
    void thisQuartersTotalsAreTheSumsOfTheDealsClosingInIt() {
      List<Deal> deals = pipeline();
      Predicate<Deal> inQuarter = d -> d.closesIn(Q_START, Q_END);

      ForecastSnapshot f = sf.forecasts().generate(
          ForecastQuery.builder().period(ForecastPeriod.thisQuarter()).build());

      assertThat(f.period().startDate()).contains(Q_START);
      assertThat(f.period().endDate()).contains(Q_END);
      assertThat(f.totals().closed())
          .isEqualByComparingTo(sum(deals, inQuarter.and(d -> d.stage().equals("Closed Won"))));
      assertThat(f.totals().closedCount()).isEqualTo(1);
      assertThat(f.totals().pipeline()).isEqualByComparingTo(sum(deals,
          inQuarter.and(d -> !d.stage().startsWith("Closed"))));
      assertThat(f.totals().pipelineCount()).isEqualTo(3);
      assertThat(f.totals().weightedPipeline()).isEqualByComparingTo(
          new BigDecimal("50000").add(new BigDecimal("120000")).movePointLeft(1)
              .add(new BigDecimal("15000").multiply(new BigDecimal("0.9"))));
      assertThat(f.totals().omittedCount()).isZero();
    }
  }

  @Nested
  class Reports {
    @Test
    void aTabularReportListsEveryDealWithItsValues() {
      List<Deal> deals = pipeline();
      SalesforceId id = org.reports().define(ReportDefinition.tabular(ReportKind.OPPORTUNITIES, "All Deals")
          .columns("OPPORTUNITY_NAME", "STAGE_NAME", "AMOUNT", "CLOSE_DATE")
          .aggregates("s!AMOUNT", "RowCount").build());

      ReportResult run = sf.reports().run(id, ReportRun.withDetails().build());

      assertThat(run.format()).isEqualTo("TABULAR");
      assertThat(run.grandTotal().rows()).extracting(r -> r.cell("OPPORTUNITY_NAME").label())
          .containsExactlyElementsOf(deals.stream().map(Deal::name).toList());
      assertThat(run.grandTotal().rows()).extracting(r -> r.cell("OPPORTUNITY_NAME").id().orElseThrow())
          .containsExactlyElementsOf(deals.stream().map(Deal::id).toList());
      assertThat(number(run.grandTotal(), "s!AMOUNT")).isEqualByComparingTo(sum(deals, d -> true));
      assertThat(number(run.grandTotal(), "RowCount")).isEqualByComparingTo(BigDecimal.valueOf(deals.size()));
    }

    @Test
    void aSummaryReportSumsEachStage() {
      List<Deal> deals = pipeline();
      SalesforceId id = org.reports().define(ReportDefinition.summary(ReportKind.OPPORTUNITIES, "Pipeline")
          .columns("OPPORTUNITY_NAME", "AMOUNT").groupDown("STAGE_NAME")
          .aggregates("s!AMOUNT", "RowCount").build());

      ReportResult run = sf.reports().run(id);

      assertThat(run.format()).isEqualTo("SUMMARY");
      List<String> stages = run.groupingsDown().groupings().stream().map(GroupingValue::label).toList();
      assertThat(stages).containsExactlyInAnyOrderElementsOf(deals.stream().map(Deal::stage).distinct().toList());
      for (String stage : stages) {
        Fact fact = run.fact(List.of(stage), List.of()).orElseThrow();
        assertThat(number(fact, "s!AMOUNT")).as(stage).isEqualByComparingTo(sum(deals, d -> d.stage().equals(stage)));
        assertThat(number(fact, "RowCount")).as(stage).isEqualByComparingTo(
            BigDecimal.valueOf(deals.stream().filter(d -> d.stage().equals(stage)).count()));
      }
    }

    @Test
    void aMatrixReportSumsEachStageAndMonth() {
      List<Deal> deals = pipeline();
      SalesforceId id = org.reports().define(ReportDefinition.matrix(ReportKind.OPPORTUNITIES, "Stage by Month")
          .groupDown("STAGE_NAME").groupAcross("CLOSE_DATE", GroupingInfo.DateGranularity.MONTH)
          .aggregates("s!AMOUNT", "RowCount").build());

      ReportResult run = sf.reports().run(id);

      assertThat(run.format()).isEqualTo("MATRIX");
      List<String> months = run.groupingsAcross().groupings().stream()
          .map(g -> g.valueText().orElseThrow()).toList();
      assertThat(months).containsExactly("2026-09-01", "2026-10-01", "2026-11-01", "2026-12-01", "2027-01-01");
      for (Deal deal : deals) {
        Predicate<Deal> same = d -> d.stage().equals(deal.stage())
            && d.close().withDayOfMonth(1).equals(deal.close().withDayOfMonth(1));
        Fact fact = run.fact(List.of(deal.stage()), List.of(deal.close().withDayOfMonth(1).toString()))
            .orElseThrow();
        assertThat(number(fact, "s!AMOUNT")).as(deal.name()).isEqualByComparingTo(sum(deals, same));
      }
      assertThat(number(run.grandTotal(), "s!AMOUNT")).isEqualByComparingTo(sum(deals, d -> true));
    }

    @Test
    void anAsynchronousRunIsPolledToItsResult() {
      List<Deal> deals = pipeline();
      SalesforceId id = org.reports().define(ReportDefinition.tabular(ReportKind.OPPORTUNITIES, "All Deals")
          .columns("OPPORTUNITY_NAME", "AMOUNT").aggregates("s!AMOUNT", "RowCount").build());

      ReportInstance requested = sf.reports().runAsync(id, ReportRun.withDetails().build());
      ReportResult result = sf.reports().runAndWait(id, ReportRun.withDetails().build());

      assertThat(requested.status()).isEqualTo("New");
      assertThat(requested.url()).hasValueSatisfying(url -> assertThat(url)
          .matches("/services/data/v\\d+\\.0/analytics/reports/" + id.value() + "/instances/"
              + requested.id().value()));
      assertThat(result.attributes().orElseThrow().status()).contains("Success");
      assertThat(result.grandTotal().rows()).hasSize(deals.size());
      assertThat(number(result.grandTotal(), "s!AMOUNT")).isEqualByComparingTo(sum(deals, d -> true));
      assertThat(sf.reports().instances(id)).hasSize(2);
    }
  }
}
