package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.client.report.FilterOperator;
import dev.salescloud.client.report.ReportDescription;
import dev.salescloud.client.report.ReportRun;
import dev.salescloud.client.report.ReportRunException;
import dev.salescloud.client.report.ReportSummary;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.NotFoundException;
import dev.salescloud.model.report.DetailRow;
import dev.salescloud.model.report.ReportInstance;
import dev.salescloud.model.report.ReportResult;
import dev.salescloud.model.report.StandardDateFilter;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportClientTest extends LoopbackTest {
  static final String REPORT = "00OD0000001ZbP7MAK";
  static final String INSTANCE = "0LGD000000000IyOAI";
  static final String REPORTS = "/services/data/v66.0/analytics/reports";
  static final SalesforceId ID = SalesforceId.of(REPORT);

  static final String METADATA_TAIL =
      "\"reportType\":{\"type\":\"Opportunity\",\"label\":\"Opportunities\"},"
          + "\"reportFilters\":[],\"standardFilters\":[],\"sortBy\":[],\"scope\":\"organization\"";

  static final String TABULAR =
      """
      {"attributes":{"type":"Report","reportId":"00OD0000001ZbP7MAK","reportName":"All Deals",
         "describeUrl":"/services/data/v66.0/analytics/reports/00OD0000001ZbP7MAK/describe",
         "instancesUrl":"/services/data/v66.0/analytics/reports/00OD0000001ZbP7MAK/instances"},
       "allData":false,"hasDetailRows":true,
       "factMap":{"T!T":{"aggregates":[{"label":"$75,000.50","value":75000.50},{"label":"2","value":2}],
         "rows":[
           {"dataCells":[{"label":"Acme - 50 seats","value":"006D000000CvZ9TIAV"},
                         {"label":"$50,000.00","value":{"amount":50000,"currency":null}},
                         {"label":"5/31/2026","value":"2026-05-31"}]},
           {"dataCells":[{"label":"Globex renewal","value":"006D000000CvZ9UIAV"},
                         {"label":"$25,000.50","value":{"amount":25000.50,"currency":null}},
                         {"label":"-","value":null}]}]}},
       "groupingsDown":{"groupings":[]},"groupingsAcross":{"groupings":[]},
       "reportMetadata":{"id":"00OD0000001ZbP7MAK","name":"All Deals","reportFormat":"TABULAR",
         "detailColumns":["OPPORTUNITY_NAME","AMOUNT","CLOSE_DATE"],"groupingsDown":[],"groupingsAcross":[],
         "aggregates":["s!AMOUNT","RowCount"],%s},
       "reportExtendedMetadata":{"aggregateColumnInfo":{"s!AMOUNT":{"label":"Sum of Amount","dataType":"currency"},
         "RowCount":{"label":"Record Count","dataType":"int"}},"detailColumnInfo":{},"groupingColumnInfo":{}}}
      """.formatted(METADATA_TAIL);

  static final String SUMMARY =
      """
      {"attributes":{"type":"Report","reportId":"00OD0000001ZbP7MAK","reportName":"Pipeline by Stage"},
       "allData":true,"hasDetailRows":false,
       "factMap":{
         "0!T":{"aggregates":[{"label":"$15,000.00","value":15000},{"label":"1","value":1}],"rows":[]},
         "1!T":{"aggregates":[{"label":"$60,000.00","value":60000},{"label":"2","value":2}],"rows":[]},
         "T!T":{"aggregates":[{"label":"$75,000.00","value":75000},{"label":"3","value":3}],"rows":[]}},
       "groupingsDown":{"groupings":[
         {"key":"0","label":"Prospecting","value":"Prospecting","groupings":[]},
         {"key":"1","label":"Closed Won","value":"Closed Won","groupings":[]}]},
       "groupingsAcross":{"groupings":[]},
       "reportMetadata":{"id":"00OD0000001ZbP7MAK","name":"Pipeline by Stage","reportFormat":"SUMMARY",
         "detailColumns":["OPPORTUNITY_NAME"],
         "groupingsDown":[{"name":"STAGE_NAME","sortOrder":"Asc","dateGranularity":"None"}],
         "groupingsAcross":[],"aggregates":["s!AMOUNT","RowCount"],%s}}
      """.formatted(METADATA_TAIL);

  static final String MATRIX =
      """
      {"attributes":{"type":"Report","reportId":"00OD0000001ZbP7MAK","reportName":"Stage by Month"},
       "allData":true,"hasDetailRows":false,
       "factMap":{
         "0!0":{"aggregates":[{"label":"1","value":1},{"label":"$100.00","value":100}],"rows":[]},
         "0!1":{"aggregates":[{"label":"1","value":1},{"label":"$200.00","value":200}],"rows":[]},
         "0!T":{"aggregates":[{"label":"2","value":2},{"label":"$300.00","value":300}],"rows":[]},
         "1!0":{"aggregates":[{"label":"0","value":0},{"label":"$0.00","value":0}],"rows":[]},
         "1!1":{"aggregates":[{"label":"1","value":1},{"label":"$400.00","value":400}],"rows":[]},
         "1!T":{"aggregates":[{"label":"1","value":1},{"label":"$400.00","value":400}],"rows":[]},
         "T!0":{"aggregates":[{"label":"1","value":1},{"label":"$100.00","value":100}],"rows":[]},
         "T!1":{"aggregates":[{"label":"2","value":2},{"label":"$600.00","value":600}],"rows":[]},
         "T!T":{"aggregates":[{"label":"3","value":3},{"label":"$700.00","value":700}],"rows":[]}},
       "groupingsDown":{"groupings":[
         {"key":"0","label":"Prospecting","value":"Prospecting","groupings":[]},
         {"key":"1","label":"Closed Won","value":"Closed Won","groupings":[]}]},
       "groupingsAcross":{"groupings":[
         {"key":"0","label":"May 2026","value":"2026-05-01","groupings":[]},
         {"key":"1","label":"June 2026","value":"2026-06-01","groupings":[]}]},
       "reportMetadata":{"id":"00OD0000001ZbP7MAK","name":"Stage by Month","reportFormat":"MATRIX",
         "detailColumns":[],
         "groupingsDown":[{"name":"STAGE_NAME","sortOrder":"Asc","dateGranularity":"None"}],
         "groupingsAcross":[{"name":"CLOSE_DATE","sortOrder":"Asc","dateGranularity":"Month"}],
         "aggregates":["RowCount","s!AMOUNT"],%s}}
      """.formatted(METADATA_TAIL);

  static String instance(String status) {
    return "{\"id\":\"" + INSTANCE + "\",\"status\":\"" + status + "\",\"requestDate\":\"2026-05-01T17:03:11Z\","
        + "\"completionDate\":null,\"ownerId\":\"005D0000001KvxRIAS\",\"hasDetailRows\":false,\"queryable\":false,"
        + "\"url\":\"" + REPORTS + "/" + REPORT + "/instances/" + INSTANCE + "\"}";
  }

  static String pending(String status) {
    return "{\"attributes\":{\"type\":\"ReportInstance\",\"id\":\"" + INSTANCE + "\",\"status\":\"" + status
        + "\",\"reportId\":\"" + REPORT + "\"},\"hasDetailRows\":false}";
  }

  @Nested
  class Finding {
    @Test
    void recentListsTheReportsOfGetAnalyticsReports() {
      server.enqueue(200, "[{\"name\":\"All Deals\",\"id\":\"" + REPORT + "\",\"url\":\"" + REPORTS + "/" + REPORT
          + "\",\"describeUrl\":\"x\",\"instancesUrl\":\"y\"}]");

      List<ReportSummary> recent = sf.reports().recent();

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("GET");
      assertThat(request.path()).isEqualTo(REPORTS);
      assertThat(recent).extracting(ReportSummary::id).containsExactly(ID);
      assertThat(recent.get(0).name()).isEqualTo("All Deals");
      assertThat(recent.get(0).format()).isEmpty();
    }

    @Test
    void searchQueriesTheReportObjectByNameWithTheTextEscaped() {
      server.enqueue(200, "{\"totalSize\":1,\"done\":true,\"records\":[{\"attributes\":{\"type\":\"Report\"},"
          + "\"Id\":\"" + REPORT + "\",\"Name\":\"Pipeline 100%\",\"DeveloperName\":\"Pipeline_100\","
          + "\"FolderName\":\"Public Reports\",\"Format\":\"SUMMARY\"}]}");

      List<ReportSummary> found = sf.reports().search("100%");

      String soql = URLDecoder.decode(server.takeRequest().rawQuery().substring(2), StandardCharsets.UTF_8);
      assertThat(soql).isEqualTo("SELECT Id, Name, DeveloperName, FolderName, Format FROM Report"
          + " WHERE Name LIKE '%100\\%%' ORDER BY Name");
      assertThat(found).hasSize(1);
      assertThat(found.get(0).developerName()).contains("Pipeline_100");
      assertThat(found.get(0).folderName()).contains("Public Reports");
      assertThat(found.get(0).format()).contains("SUMMARY");
    }

    @Test
    void searchRefusesBlankTextBeforeSending() {
      assertThatThrownBy(() -> sf.reports().search(" "))
          .isInstanceOf(InvalidArgumentException.class)
          .satisfies(e -> assertThat(((InvalidArgumentException) e).argument()).isEqualTo("nameContains"));

      assertThat(server.requestCount()).isZero();
    }

    @Test
    void describeReadsTheSavedDefinitionAndTheColumnsLabels() {
      server.enqueue(200, "{\"reportMetadata\":{\"id\":\"" + REPORT + "\",\"name\":\"All Deals\",\"reportFormat\":\"TABULAR\","
          + "\"detailColumns\":[\"AMOUNT\"],\"groupingsDown\":[],\"groupingsAcross\":[],\"aggregates\":[\"RowCount\"],"
          + "\"reportFilters\":[{\"column\":\"AMOUNT\",\"operator\":\"greaterThan\",\"value\":\"0\"}]},"
          + "\"reportExtendedMetadata\":{\"aggregateColumnInfo\":{\"RowCount\":{\"label\":\"Record Count\",\"dataType\":\"int\"}},"
          + "\"detailColumnInfo\":{\"AMOUNT\":{\"label\":\"Amount\",\"dataType\":\"currency\"}},\"groupingColumnInfo\":{}},"
          + "\"reportTypeMetadata\":{\"categories\":[]}}");

      ReportDescription d = sf.reports().describe(ID);

      assertThat(server.takeRequest().path()).isEqualTo(REPORTS + "/" + REPORT + "/describe");
      assertThat(d.metadata().reportFilters()).hasSize(1);
      assertThat(d.extendedMetadata().orElseThrow().detailColumnInfo().get("AMOUNT").label()).contains("Amount");
      assertThat(d.reportTypeMetadata().has("categories")).isTrue();
    }

    @Test
    void anIdOfAnotherObjectIsRefusedBeforeSending() {
      assertThatThrownBy(() -> sf.reports().run(SalesforceId.of("006D000000CvZ9TIAV")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Report");

      assertThat(server.requestCount()).isZero();
    }

    @Test
    void anUnknownReportIsNotFound() {
      server.enqueue(404, "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not exist\"}]");

      assertThatThrownBy(() -> sf.reports().run(ID))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("The requested resource does not exist");
    }
  }

  @Nested
  class RunningSynchronously {
    @Test
    void tabularRunReadsRowsByColumnAndShowsTheTruncation() {
      server.enqueue(200, TABULAR);

      ReportResult run = sf.reports().run(ID, ReportRun.withDetails().build());

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("GET");
      assertThat(request.path()).isEqualTo(REPORTS + "/" + REPORT);
      assertThat(request.rawQuery()).isEqualTo("includeDetails=true");
      assertThat(run.format()).isEqualTo("TABULAR");
      assertThat(run.allData()).contains(false);
      List<DetailRow> rows = run.grandTotal().rows();
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).cell("OPPORTUNITY_NAME").label()).isEqualTo("Acme - 50 seats");
      assertThat(rows.get(0).cell("OPPORTUNITY_NAME").id()).contains(SalesforceId.of("006D000000CvZ9TIAV"));
      assertThat(rows.get(1).cell("AMOUNT").amount()).contains(new BigDecimal("25000.50"));
      assertThat(rows.get(0).cell("CLOSE_DATE").date()).contains(LocalDate.of(2026, 5, 31));
      assertThat(rows.get(1).cell("CLOSE_DATE").isEmpty()).isTrue();
      assertThat(run.grandTotal().aggregate("s!AMOUNT").number()).contains(new BigDecimal("75000.50"));
      assertThat(run.reportExtendedMetadata().orElseThrow().aggregateColumnInfo().get("s!AMOUNT").label())
          .contains("Sum of Amount");
    }

    @Test
    void summaryRunWithoutDetailsIsAGetAndReadsGroupsByLabel() {
      server.enqueue(200, SUMMARY);

      ReportResult run = sf.reports().run(ID);

      assertThat(server.takeRequest().rawQuery()).isEqualTo("includeDetails=false");
      assertThat(run.groupingDown(List.of("Closed Won"))).contains("1");
      assertThat(run.fact(List.of("Prospecting"), List.of()).orElseThrow().aggregate("RowCount").number())
          .contains(BigDecimal.ONE);
      assertThat(run.fact("1", "T").orElseThrow().aggregate("s!AMOUNT").label()).isEqualTo("$60,000.00");
      assertThat(run.allData()).contains(true);
    }

    @Test
    void matrixRunReadsEveryCrossingAndTotal() {
      server.enqueue(200, MATRIX);

      ReportResult run = sf.reports().run(ID);

      assertThat(run.format()).isEqualTo("MATRIX");
      assertThat(run.fact(List.of("Closed Won"), List.of("May 2026")).orElseThrow().aggregate("RowCount").number())
          .contains(BigDecimal.ZERO);
      assertThat(run.fact(List.of("Prospecting"), List.of("2026-06-01")).orElseThrow().aggregate("s!AMOUNT").number())
          .contains(new BigDecimal("200"));
      assertThat(run.fact(List.of(), List.of("June 2026")).orElseThrow().aggregate("s!AMOUNT").number())
          .contains(new BigDecimal("600"));
      assertThat(run.grandTotal().aggregatesByName()).containsOnlyKeys("RowCount", "s!AMOUNT");
    }

    @Test
    void runTimeFiltersArePostedAsReportMetadataOnly() throws Exception {
      server.enqueue(200, TABULAR);

      sf.reports().run(ID, ReportRun.withDetails()
          .filter("AMOUNT", FilterOperator.GREATER_THAN, "100000")
          .filter("STAGE_NAME", FilterOperator.EQUALS, "Prospecting,Qualification")
          .filter("ACCOUNT.NAME", FilterOperator.STARTS_WITH, "Acme")
          .filterLogic("1 AND (2 OR 3)")
          .dateFilter(StandardDateFilter.between("CLOSE_DATE", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
          .build());

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.rawQuery()).isEqualTo("includeDetails=true");
      assertThat(json(request.body())).isEqualTo(json("""
          {"reportMetadata":{
            "reportFilters":[{"column":"AMOUNT","operator":"greaterThan","value":"100000"},
                             {"column":"STAGE_NAME","operator":"equals","value":"Prospecting,Qualification"},
                             {"column":"ACCOUNT.NAME","operator":"startsWith","value":"Acme"}],
            "reportBooleanFilter":"1 AND (2 OR 3)",
            "standardDateFilter":{"column":"CLOSE_DATE","durationValue":"CUSTOM",
                                  "startDate":"2026-01-01","endDate":"2026-12-31"}}}
          """));
    }
  }

  @Nested
  class CheckingFilters {
    @Test
    void logicLeavingAFilterOutIsRefused() {
      ReportRun.Builder run = ReportRun.withDetails()
          .filter("AMOUNT", FilterOperator.GREATER_THAN, "1")
          .filter("TYPE", FilterOperator.EQUALS, "New Customer")
          .filterLogic("1");

      assertThatThrownBy(run::build)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("filter 2 is not used")
          .satisfies(e -> assertThat(((InvalidArgumentException) e).argument()).isEqualTo("filterLogic"));
    }

    @Test
    void logicNamingAMissingFilterIsRefused() {
      ReportRun.Builder run = ReportRun.summaries()
          .filter("AMOUNT", FilterOperator.GREATER_THAN, "1")
          .filterLogic("1 OR 2");

      assertThatThrownBy(run::build).hasMessageContaining("there is no filter 2");
    }

    @Test
    void unbalancedLogicIsRefused() {
      ReportRun.Builder run = ReportRun.summaries()
          .filter("AMOUNT", FilterOperator.GREATER_THAN, "1")
          .filter("AMOUNT", FilterOperator.LESS_THAN, "9")
          .filterLogic("(1 AND 2");

      assertThatThrownBy(run::build).hasMessageContaining("a parenthesis is not closed");
    }

    @Test
    void moreThanTwentyFiltersAreRefused() {
      ReportRun.Builder run = ReportRun.summaries();
      for (int i = 0; i < 21; i++) {
        run.filter("AMOUNT", FilterOperator.GREATER_THAN, Integer.toString(i));
      }

      assertThatThrownBy(run::build)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("at most 20")
          .satisfies(e -> assertThat(((InvalidArgumentException) e).argument()).isEqualTo("filters"));
    }

    @Test
    void comparisonWithoutAValueIsRefusedNamingTheValue() {
      assertThatThrownBy(() -> ReportRun.summaries().filter("AMOUNT", FilterOperator.GREATER_THAN, ""))
          .isInstanceOf(InvalidArgumentException.class)
          .satisfies(e -> assertThat(((InvalidArgumentException) e).argument()).isEqualTo("value"));
    }

    @Test
    void somethingThatIsNotAColumnNameIsRefused() {
      assertThatThrownBy(() -> ReportRun.summaries().filter("Amount > 5", FilterOperator.EQUALS, "x"))
          .isInstanceOf(InvalidArgumentException.class)
          .satisfies(e -> assertThat(((InvalidArgumentException) e).argument()).isEqualTo("column"));
    }

    @Test
    void savedFiltersWithAnUnknownOperatorAreRefused() {
      assertThatThrownBy(() -> ReportRun.summaries().filters(List.of(
              dev.salescloud.model.report.ReportFilter.of("AMOUNT", "between", "1"))))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'between' is not a report filter operator");
    }
  }

  @Nested
  class RunningAsynchronously {
    @Test
    void runAndWaitPollsWithAGrowingWaitThenReadsTheResult() {
      AtomicInteger looks = new AtomicInteger();
      server.dispatch(r -> {
        if (r.method().equals("POST")) {
          return Answer.json(200, instance("New"));
        }
        int look = looks.incrementAndGet();
        return Answer.json(200, look < 3 ? pending(look == 1 ? "New" : "Running")
            : SUMMARY.replace("\"type\":\"Report\"", "\"type\":\"ReportInstance\",\"status\":\"Success\""));
      });

      ReportResult result = sf.reports().runAndWait(ID, ReportRun.summaries().build());

      List<Recorded> requests = server.takeAll();
      assertThat(requests.get(0).method()).isEqualTo("POST");
      assertThat(requests.get(0).path()).isEqualTo(REPORTS + "/" + REPORT + "/instances");
      assertThat(requests.get(1).path()).isEqualTo(REPORTS + "/" + REPORT + "/instances/" + INSTANCE);
      assertThat(requests).hasSize(4);
      assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
      assertThat(result.attributes().orElseThrow().type()).isEqualTo("ReportInstance");
      assertThat(result.grandTotal().aggregate("RowCount").number()).contains(new BigDecimal("3"));
    }

    @Test
    void runAsyncReturnsTheNewInstanceAndIsNotRetried() {
      SalesCloudClient retrying = client(b -> b.retryPolicy(
          dev.salescloud.client.retry.RetryPolicy.defaults()));
      server.enqueue(502, "[{\"errorCode\":\"BAD_GATEWAY\",\"message\":\"bad gateway\"}]");
      server.enqueue(200, instance("New"));

      assertThatThrownBy(() -> retrying.reports().runAsync(ID, ReportRun.summaries().build()))
          .isInstanceOf(dev.salescloud.model.error.ServerException.class);
      ReportInstance started = sf.reports().runAsync(ID, ReportRun.withDetails().build());

      assertThat(server.takeRequest().method()).isEqualTo("POST");
      assertThat(server.takeRequest().rawQuery()).isEqualTo("includeDetails=true");
      assertThat(started.status()).isEqualTo("New");
      assertThat(started.id().value()).isEqualTo(INSTANCE);
    }

    @Test
    void aRunThatEndedInErrorThrowsWithTheInstance() {
      server.enqueue(200, pending("Error"));

      assertThatThrownBy(() -> sf.reports().instanceResult(ID, SalesforceId.of(INSTANCE)))
          .isInstanceOf(ReportRunException.class)
          .hasMessageContaining("ended with status Error")
          .satisfies(e -> assertThat(((ReportRunException) e).instance().status()).isEqualTo("Error"));
    }

    @Test
    void aRunStillGoingHasNoResultYet() {
      server.enqueue(200, pending("Running"));

      assertThat(sf.reports().instanceResult(ID, SalesforceId.of(INSTANCE))).isEmpty();
    }

    @Test
    void instancesListsTheAsynchronousRuns() {
      server.enqueue(200, "[" + instance("Success") + "," + instance("Running") + "]");

      List<ReportInstance> runs = sf.reports().instances(ID);

      assertThat(server.takeRequest().path()).isEqualTo(REPORTS + "/" + REPORT + "/instances");
      assertThat(runs).extracting(ReportInstance::status).containsExactly("Success", "Running");
      assertThat(runs.get(0).isSuccess()).isTrue();
    }

    @Test
    void pollingGivesUpAfterItsTimeout() {
      server.dispatch(r -> Answer.json(200, r.method().equals("POST") ? instance("New") : pending("Running")));

      assertThatThrownBy(() -> sf.reports()
              .withPolling(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(3))
              .runAndWait(ID, ReportRun.summaries().build()))
          .isInstanceOf(dev.salescloud.model.error.TransportException.class)
          .hasMessageContaining("is not done after 3 s");
      assertThat(waits).hasSize(3);
    }
  }
}
