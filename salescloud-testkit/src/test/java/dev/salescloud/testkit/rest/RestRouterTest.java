package dev.salescloud.testkit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.schema.FieldOptions;
import dev.salescloud.testkit.schema.FieldType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RestRouterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeSalesCloud org =
      FakeSalesCloud.builder().fixedAt(Instant.parse("2024-05-01T17:03:11Z")).build();
  private final String token = org.accessToken();

  private HttpResponse send(String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.builder(method, URI.create("https://fake.my.salesforce.com" + path))
            .header("Authorization", "Bearer " + token);
    if (body != null) {
      request.body(body).header("Content-Type", "application/json");
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

  private String createLead() {
    HttpResponse created =
        send("POST", "/services/data/v62.0/sobjects/Lead", "{\"LastName\":\"Ng\",\"Company\":\"Acme\"}");
    return json(created).get("id").asText();
  }

  @Nested
  class Versions {
    @Test
    void listsVersions31To68WithSalesforcesLabels() {
      HttpResponse response =
          org.router().handle(
              HttpRequest.builder("GET", URI.create("https://x.my.salesforce.com/services/data/")).build());

      JsonNode versions = json(response);
      assertThat(response.status()).isEqualTo(200);
      assertThat(versions).hasSize(38);
      assertThat(versions.get(0).toString())
          .isEqualTo("{\"label\":\"Summer '14\",\"url\":\"/services/data/v31.0\",\"version\":\"31.0\"}");
      assertThat(versions.get(1).get("label").asText()).isEqualTo("Winter '15");
      assertThat(versions.get(31).get("label").asText()).isEqualTo("Winter '25");
      assertThat(versions.get(31).get("version").asText()).isEqualTo("62.0");
      assertThat(versions.get(37).get("version").asText()).isEqualTo("68.0");
    }

    @Test
    void anUnsupportedVersionIsNotFound() {
      HttpResponse response = send("GET", "/services/data/v30.0/sobjects/Lead/" + createLead(), null);

      assertThat(response.status()).isEqualTo(404);
      assertThat(json(response).toString())
          .isEqualTo("[{\"message\":\"The requested resource does not exist\",\"errorCode\":\"NOT_FOUND\"}]");
    }

    @Test
    void versionNumbersOutOfAnyRangeAreNotFound() {
      for (String version : List.of("v99999999999.0", "v62.1", "62.0", "latest")) {
        assertThat(send("GET", "/services/data/" + version + "/sobjects/Lead/x", null).status())
            .as(version)
            .isEqualTo(404);
      }
    }

    @Test
    void aDoubleSlashBeforeServicesIsAnsweredLikeSalesforceDoes() {
      String id = createLead();

      assertThat(send("GET", "//services/data/v62.0/sobjects/Lead/" + id, null).status()).isEqualTo(200);
    }

    @Test
    void versionsAndObjectNamesIgnoreCase() {
      String id = createLead();

      HttpResponse response = send("GET", "/services/data/V62.0/sobjects/lEAD/" + id, null);

      assertThat(response.status()).isEqualTo(200);
      assertThat(json(response).get("attributes").toString())
          .isEqualTo("{\"type\":\"Lead\",\"url\":\"/services/data/v62.0/sobjects/Lead/" + id + "\"}");
    }
  }

  @Nested
  class Records {
    @Test
    void createAnswers201WithASaveResult() {
      HttpResponse response =
          send("POST", "/services/data/v67.0/sobjects/Account", "{\"Name\":\"Acme\"}");

      JsonNode body = json(response);
      assertThat(response.status()).isEqualTo(201);
      assertThat(body.get("id").asText()).startsWith("001").hasSize(18);
      assertThat(body.get("success").asBoolean()).isTrue();
      assertThat(body.get("errors")).isEmpty();
    }

    @Test
    void readsDatetimesInSalesforcesFormatAndTheRequestsVersionInTheUrl() {
      String id = createLead();

      JsonNode lead = json(send("GET", "/services/data/v58.0/sobjects/Lead/" + id, null));

      assertThat(lead.get("attributes").get("url").asText()).startsWith("/services/data/v58.0/");
      assertThat(lead.get("CreatedDate").asText()).isEqualTo("2024-05-01T17:03:11.000+0000");
      assertThat(lead.get("Title").isNull()).isTrue();
    }

    @Test
    void readsTheFieldsAskedAndRefusesUnknownOnes() {
      String id = createLead();

      JsonNode some = json(send("GET", "/services/data/v62.0/sobjects/Lead/" + id + "?fields=company,Status", null));
      HttpResponse bad = send("GET", "/services/data/v62.0/sobjects/Lead/" + id + "?fields=Nope", null);

      assertThat(some.fieldNames()).toIterable().containsExactly("attributes", "Id", "Company", "Status");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(json(bad).get(0).get("errorCode").asText()).isEqualTo("INVALID_FIELD");
    }

    @Test
    void updateAndDeleteAnswer204() {
      String id = createLead();

      HttpResponse updated = send("PATCH", "/services/data/v62.0/sobjects/Lead/" + id, "{\"Title\":\"CTO\"}");
      HttpResponse deleted = send("DELETE", "/services/data/v62.0/sobjects/Lead/" + id, null);
      HttpResponse again = send("DELETE", "/services/data/v62.0/sobjects/Lead/" + id, null);

      assertThat(updated.status()).isEqualTo(204);
      assertThat(updated.body()).isEmpty();
      assertThat(deleted.status()).isEqualTo(204);
      assertThat(again.status()).isEqualTo(404);
      assertThat(json(again).toString())
          .isEqualTo("[{\"message\":\"entity is deleted\",\"errorCode\":\"ENTITY_IS_DELETED\",\"fields\":[]}]");
    }

    @Test
    void theMethodOverrideParameterPatches() {
      String id = createLead();

      HttpResponse response =
          send("POST", "/services/data/v62.0/sobjects/Lead/" + id + "?_HttpMethod=PATCH", "{\"Title\":\"CTO\"}");

      assertThat(response.status()).isEqualTo(204);
    }

    @Test
    void refusesAnIdInTheCreateBody() {
      HttpResponse response =
          send("POST", "/services/data/v62.0/sobjects/Account", "{\"Id\":\"001000000000001\",\"Name\":\"A\"}");

      assertThat(response.status()).isEqualTo(400);
      assertThat(json(response).get(0).get("message").asText())
          .isEqualTo("The Id field should not be specified in the sobject data.");
    }

    @Test
    void refusesReadOnlyFieldsAndValuesOfTheWrongType() {
      HttpResponse readOnly =
          send("POST", "/services/data/v62.0/sobjects/Lead", "{\"LastName\":\"Ng\",\"Company\":\"A\",\"IsConverted\":true}");
      HttpResponse wrongType =
          send("POST", "/services/data/v62.0/sobjects/Account", "{\"Name\":\"A\",\"NumberOfEmployees\":\"many\"}");
      HttpResponse badId =
          send("POST", "/services/data/v62.0/sobjects/Contact", "{\"LastName\":\"Ng\",\"AccountId\":\"xyz\"}");

      assertThat(json(readOnly).get(0).get("errorCode").asText()).isEqualTo("INVALID_FIELD_FOR_INSERT_UPDATE");
      assertThat(json(readOnly).get(0).get("fields").toString()).isEqualTo("[\"IsConverted\"]");
      assertThat(json(wrongType).get(0).get("errorCode").asText()).isEqualTo("INVALID_TYPE_ON_FIELD_IN_RECORD");
      assertThat(json(wrongType).get(0).get("message").asText())
          .isEqualTo("NumberOfEmployees: value not of required type: many");
      assertThat(json(badId).get(0).get("errorCode").asText()).isEqualTo("MALFORMED_ID");
    }
  }

  @Nested
  class Upserts {
    @Test
    void answers201Then200WithCreatedAnd300ForSeveralMatches() {
      org.schema().addField("Account", "Erp__c", FieldType.STRING, FieldOptions.builder().length(10).externalId().build());
      String path = "/services/data/v62.0/sobjects/Account/Erp__c/E%201";

      HttpResponse created = send("PATCH", path, "{\"Name\":\"A\"}");
      HttpResponse updated = send("PATCH", path, "{\"Name\":\"B\"}");
      send("POST", "/services/data/v62.0/sobjects/Account", "{\"Name\":\"C\",\"Erp__c\":\"E 1\"}");
      HttpResponse ambiguous = send("PATCH", path, "{\"Name\":\"D\"}");

      assertThat(created.status()).isEqualTo(201);
      assertThat(json(created).get("created").asBoolean()).isTrue();
      assertThat(updated.status()).isEqualTo(200);
      assertThat(json(updated).get("created").asBoolean()).isFalse();
      assertThat(json(updated).get("id")).isEqualTo(json(created).get("id"));
      assertThat(ambiguous.status()).isEqualTo(300);
      assertThat(json(ambiguous)).hasSize(2);
      assertThat(json(ambiguous).get(0).asText()).startsWith("/services/data/v62.0/sobjects/Account/001");
    }

    @Test
    void readsAndDeletesByExternalId() {
      org.schema().addField("Account", "Erp__c", FieldType.STRING, FieldOptions.builder().length(10).externalId().build());
      send("POST", "/services/data/v62.0/sobjects/Account", "{\"Name\":\"A\",\"Erp__c\":\"E-1\"}");

      HttpResponse read = send("GET", "/services/data/v62.0/sobjects/Account/Erp__c/e-1?fields=Name", null);
      HttpResponse deleted = send("DELETE", "/services/data/v62.0/sobjects/Account/Erp__c/E-1", null);
      HttpResponse gone = send("GET", "/services/data/v62.0/sobjects/Account/Erp__c/E-1", null);

      assertThat(read.status()).isEqualTo(200);
      assertThat(json(read).get("Name").asText()).isEqualTo("A");
      assertThat(deleted.status()).isEqualTo(204);
      assertThat(gone.status()).isEqualTo(404);
      assertThat(json(gone).get(0).get("errorCode").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void readingByAnAmbiguousExternalIdListsTheMatches() {
      org.schema().addField("Account", "Site__c", FieldType.STRING, FieldOptions.builder().externalId().build());
      for (int i = 0; i < 3; i++) {
        send("POST", "/services/data/v62.0/sobjects/Account", "{\"Name\":\"A\",\"Site__c\":\"HQ\"}");
      }

      HttpResponse response = send("GET", "/services/data/v62.0/sobjects/Account/Site__c/HQ", null);

      assertThat(response.status()).isEqualTo(300);
      assertThat(json(response)).hasSize(3);
    }

    @Test
    void anUnknownFieldIsNotFound() {
      HttpResponse response = send("PATCH", "/services/data/v62.0/sobjects/Account/Nope__c/1", "{\"Name\":\"A\"}");

      assertThat(response.status()).isEqualTo(404);
      assertThat(json(response).get(0).get("errorCode").asText()).isEqualTo("NOT_FOUND");
    }
  }

  @Nested
  class Refusals {
    @Test
    void aMissingOrUnknownTokenIsAnInvalidSession() {
      HttpResponse missing =
          org.router().handle(
              HttpRequest.builder("GET", URI.create("https://x/services/data/v62.0/sobjects/Lead/00Q000000000001")).build());
      HttpResponse unknown =
          org.router().handle(
              HttpRequest.builder("GET", URI.create("https://x/services/data/v62.0/sobjects/Lead/00Q000000000001"))
                  .header("Authorization", "Bearer 00D!nope")
                  .build());

      String expected = "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]";
      assertThat(missing.status()).isEqualTo(401);
      assertThat(missing.bodyText()).isEqualTo(expected);
      assertThat(unknown.status()).isEqualTo(401);
      assertThat(org.apiCallsToday()).isZero();
    }

    @Test
    void aRevokedTokenIsRefused() {
      org.revoke(token);

      assertThat(send("GET", "/services/data/v62.0/sobjects/Lead/00Q000000000001", null).status())
          .isEqualTo(401);
    }

    @Test
    void malformedJsonIsAParserError() {
      HttpResponse response = send("POST", "/services/data/v62.0/sobjects/Lead", "{\"LastName\":");

      assertThat(response.status()).isEqualTo(400);
      assertThat(json(response).get(0).get("errorCode").asText()).isEqualTo("JSON_PARSER_ERROR");
      assertThat(json(response).get(0).get("message").asText()).contains("[line:1, column:");
    }

    @Test
    void aBodyThatIsNotAnObjectIsAParserError() {
      HttpResponse response = send("POST", "/services/data/v62.0/sobjects/Lead", "[1]");

      assertThat(json(response).get(0).get("errorCode").asText()).isEqualTo("JSON_PARSER_ERROR");
    }

    @Test
    void aWrongMethodIsNotAllowed() {
      HttpResponse response = send("PUT", "/services/data/v62.0/sobjects/Lead/" + createLead(), "{}");

      assertThat(response.status()).isEqualTo(405);
      assertThat(json(response).get(0).get("errorCode").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void unknownObjectsAndPathsAreNotFound() {
      assertThat(send("POST", "/services/data/v62.0/sobjects/Nope", "{}").status()).isEqualTo(404);
      assertThat(send("GET", "/services/data/v62.0/nowhere", null).status()).isEqualTo(404);
      assertThat(send("GET", "/elsewhere", null).status()).isEqualTo(404);
    }
  }

  @Nested
  class LimitInfo {
    @Test
    void everyAuthenticatedAnswerCarriesTheDailyCount() {
      HttpResponse first = send("POST", "/services/data/v62.0/sobjects/Nope", "{}");
      HttpResponse second = send("POST", "/services/data/v62.0/sobjects/Account", "{\"Name\":\"A\"}");

      assertThat(first.header("Sforce-Limit-Info")).contains("api-usage=1/15000");
      assertThat(second.header("Sforce-Limit-Info")).contains("api-usage=2/15000");
    }
  }
}
