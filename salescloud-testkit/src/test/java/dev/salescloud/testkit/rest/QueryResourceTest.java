package dev.salescloud.testkit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.soql.SoqlParser;
import dev.salescloud.client.soql.SoqlSyntaxException;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.testkit.FakeSalesCloud;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QueryResourceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeSalesCloud org =
      FakeSalesCloud.builder().fixedAt(Instant.parse("2024-05-01T17:03:11Z")).build();
  private final String token = org.accessToken();

  private HttpResponse get(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.builder("GET", URI.create("https://fake.my.salesforce.com" + path))
            .header("Authorization", "Bearer " + token);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return org.router().handle(request.build());
  }

  private HttpResponse query(String soql, String... headers) {
    return get("/services/data/v62.0/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8),
        headers);
  }

  private static JsonNode json(HttpResponse response) {
    try {
      return JSON.readTree(response.bodyText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String insert(String type, String body) {
    try {
      return org.store().insert(type, (ObjectNode) JSON.readTree(body)).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void leads(int count) {
    for (int i = 0; i < count; i++) {
      insert("Lead", "{\"LastName\":\"L" + i + "\",\"Company\":\"x\"}");
    }
  }

  @Nested
  class Records {
    @Test
    void shapesRecordsWithAttributesThenTheFieldsInSelectOrderAndNulls() {
      String id = insert("Lead", "{\"LastName\":\"Ng\",\"Company\":\"Acme\"}");

      HttpResponse response = query("SELECT Title, lastname, Id FROM Lead");

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.header("Sforce-Limit-Info")).contains("api-usage=1/15000");
      assertThat(response.bodyText())
          .isEqualTo("{\"totalSize\":1,\"done\":true,\"records\":[{\"attributes\":{\"type\":\"Lead\","
              + "\"url\":\"/services/data/v62.0/sobjects/Lead/" + id + "\"},\"Title\":null,"
              + "\"LastName\":\"Ng\",\"Id\":\"" + id + "\"}]}");
    }

    @Test
    void answersAnEmptyResultWithNoRecords() {
      assertThat(query("SELECT Id FROM Lead").bodyText())
          .isEqualTo("{\"totalSize\":0,\"done\":true,\"records\":[]}");
    }

    @Test
    void nestsParentRecordsWithTheirOwnAttributesOrNull() {
      String acme = insert("Account", "{\"Name\":\"Acme\"}");
      String ng = insert("Contact", "{\"LastName\":\"Ng\",\"AccountId\":\"" + acme + "\"}");
      String orphan = insert("Contact", "{\"LastName\":\"Orphan\"}");
      String user = org.store().runningUserId().value();

      JsonNode records =
          json(query("SELECT Id, Account.Name, Account.Owner.Alias, Account.Id FROM Contact"))
              .get("records");

      assertThat(records.get(0).toString())
          .isEqualTo("{\"attributes\":{\"type\":\"Contact\",\"url\":\"/services/data/v62.0/sobjects"
              + "/Contact/" + ng + "\"},\"Id\":\"" + ng + "\",\"Account\":{\"attributes\":{\"type\":"
              + "\"Account\",\"url\":\"/services/data/v62.0/sobjects/Account/" + acme + "\"},"
              + "\"Name\":\"Acme\",\"Owner\":{\"attributes\":{\"type\":\"User\",\"url\":"
              + "\"/services/data/v62.0/sobjects/User/" + user + "\"},\"Alias\":\"admin\"},"
              + "\"Id\":\"" + acme + "\"}}");
      assertThat(records.get(1).toString())
          .isEqualTo("{\"attributes\":{\"type\":\"Contact\",\"url\":\"/services/data/v62.0/sobjects"
              + "/Contact/" + orphan + "\"},\"Id\":\"" + orphan + "\",\"Account\":null}");
    }

    @Test
    void nestsChildRecordsAsAQueryResultOrNull() {
      String acme = insert("Account", "{\"Name\":\"Acme\"}");
      String ng = insert("Contact", "{\"LastName\":\"Ng\",\"AccountId\":\"" + acme + "\"}");
      String empty = insert("Account", "{\"Name\":\"Empty\"}");

      JsonNode records =
          json(query("SELECT Name, (SELECT LastName FROM Contacts) FROM Account")).get("records");

      assertThat(records.get(0).toString())
          .isEqualTo("{\"attributes\":{\"type\":\"Account\",\"url\":\"/services/data/v62.0/sobjects"
              + "/Account/" + acme + "\"},\"Name\":\"Acme\",\"Contacts\":{\"totalSize\":1,"
              + "\"done\":true,\"records\":[{\"attributes\":{\"type\":\"Contact\",\"url\":"
              + "\"/services/data/v62.0/sobjects/Contact/" + ng + "\"},\"LastName\":\"Ng\"}]}}");
      assertThat(records.get(1).toString())
          .isEqualTo("{\"attributes\":{\"type\":\"Account\",\"url\":\"/services/data/v62.0/sobjects"
              + "/Account/" + empty + "\"},\"Name\":\"Empty\",\"Contacts\":null}");
    }

    @Test
    void countsWithoutRecords() {
      leads(3);

      assertThat(query("SELECT COUNT() FROM Lead WHERE LastName != 'L1'").bodyText())
          .isEqualTo("{\"totalSize\":2,\"done\":true,\"records\":[]}");
    }

    @Test
    void shapesAggregateRowsWithTheirTypeAndExprColumns() {
      insert("Lead", "{\"LastName\":\"A\",\"Company\":\"x\",\"NumberOfEmployees\":5}");
      insert("Lead", "{\"LastName\":\"B\",\"Company\":\"x\",\"NumberOfEmployees\":7}");
      insert("Lead", "{\"LastName\":\"C\",\"Company\":\"y\"}");

      HttpResponse response =
          query("SELECT Company, COUNT(Id), SUM(NumberOfEmployees) staff, MAX(NumberOfEmployees)"
              + " FROM Lead GROUP BY Company ORDER BY Company");

      assertThat(response.bodyText())
          .isEqualTo("{\"totalSize\":2,\"done\":true,\"records\":["
              + "{\"attributes\":{\"type\":\"AggregateResult\"},\"Company\":\"x\",\"expr0\":2,"
              + "\"staff\":12,\"expr1\":7},"
              + "{\"attributes\":{\"type\":\"AggregateResult\"},\"Company\":\"y\",\"expr0\":1,"
              + "\"staff\":null,\"expr1\":null}]}");
    }

    @Test
    void queryAllAnswersRecycledRecordsThatQueryLeavesOut() {
      String id = insert("Lead", "{\"LastName\":\"Ng\",\"Company\":\"Acme\"}");
      org.store().delete("Lead", id);

      HttpResponse all =
          get("/services/data/v62.0/queryAll?q=SELECT+Id,IsDeleted+FROM+Lead");

      assertThat(json(query("SELECT Id FROM Lead")).get("totalSize").asInt()).isZero();
      assertThat(json(all).get("records").get(0).get("IsDeleted").asBoolean()).isTrue();
    }
  }

  @Nested
  class Paging {
    @Test
    void cutsResultsIntoPagesOf2000ByDefaultWithALocatorUrl() {
      leads(2001);

      JsonNode first = json(query("SELECT LastName FROM Lead"));
      String next = first.get("nextRecordsUrl").asText();
      JsonNode second = json(get(next));

      assertThat(first.get("totalSize").asInt()).isEqualTo(2001);
      assertThat(first.get("done").asBoolean()).isFalse();
      assertThat(first.get("records")).hasSize(2000);
      assertThat(next).matches("/services/data/v62\\.0/query/0r8[0-9A-Za-z]{15}-2000");
      assertThat(second.toString()).startsWith("{\"totalSize\":2001,\"done\":true,\"records\":[");
      assertThat(second.has("nextRecordsUrl")).isFalse();
      assertThat(second.get("records").get(0).get("LastName").asText()).isEqualTo("L2000");
    }

    @Test
    void honoursTheBatchSizeOptionWithin200And2000() {
      leads(450);

      JsonNode asked = json(query("SELECT Id FROM Lead", "Sforce-Query-Options", "batchSize=300"));
      JsonNode tooSmall = json(query("SELECT Id FROM Lead", "Sforce-Query-Options", "batchSize=5"));
      JsonNode junk = json(query("SELECT Id FROM Lead", "Sforce-Query-Options", "batchSize=many"));

      assertThat(asked.get("records")).hasSize(300);
      assertThat(asked.get("nextRecordsUrl").asText()).endsWith("-300");
      assertThat(tooSmall.get("records")).hasSize(200);
      assertThat(junk.get("records")).hasSize(450);
      assertThat(junk.get("done").asBoolean()).isTrue();
    }

    @Test
    void servesLaterPagesFromASnapshotTakenWhenTheQueryRan() {
      leads(250);
      JsonNode first = json(query("SELECT LastName FROM Lead", "Sforce-Query-Options", "batchSize=200"));
      insert("Lead", "{\"LastName\":\"Late\",\"Company\":\"x\"}");

      String locator = first.get("nextRecordsUrl").asText().replace("/query/", "/queryAll/");
      JsonNode second = json(get(locator, "Sforce-Query-Options", "batchSize=200"));

      assertThat(second.get("records")).hasSize(50);
      assertThat(second.get("totalSize").asInt()).isEqualTo(250);
      assertThat(second.get("records").get(49).get("LastName").asText()).isEqualTo("L249");
    }

    @Test
    void refusesAnUnknownLocator() {
      HttpResponse unknown = get("/services/data/v62.0/query/0r8000000000001AAA-2000");
      HttpResponse shapeless = get("/services/data/v62.0/query/nonsense");

      assertThat(unknown.status()).isEqualTo(400);
      assertThat(unknown.bodyText())
          .isEqualTo("[{\"message\":\"invalid query locator\",\"errorCode\":\"INVALID_QUERY_LOCATOR\"}]");
      assertThat(json(shapeless).get(0).get("errorCode").asText()).isEqualTo("INVALID_QUERY_LOCATOR");
    }
  }

  @Nested
  class Refusals {
    @Test
    void answersSyntaxErrorsWithTheParsersMalformedQueryMessage() {
      String soql = "SELECT Id FORM Lead";
      String message;
      try {
        SoqlParser.parse(soql);
        throw new AssertionError("parsed");
      } catch (SoqlSyntaxException e) {
        message = e.getMessage();
      }

      HttpResponse response = query(soql);

      assertThat(response.status()).isEqualTo(400);
      assertThat(json(response).get(0).get("message").asText()).isEqualTo(message);
      assertThat(json(response).get(0).get("errorCode").asText()).isEqualTo("MALFORMED_QUERY");
      assertThat(json(response).get(0).has("fields")).isFalse();
    }

    @Test
    void refusesOffsetsAbove2000AsOutOfRange() {
      HttpResponse response = query("SELECT Id FROM Lead OFFSET 2001");

      assertThat(response.status()).isEqualTo(400);
      assertThat(json(response).get(0).get("errorCode").asText())
          .isEqualTo("NUMBER_OUTSIDE_VALID_RANGE");
    }

    @Test
    void refusesUnknownObjectsAndFieldsWithSalesforcesCodes() {
      JsonNode type = json(query("SELECT Id FROM Widget__c")).get(0);
      JsonNode field = json(query("SELECT Shoe FROM Lead")).get(0);

      assertThat(type.get("errorCode").asText()).isEqualTo("INVALID_TYPE");
      assertThat(type.get("message").asText())
          .startsWith("sObject type 'Widget__c' is not supported.");
      assertThat(field.get("errorCode").asText()).isEqualTo("INVALID_FIELD");
      assertThat(field.get("message").asText()).startsWith("No such column 'Shoe' on entity 'Lead'.");
    }

    @Test
    void asksForAQueryStringAndOnlyAnswersGet() {
      HttpResponse missing = get("/services/data/v62.0/query");
      HttpResponse post =
          org.router().handle(
              HttpRequest.builder(
                      "POST", URI.create("https://fake.my.salesforce.com/services/data/v62.0/query?q=x"))
                  .header("Authorization", "Bearer " + token)
                  .build());

      assertThat(missing.bodyText())
          .isEqualTo("[{\"message\":\"A query string has to be specified\",\"errorCode\":\"MALFORMED_QUERY\"}]");
      assertThat(post.status()).isEqualTo(405);
      assertThat(json(post).get(0).get("errorCode").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    }
  }
}
