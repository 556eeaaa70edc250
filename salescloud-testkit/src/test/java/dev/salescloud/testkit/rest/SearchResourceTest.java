package dev.salescloud.testkit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.testkit.FakeSalesCloud;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SearchResourceTest {
  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final RestCalls calls = new RestCalls(org);

  private HttpResponse send(String method, String path) {
    return calls.send(method, path);
  }

  private HttpResponse search(String sosl) {
    return send("GET", "/services/data/v62.0/search/?q=" + URLEncoder.encode(sosl, StandardCharsets.UTF_8));
  }

  private String insert(String type, String body) {
    return calls.insert(type, body);
  }

  @Nested
  class Found {
    @Test
    void answersSearchRecordsWithAttributesAndTheLimitHeader() {
      String id = insert("Account", "{\"Name\":\"Acme\"}");

      HttpResponse response = search("FIND {Acme}");

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.header("Sforce-Limit-Info")).contains("api-usage=1/15000");
      assertThat(response.bodyText())
          .isEqualTo("{\"searchRecords\":[{\"attributes\":{\"type\":\"Account\",\"url\":"
              + "\"/services/data/v62.0/sobjects/Account/" + id + "\"},\"Id\":\"" + id + "\"}]}");
    }

    @Test
    void versionsUpToThirtyFiveAnswerTheBareArray() {
      String id = insert("Account", "{\"Name\":\"Acme\"}");

      HttpResponse old = send("GET", "/services/data/v35.0/search?q=FIND+%7BAcme%7D");
      HttpResponse newer = send("GET", "/services/data/v36.0/search?q=FIND+%7BAcme%7D");

      assertThat(old.bodyText())
          .isEqualTo("[{\"attributes\":{\"type\":\"Account\",\"url\":"
              + "\"/services/data/v35.0/sobjects/Account/" + id + "\"},\"Id\":\"" + id + "\"}]");
      assertThat(RestCalls.json(newer).get("searchRecords")).hasSize(1);
    }

    @Test
    void answersAnEmptyListWhenNothingMatches() {
      HttpResponse response = search("FIND {nothing} RETURNING Lead(Name)");

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.bodyText()).isEqualTo("{\"searchRecords\":[]}");
    }

    @Test
    void readsSpacesWrittenAsPlusSigns() {
      insert("Account", "{\"Name\":\"Acme\"}");

      HttpResponse response = send("GET", "/services/data/v62.0/search?q=FIND+%7BAcme%7D+RETURNING+Account(Name)");

      assertThat(RestCalls.json(response).get("searchRecords").get(0).get("Name").asText())
          .isEqualTo("Acme");
    }
  }

  @Nested
  class Refused {
    @Test
    void termWithoutBracesIsMalformedSearchWithSalesforcesMessage() {
      HttpResponse response = search("FIND Acme RETURNING Account");

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.bodyText())
          .isEqualTo("[{\"message\":\"No search term found. The search term must be enclosed in"
              + " braces.\",\"errorCode\":\"MALFORMED_SEARCH\"}]");
    }

    @Test
    void syntaxErrorShowsItsPosition() {
      JsonNode error = RestCalls.json(search("FIND {Acme} IN ALL TYPE RETURNING Account")).get(0);

      assertThat(error.get("errorCode").asText()).isEqualTo("MALFORMED_SEARCH");
      assertThat(error.get("message").asText()).contains("ERROR at Row:1:Column:20");
      assertThat(error.has("fields")).isFalse();
    }

    @Test
    void termOfOneCharacterIsInvalidSearch() {
      HttpResponse response = search("FIND {a} RETURNING Account");

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.bodyText())
          .isEqualTo("[{\"message\":\"search term must be longer than one character: a\","
              + "\"errorCode\":\"INVALID_SEARCH\"}]");
    }

    @Test
    void unknownObjectIsInvalidType() {
      JsonNode error = RestCalls.json(search("FIND {Acme} RETURNING Nope__c")).get(0);

      assertThat(error.get("errorCode").asText()).isEqualTo("INVALID_TYPE");
      assertThat(error.get("message").asText()).startsWith("sObject type 'Nope__c' is not supported.");
    }

    @Test
    void missingQueryIsMalformedSearch() {
      HttpResponse response = send("GET", "/services/data/v62.0/search");

      assertThat(response.status()).isEqualTo(400);
      assertThat(RestCalls.errorCode(response)).isEqualTo("MALFORMED_SEARCH");
    }

    @Test
    void otherMethodsAreNotAllowed() {
      HttpResponse response = send("POST", "/services/data/v62.0/search?q=FIND+%7BAcme%7D");

      assertThat(response.status()).isEqualTo(405);
      assertThat(RestCalls.errorCode(response)).isEqualTo("METHOD_NOT_ALLOWED");
    }
  }
}
