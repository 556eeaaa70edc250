package dev.salescloud.testkit.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.report.ReportRun;
import dev.salescloud.client.report.ReportSummary;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.query.AggregateResult;
import dev.salescloud.model.report.Fact;
import dev.salescloud.model.report.GroupingValue;
import dev.salescloud.model.report.ReportResult;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.emulator.Emulator;
import dev.salescloud.testkit.report.OrgReports;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The reports of the demo org, checked against SOQL aggregates over the demo records. */
class DemoReportsTest {
  private static final Instant NOW = Instant.parse("2024-05-01T17:03:11Z");

  private final FakeSalesCloud org = FakeSalesCloud.builder().fixedAt(NOW).seed(Seed.DEMO).build();
  private final SalesCloudClient client = org.client();

  private SalesforceId report(String name) {
    List<ReportSummary> found = client.reports().search(name);
    assertThat(found).as(name).hasSize(1);
    return found.get(0).id();
  }

  private List<AggregateResult> aggregate(String soql) {
    return client.query(soql, AggregateResult.class).toList();
  }

  private static BigDecimal number(Fact fact, String aggregate) {
    return fact.aggregate(aggregate).number().orElseThrow();
  }

  private static BigDecimal decimal(AggregateResult row, String alias) {
    return row.get(alias, BigDecimal.class).orElse(BigDecimal.ZERO);
  }

  @Nested
  class Defined {
    @Test
    void theDemoOrgFilesThreeReportsInSalesReports() {
      List<ReportSummary> recent = client.reports().recent();

      assertThat(recent).extracting(ReportSummary::name).containsExactlyInAnyOrder(
          "Pipeline by Stage", "Leads by Status and Source", "Open Opportunities");
      assertThat(aggregate("SELECT FolderName, COUNT(Id) n FROM Report GROUP BY FolderName"))
          .singleElement().satisfies(row -> {
            assertThat(row.get("FolderName", String.class)).contains("Sales Reports");
            assertThat(row.get("n", Long.class)).contains(3L);
          });
      assertThat(client.reports().describe(report("Pipeline by Stage")).metadata().reportFormat())
          .contains("SUMMARY");
      assertThat(client.reports().describe(report("Leads by Status and Source")).metadata()
          .reportFormat()).contains("MATRIX");
      assertThat(client.reports().describe(report("Open Opportunities")).metadata().reportFormat())
          .contains("TABULAR");
    }

    @Test
    void theSameClockGivesTheSameReportIds() {
      FakeSalesCloud again = FakeSalesCloud.builder().fixedAt(NOW).seed(Seed.DEMO).build();

      assertThat(again.reports().recent()).extracting(m -> m.id().orElseThrow())
          .containsExactlyElementsOf(org.reports().recent().stream().map(m -> m.id().orElseThrow()).toList());
    }

    @Test
    void anEmptyOrgHasNoReportsAndTheSeedRefusesNoReports() {
      FakeSalesCloud empty = FakeSalesCloud.builder().fixedAt(NOW).build();
      Seed.EMPTY.defineReports(empty.reports());

      assertThat(empty.reports().recent()).isEmpty();
      assertThatThrownBy(() -> Seed.DEMO.defineReports(null))
          .isInstanceOfSatisfying(InvalidArgumentException.class,
              e -> assertThat(e.argument()).isEqualTo("reports"));
    }

    @Test
    void definingThemAgainAddsASecondSet() {
      OrgReports reports = org.reports();

      Seed.DEMO.defineReports(reports);

      assertThat(reports.recent()).hasSize(6);
      assertThat(client.reports().search("Pipeline by Stage")).hasSize(2);
    }
  }

  @Nested
  class Totals {
    @Test
    void pipelineByStageHasTheSumAndCountOfEachStage() {
      ReportResult run = client.reports().run(report("Pipeline by Stage"));
      List<AggregateResult> stages = aggregate(
          "SELECT StageName, SUM(Amount) total, COUNT(Id) n FROM Opportunity GROUP BY StageName");

      assertThat(run.groupingsDown().groupings()).extracting(GroupingValue::label)
          .containsExactly("Prospecting", "Qualification", "Needs Analysis", "Value Proposition",
              "Id. Decision Makers", "Perception Analysis", "Proposal/Price Quote",
              "Negotiation/Review", "Closed Won", "Closed Lost");
      assertThat(stages).hasSize(10);
      for (AggregateResult stage : stages) {
        String name = stage.get("StageName", String.class).orElseThrow();
        Fact fact = run.fact(List.of(name), List.of()).orElseThrow();
        assertThat(number(fact, "s!AMOUNT")).as(name).isEqualByComparingTo(decimal(stage, "total"));
        assertThat(number(fact, "RowCount")).as(name).isEqualByComparingTo(decimal(stage, "n"));
      }
      AggregateResult all = aggregate("SELECT SUM(Amount) total, COUNT(Id) n FROM Opportunity").get(0);
      assertThat(number(run.grandTotal(), "s!AMOUNT")).isEqualByComparingTo(decimal(all, "total"));
      assertThat(number(run.grandTotal(), "RowCount")).isEqualByComparingTo("20");
    }

    @Test
    void leadsByStatusAndSourceCountEachCrossing() {
      ReportResult run = client.reports().run(report("Leads by Status and Source"));
      List<AggregateResult> crossings = aggregate(
          "SELECT Status, LeadSource, COUNT(Id) n FROM Lead GROUP BY Status, LeadSource");

      assertThat(run.groupingsDown().groupings()).extracting(GroupingValue::label)
          .containsExactly("Open - Not Contacted", "Working - Contacted", "Closed - Not Converted");
      for (AggregateResult crossing : crossings) {
        String status = crossing.get("Status", String.class).orElseThrow();
        String source = crossing.get("LeadSource", String.class).orElseThrow();
        Fact fact = run.fact(List.of(status), List.of(source)).orElseThrow();
        assertThat(number(fact, "RowCount")).as(status + " x " + source)
            .isEqualByComparingTo(decimal(crossing, "n"));
      }
      for (AggregateResult source : aggregate("SELECT LeadSource, COUNT(Id) n FROM Lead GROUP BY LeadSource")) {
        String name = source.get("LeadSource", String.class).orElseThrow();
        assertThat(number(run.fact(List.of(), List.of(name)).orElseThrow(), "RowCount")).as(name)
            .isEqualByComparingTo(decimal(source, "n"));
      }
      assertThat(number(run.grandTotal(), "RowCount")).isEqualByComparingTo("20");
    }

    @Test
    void openOpportunitiesListTheOpenDealsByCloseDate() {
      ReportResult run = client.reports().run(report("Open Opportunities"), ReportRun.withDetails().build());
      List<Opportunity> open = client.query(
          "SELECT Id, Name FROM Opportunity WHERE IsClosed = false ORDER BY CloseDate, Name",
          Opportunity.class).toList();
      AggregateResult total = aggregate(
          "SELECT SUM(Amount) total, COUNT(Id) n FROM Opportunity WHERE IsClosed = false").get(0);

      assertThat(open).hasSize(16);
      assertThat(run.grandTotal().rows()).extracting(r -> r.cell("OPPORTUNITY_NAME").id().orElseThrow())
          .containsExactlyInAnyOrderElementsOf(open.stream().map(o -> o.id().orElseThrow()).toList());
      assertThat(run.grandTotal().rows()).extracting(r -> r.cell("CLOSE_DATE").date().orElseThrow())
          .isSorted();
      assertThat(run.grandTotal().rows()).allSatisfy(r -> assertThat(r.cell("STAGE_NAME").text())
          .hasValueSatisfying(stage -> assertThat(stage).doesNotStartWith("Closed")));
      assertThat(number(run.grandTotal(), "s!AMOUNT")).isEqualByComparingTo(decimal(total, "total"));
      assertThat(number(run.grandTotal(), "RowCount")).isEqualByComparingTo(decimal(total, "n"));
    }
  }

  @Nested
  class OverHttp {
    @Test
    void anEmulatorOfTheDemoOrgRunsItsReportsForAnyClient() throws Exception {
      try (Emulator emulator = Emulator.start(org);
          SalesCloudClient overHttp = SalesCloudClient.builder()
              .credentials(StaticCredentials.of(org.accessToken(), emulator.baseUri())).build()) {
        HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                emulator.baseUri().resolve("/services/data/v66.0/analytics/reports"))
            .header("Authorization", "Bearer " + org.accessToken()).build(),
            HttpResponse.BodyHandlers.ofString());

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(
            type -> assertThat(type).startsWith("application/json"));
        assertThat(list.body()).contains("\"name\":\"Pipeline by Stage\"",
            "\"name\":\"Leads by Status and Source\"", "\"name\":\"Open Opportunities\"");
        ReportResult run = overHttp.reports().run(report("Pipeline by Stage"));
        assertThat(number(run.grandTotal(), "RowCount")).isEqualByComparingTo("20");
      }
    }
  }
}
