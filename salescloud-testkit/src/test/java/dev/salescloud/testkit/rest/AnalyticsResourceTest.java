package dev.salescloud.testkit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.report.GroupingInfo;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.report.ReportDefinition;
import dev.salescloud.testkit.report.ReportKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnalyticsResourceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "/services/data/v62.0/analytics/reports";

  private final FakeSalesCloud org =
      FakeSalesCloud.builder().fixedAt(Instant.parse("2026-05-01T17:03:11Z")).build();
  private final String token = org.accessToken();

  private HttpResponse send(String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.builder(method, URI.create("https://fake.my.salesforce.com" + path))
            .header("Authorization", "Bearer " + token);
    if (body != null) {
      request.header("Content-Type", "application/json").body(body.getBytes(StandardCharsets.UTF_8));
    }
    return org.router().handle(request.build());
  }

  private static JsonNode json(HttpResponse response) {
    try {
      return JSON.readTree(response.bodyText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String opportunity(String name, String stage, String amount, String closeDate) {
    try {
      ObjectNode fields = (ObjectNode) JSON.readTree("{\"Name\":\"" + name + "\",\"StageName\":\""
          + stage + "\",\"CloseDate\":\"" + closeDate + "\"" + (amount == null ? "" : ",\"Amount\":" + amount) + "}");
      return org.store().insert("Opportunity", fields).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SalesforceId pipeline() {
    return org.reports().define(ReportDefinition.summary(ReportKind.OPPORTUNITIES, "Pipeline by Stage")
        .columns("OPPORTUNITY_NAME", "AMOUNT", "CLOSE_DATE")
        .groupDown("STAGE_NAME")
        .aggregates("s!AMOUNT", "RowCount")
        .build());
  }

  @Nested
  class Listing {
    @Test
    void listsReportsMostRecentFirstWithTheirUrls() {
      SalesforceId first = pipeline();
      SalesforceId second = org.reports().define(
          ReportDefinition.tabular(ReportKind.LEADS, "All Leads").columns("LAST_NAME").build());

      HttpResponse response = send("GET", BASE, null);

      assertThat(response.status()).isEqualTo(200);
      JsonNode list = json(response);
      assertThat(list).hasSize(2);
      assertThat(list.get(0).path("id").asText()).isEqualTo(second.value());
      assertThat(list.get(0).path("name").asText()).isEqualTo("All Leads");
      assertThat(list.get(0).path("url").asText()).isEqualTo(BASE + "/" + second.value());
      assertThat(list.get(0).path("describeUrl").asText()).isEqualTo(BASE + "/" + second.value() + "/describe");
      assertThat(list.get(0).path("instancesUrl").asText()).isEqualTo(BASE + "/" + second.value() + "/instances");
      assertThat(list.get(1).path("id").asText()).isEqualTo(first.value());
    }

    @Test
    void definingAReportStoresAReportRecordSoqlFinds() {
      SalesforceId id = pipeline();

      JsonNode found = json(send("GET", "/services/data/v62.0/query?q=SELECT+Id,Name,DeveloperName,Format,FolderName+FROM+Report", null));

      assertThat(id.keyPrefix()).isEqualTo("00O");
      assertThat(found.path("records").get(0).path("Id").asText()).isEqualTo(id.value());
      assertThat(found.path("records").get(0).path("DeveloperName").asText()).isEqualTo("Pipeline_by_Stage");
      assertThat(found.path("records").get(0).path("Format").asText()).isEqualTo("SUMMARY");
      assertThat(found.path("records").get(0).path("FolderName").asText()).isEqualTo("Public Reports");
    }
  }

  @Nested
  class Describing {
    @Test
    void describesMetadataExtendedMetadataAndTheReportTypesColumns() {
      SalesforceId id = pipeline();

      JsonNode body = json(send("GET", BASE + "/" + id.value() + "/describe", null));

      assertThat(body.path("reportMetadata").path("id").asText()).isEqualTo(id.value());
      assertThat(body.path("reportMetadata").path("reportFormat").asText()).isEqualTo("SUMMARY");
      assertThat(body.path("reportMetadata").path("reportType").path("type").asText()).isEqualTo("Opportunity");
      assertThat(body.path("reportExtendedMetadata").path("aggregateColumnInfo").path("s!AMOUNT")
          .path("dataType").asText()).isEqualTo("currency");
      assertThat(body.path("reportExtendedMetadata").path("groupingColumnInfo").path("STAGE_NAME")
          .path("groupingLevel").asInt()).isZero();
      assertThat(body.path("reportTypeMetadata").path("categories").get(0).path("columns")
          .path("CLOSE_DATE").path("dataType").asText()).isEqualTo("date");
      assertThat(body.path("reportTypeMetadata").path("dataTypeFilterOperatorMap").path("currency")
          .findValuesAsText("name")).contains("greaterThan");
    }
  }

  @Nested
  class Running {
    @Test
    void summaryRunIsShapedAsTheReportsApiSendsIt() {
      opportunity("Acme", "Prospecting", "1000.50", "2026-05-31");
      opportunity("Globex", "Prospecting", "2000", "2026-06-15");
      opportunity("Initech", "Closed Won", "5000", "2026-04-01");
      SalesforceId id = pipeline();

      HttpResponse response = send("GET", BASE + "/" + id.value() + "?includeDetails=true", null);

      assertThat(response.status()).isEqualTo(200);
      JsonNode body = json(response);
      assertThat(body.path("attributes").path("type").asText()).isEqualTo("Report");
      assertThat(body.path("attributes").path("describeUrl").asText()).isEqualTo(BASE + "/" + id.value() + "/describe");
      assertThat(body.path("allData").asBoolean()).isTrue();
      assertThat(body.path("hasDetailRows").asBoolean()).isTrue();
      JsonNode prospecting = body.path("groupingsDown").path("groupings").get(0);
      assertThat(prospecting.path("key").asText()).isEqualTo("0");
      assertThat(prospecting.path("label").asText()).isEqualTo("Prospecting");
      assertThat(prospecting.path("value").asText()).isEqualTo("Prospecting");
      assertThat(body.path("groupingsDown").path("groupings").get(1).path("label").asText()).isEqualTo("Closed Won");
      JsonNode fact = body.path("factMap").path("0!T");
      assertThat(fact.path("aggregates").get(0).path("label").asText()).isEqualTo("$3,000.50");
      assertThat(fact.path("aggregates").get(0).path("value").decimalValue()).isEqualByComparingTo("3000.50");
      assertThat(fact.path("aggregates").get(1).path("value").asInt()).isEqualTo(2);
      JsonNode cells = fact.path("rows").get(0).path("dataCells");
      assertThat(cells.get(0).path("label").asText()).isEqualTo("Acme");
      assertThat(cells.get(1).path("label").asText()).isEqualTo("$1,000.50");
      assertThat(cells.get(1).path("value").path("amount").decimalValue()).isEqualByComparingTo("1000.50");
      assertThat(cells.get(1).path("value").has("currency")).isTrue();
      assertThat(cells.get(2).path("label").asText()).isEqualTo("5/31/2026");
      assertThat(cells.get(2).path("value").asText()).isEqualTo("2026-05-31");
      assertThat(body.path("factMap").path("T!T").path("aggregates").get(1).path("value").asInt()).isEqualTo(3);
      assertThat(body.path("factMap").path("T!T").path("rows")).isEmpty();
    }

    @Test
    void matrixRunHasEveryCrossingWithRowColumnAndGrandTotals() {
      opportunity("A", "Prospecting", "100", "2026-05-03");
      opportunity("B", "Prospecting", "200", "2026-06-03");
      opportunity("C", "Closed Won", "400", "2026-06-20");
      SalesforceId id = org.reports().define(ReportDefinition.matrix(ReportKind.OPPORTUNITIES, "Matrix")
          .groupDown("STAGE_NAME").groupAcross("CLOSE_DATE", GroupingInfo.DateGranularity.MONTH)
          .aggregates("RowCount", "s!AMOUNT").build());

      JsonNode body = json(send("GET", BASE + "/" + id.value(), null));

      assertThat(body.path("groupingsAcross").path("groupings").get(0).path("label").asText()).isEqualTo("May 2026");
      assertThat(body.path("groupingsAcross").path("groupings").get(0).path("value").asText()).isEqualTo("2026-05-01");
      assertThat(body.path("factMap").fieldNames()).toIterable()
          .containsExactlyInAnyOrder("0!0", "0!1", "0!T", "1!0", "1!1", "1!T", "T!0", "T!1", "T!T");
      assertThat(body.path("factMap").path("1!0").path("aggregates").get(0).path("value").asInt()).isZero();
      assertThat(body.path("factMap").path("1!0").path("aggregates").get(1).path("label").asText()).isEqualTo("$0.00");
      assertThat(body.path("factMap").path("T!1").path("aggregates").get(1).path("value").asInt()).isEqualTo(600);
      assertThat(body.path("hasDetailRows").asBoolean()).isFalse();
    }

    @Test
    void postedReportMetadataReplacesTheFiltersForThisRunOnly() {
      opportunity("Small", "Prospecting", "10", "2026-05-03");
      opportunity("Big", "Prospecting", "10000", "2026-05-03");
      SalesforceId id = pipeline();

      JsonNode body = json(send("POST", BASE + "/" + id.value() + "?includeDetails=true",
          "{\"reportMetadata\":{\"reportFilters\":[{\"column\":\"AMOUNT\",\"operator\":\"greaterThan\",\"value\":\"100\"}]}}"));

      assertThat(body.path("factMap").path("T!T").path("aggregates").get(1).path("value").asInt()).isEqualTo(1);
      assertThat(body.path("reportMetadata").path("reportFilters").get(0).path("column").asText()).isEqualTo("AMOUNT");
      assertThat(json(send("GET", BASE + "/" + id.value() + "/describe", null))
          .path("reportMetadata").path("reportFilters")).isEmpty();
    }
  }

  @Nested
  class RunningAsynchronously {
    @Test
    void anInstanceStartsNewThenRunsThenAnswersItsResult() {
      opportunity("A", "Prospecting", "100", "2026-05-03");
      SalesforceId id = pipeline();

      JsonNode started = json(send("POST", BASE + "/" + id.value() + "/instances?includeDetails=true", null));
      String url = started.path("url").asText();
      JsonNode running = json(send("GET", url, null));
      JsonNode done = json(send("GET", url, null));

      assertThat(started.path("status").asText()).isEqualTo("New");
      assertThat(started.path("id").asText()).startsWith("0LG");
      assertThat(started.path("requestDate").asText()).isEqualTo("2026-05-01T17:03:11Z");
      assertThat(started.path("hasDetailRows").asBoolean()).isTrue();
      assertThat(url).isEqualTo(BASE + "/" + id.value() + "/instances/" + started.path("id").asText());
      assertThat(running.path("attributes").path("status").asText()).isEqualTo("Running");
      assertThat(running.has("factMap")).isFalse();
      assertThat(done.path("attributes").path("type").asText()).isEqualTo("ReportInstance");
      assertThat(done.path("attributes").path("status").asText()).isEqualTo("Success");
      assertThat(done.path("attributes").path("completionDate").asText()).isEqualTo("2026-05-01T17:03:11Z");
      assertThat(done.path("factMap").path("0!T").path("rows")).hasSize(1);
      JsonNode list = json(send("GET", BASE + "/" + id.value() + "/instances", null));
      assertThat(list.get(0).path("status").asText()).isEqualTo("Success");
      assertThat(list.get(0).path("queryable").asBoolean(true)).isFalse();
    }
  }

  @Nested
  class RunningUnsaved {
    @Test
    void queryRunsADefinitionThatIsNotSaved() {
      opportunity("A", "Prospecting", "100", "2026-05-03");
      opportunity("B", "Closed Won", "300", "2026-05-04");

      HttpResponse response = send("POST", BASE + "/query?includeDetails=true",
          "{\"reportMetadata\":{\"name\":\"Ad hoc\",\"reportFormat\":\"TABULAR\","
              + "\"reportType\":{\"type\":\"Opportunity\",\"label\":\"Opportunities\"},"
              + "\"detailColumns\":[\"OPPORTUNITY_NAME\"],\"aggregates\":[\"s!AMOUNT\"]}}");

      assertThat(response.status()).isEqualTo(200);
      JsonNode body = json(response);
      assertThat(body.path("attributes").path("type").asText()).isEqualTo("Report");
      assertThat(body.path("factMap").path("T!T").path("aggregates").get(0).path("value").asInt()).isEqualTo(400);
      assertThat(body.path("factMap").path("T!T").path("rows")).hasSize(2);
      assertThat(org.reports().recent()).isEmpty();
    }

    @Test
    void queryWithAnUnknownReportTypeIsABadRequest() {
      HttpResponse response = send("POST", BASE + "/query",
          "{\"reportMetadata\":{\"reportType\":{\"type\":\"CaseList\",\"label\":\"Cases\"}}}");

      assertThat(response.status()).isEqualTo(400);
      assertThat(json(response).get(0).path("message").asText())
          .isEqualTo("The report type CaseList isn't valid. Use one of [Opportunity, LeadList, AccountList, Activity].");
    }
  }

  @Nested
  class Refusing {
    @Test
    void unknownReportIsNotFound() {
      HttpResponse response = send("GET", BASE + "/00O000000000001", null);

      assertThat(response.status()).isEqualTo(404);
      JsonNode error = json(response).get(0);
      assertThat(error.path("errorCode").asText()).isEqualTo("NOT_FOUND");
      assertThat(error.path("message").asText()).isEqualTo("The requested resource does not exist");
      assertThat(error.has("fields")).isFalse();
    }

    @Test
    void filterOnAnUnknownColumnIsABadRequestNamingTheColumn() {
      SalesforceId id = pipeline();

      HttpResponse response = send("POST", BASE + "/" + id.value(),
          "{\"reportMetadata\":{\"reportFilters\":[{\"column\":\"NOPE\",\"operator\":\"equals\",\"value\":\"x\"}]}}");

      assertThat(response.status()).isEqualTo(400);
      assertThat(json(response).get(0).path("errorCode").asText()).isEqualTo("BAD_REQUEST");
      assertThat(json(response).get(0).path("message").asText()).startsWith("The column NOPE is not valid");
    }

    @Test
    void bodyWithoutReportMetadataIsABadRequest() {
      SalesforceId id = pipeline();

      HttpResponse response = send("POST", BASE + "/" + id.value(), "{\"filters\":[]}");

      assertThat(response.status()).isEqualTo(400);
      assertThat(json(response).get(0).path("message").asText())
          .isEqualTo("The request body must hold a reportMetadata object.");
    }

    @Test
    void deleteIsNotAllowed() {
      SalesforceId id = pipeline();

      HttpResponse response = send("DELETE", BASE + "/" + id.value(), null);

      assertThat(response.status()).isEqualTo(405);
      assertThat(json(response).get(0).path("errorCode").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    }
  }
}
