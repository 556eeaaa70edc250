package dev.salescloud.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.forecast.ForecastSnapshot;
import dev.salescloud.client.report.FilterOperator;
import dev.salescloud.client.report.ReportRun;
import dev.salescloud.client.sobject.ConversionReadiness;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.forecast.ForecastPeriod;
import dev.salescloud.model.forecast.ForecastQuery;
import dev.salescloud.model.report.ReportResult;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Activity;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadConvert;
import dev.salescloud.model.sales.LeadConvertResult;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.model.sales.Task;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.report.ReportDefinition;
import dev.salescloud.testkit.report.ReportKind;
import dev.salescloud.testkit.seed.Seed;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's sales flow, from a new lead to the quarter's forecast, run against the demo org. */
class ReadmeSalesFlowTest {
  private final FakeSalesCloud org =
      FakeSalesCloud.builder().seed(Seed.DEMO).fixedAt(Instant.parse("2026-11-24T09:00:00Z")).build();
  private final SalesCloudClient sf = org.client();

  @Test
  void takesALeadToTheForecast() {
    SalesforceId leadId = sf.leads().create(Lead.builder().firstName("Ada").lastName("Ng")
        .company("Initrode GmbH").email("ada@initrode.example").build());
    SalesforceId pipelineReport = org.reports().define(
        ReportDefinition.summary(ReportKind.OPPORTUNITIES, "Pipeline by Stage")
            .columns("OPPORTUNITY_NAME", "AMOUNT", "CLOSE_DATE").groupDown("STAGE_NAME")
            .aggregates("s!AMOUNT", "RowCount").build());
    BigDecimal pipelineBefore = sf.forecasts().generate(
        ForecastQuery.builder().period(ForecastPeriod.thisQuarter()).build()).totals().openPipeline();

    // README: the sales process
    ConversionReadiness ready = sf.leads().checkConversion(leadId);   // read-only: statuses, duplicates
    LeadConvert.Builder conversion = LeadConvert.builder().leadId(leadId)
        .convertedStatus(ready.defaultConvertedStatus().orElseThrow())
        .opportunityName("Initrode - 50 seats");
    ready.matchingAccounts().stream().findFirst().flatMap(Account::id).ifPresent(conversion::accountId);
    LeadConvertResult converted = sf.leads().convert(conversion.build());     // SOAP convertLead

    SalesforceId deal = converted.opportunityId().orElseThrow();
    sf.opportunities().update(deal, dev.salescloud.model.sales.OpportunityPatch.builder()
        .amount(new BigDecimal("60000")).build());
    sf.opportunities().changeStage(deal, "Negotiation/Review");             // probability 90
    sf.activities().logCall(converted.contactId().orElseThrow(), "Pricing call",
        Duration.ofMinutes(25), Task.CallType.OUTBOUND);
    List<Activity> timeline = sf.activities().forRecord(converted.contactId().orElseThrow());

    ForecastSnapshot quarter = sf.forecasts().generate(
        ForecastQuery.builder().period(ForecastPeriod.thisQuarter()).build());
    ReportResult byStage = sf.reports().run(pipelineReport,
        ReportRun.summaries().filter("CLOSE_DATE", FilterOperator.GREATER_OR_EQUAL, "2026-10-01").build());
    BigDecimal negotiating = byStage.fact(List.of("Negotiation/Review"), List.of()).orElseThrow()
        .aggregate("s!AMOUNT").number().orElseThrow();
    // end of the README example

    assertThat(ready.ready()).isTrue();
    assertThat(converted.accountId()).isPresent();
    Opportunity opportunity = sf.opportunities().get(deal);
    assertThat(opportunity.stageName()).contains("Negotiation/Review");
    assertThat(opportunity.probability()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("90"));
    assertThat(timeline).extracting(a -> a.subject().orElse("")).contains("Pricing call");
    assertThat(quarter.totals().openPipeline().subtract(pipelineBefore)).isEqualByComparingTo("60000");
    assertThat(quarter.totals().weightedPipeline()).isPositive();
    BigDecimal expected = sf.query("SELECT Amount FROM Opportunity WHERE StageName = 'Negotiation/Review'"
            + " AND CloseDate >= 2026-10-01", Opportunity.class).stream()
        .map(o -> o.amount().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(negotiating).isEqualByComparingTo(expected);
  }
}
