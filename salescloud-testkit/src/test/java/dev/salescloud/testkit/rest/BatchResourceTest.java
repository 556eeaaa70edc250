package dev.salescloud.testkit.rest;

import static dev.salescloud.testkit.rest.OrgCalls.json;
import static dev.salescloud.testkit.rest.OrgCalls.quoted;
import static dev.salescloud.testkit.rest.OrgCalls.refusal;
import static dev.salescloud.testkit.rest.OrgCalls.refusalBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.client.transport.HttpResponse;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BatchResourceTest {
  private static final String BATCH = "/services/data/v62.0/composite/batch";
  private static final String NEW_ACCOUNT =
      "{'method':'POST','url':'v62.0/sobjects/Account','richInput':{'Name':'Later'}}";

  private final OrgCalls calls = new OrgCalls();

  private HttpResponse batch(String body) {
    return calls.send("POST", BATCH, quoted(body));
  }

  @Nested
  class Running {
    @Test
    void runsIndependentSubrequestsWithRelativeUrlsAndRichInput() {
      String id = calls.createAccount("Acme");

      HttpResponse response =
          batch("{'batchRequests':["
              + "{'method':'PATCH','url':'v62.0/sobjects/account/" + id + "','richInput':{'Name':'NewName'}},"
              + "{'method':'GET','url':'v62.0/sobjects/account/" + id + "?fields=Name'}]}");

      assertThat(response.status()).isEqualTo(200);
      JsonNode body = json(response);
      assertThat(body.get("hasErrors").asBoolean()).isFalse();
      assertThat(body.get("results").get(0).toString()).isEqualTo("{\"statusCode\":204,\"result\":null}");
      JsonNode read = body.get("results").get(1);
      assertThat(read.get("statusCode").asInt()).isEqualTo(200);
      assertThat(read.get("result").toString())
          .isEqualTo("{\"attributes\":{\"type\":\"Account\",\"url\":\"/services/data/v62.0/sobjects/Account/"
              + id + "\"},\"Id\":\"" + id + "\",\"Name\":\"NewName\"}");
    }

    @Test
    void keepsGoingAfterAFailureAndRollsNothingBack() {
      HttpResponse response =
          batch("{'batchRequests':[" + NEW_ACCOUNT + ","
              + "{'method':'GET','url':'v62.0/sobjects/Account/001000000000000AAA'}," + NEW_ACCOUNT + "]}");

      JsonNode body = json(response);
      assertThat(body.get("hasErrors").asBoolean()).isTrue();
      assertThat(body.get("results").get(1).toString())
          .isEqualTo("{\"statusCode\":404,\"result\":[{\"message\":\"The requested resource does not"
              + " exist\",\"errorCode\":\"NOT_FOUND\"}]}");
      assertThat(body.get("results").get(2).get("statusCode").asInt()).isEqualTo(201);
      assertThat(calls.count("Account")).isEqualTo(2);
    }

    @Test
    void haltOnErrorAnswers412ForEverySubrequestAfterTheFirstFailure() {
      HttpResponse response =
          batch("{'haltOnError':true,'batchRequests':[" + NEW_ACCOUNT + ","
              + "{'method':'POST','url':'v62.0/sobjects/Contact','richInput':{'FirstName':'Ada'}},"
              + NEW_ACCOUNT + "," + NEW_ACCOUNT + "]}");

      JsonNode results = json(response).get("results");
      assertThat(results.get(0).get("statusCode").asInt()).isEqualTo(201);
      assertThat(results.get(1).get("result").get(0).get("errorCode").asText())
          .isEqualTo("REQUIRED_FIELD_MISSING");
      assertThat(results.get(2).toString())
          .isEqualTo("{\"statusCode\":412,\"result\":[{\"errorCode\":\"BATCH_PROCESSING_HALTED\","
              + "\"message\":\"Batch processing halted per request\"}]}");
      assertThat(results.get(3).get("statusCode").asInt()).isEqualTo(412);
      assertThat(calls.count("Account")).isEqualTo(1);
    }
  }

  @Nested
  class Accounting {
    @Test
    void everySubrequestRunCountsAsOneApiCall() {
      int before = calls.org.apiCallsToday();

      HttpResponse response =
          batch("{'batchRequests':[" + String.join(",", Collections.nCopies(3, NEW_ACCOUNT)) + "]}");

      assertThat(calls.org.apiCallsToday()).isEqualTo(before + 3);
      assertThat(response.header("Sforce-Limit-Info")).contains("api-usage=" + (before + 3) + "/15000");
    }
  }

  @Nested
  class Refusals {
    @Test
    void moreThan25SubrequestsAreRefusedBeforeAnyEffect() {
      HttpResponse response =
          batch("{'batchRequests':[" + String.join(",", Collections.nCopies(26, NEW_ACCOUNT)) + "]}");

      assertThat(refusalBody(response))
          .isEqualTo("400 [{\"message\":\"A batch request may contain at most 25 subrequests; this one has"
              + " 26\",\"errorCode\":\"LIMIT_EXCEEDED\",\"fields\":[]}]");
      assertThat(calls.count("Account")).isZero();
    }

    @Test
    void aBadMethodOrUrlFailsTheWholeBatchWhateverHaltOnErrorSays() {
      for (String bad : List.of("{'method':'FETCH','url':'v62.0/limits'}", "{'method':'GET'}",
          "{'method':'GET','url':7}")) {
        HttpResponse response = batch("{'batchRequests':[" + NEW_ACCOUNT + "," + bad + "]}");

        assertThat(refusal(response)).as(bad).isEqualTo("400 JSON_PARSER_ERROR");
      }
      assertThat(calls.count("Account")).isZero();
    }

    @Test
    void binaryPartsAreRefused() {
      HttpResponse response =
          batch("{'batchRequests':[{'method':'POST','url':'v62.0/sobjects/ContentVersion',"
              + "'richInput':{},'binaryPartName':'file'}]}");

      assertThat(refusal(response)).isEqualTo("400 INVALID_MULTIPART_REQUEST");
    }

    @Test
    void malformedJsonIsAParserErrorAndOtherMethodsAreNotAllowed() {
      HttpResponse response = calls.send("POST", BATCH, "{\"batchRequests\":[}");

      assertThat(refusal(response)).isEqualTo("400 JSON_PARSER_ERROR");
      assertThat(calls.send("GET", BATCH, null).status()).isEqualTo(405);
    }
  }
}
