package dev.salescloud.testkit.rest;

import static dev.salescloud.testkit.rest.OrgCalls.json;
import static dev.salescloud.testkit.rest.OrgCalls.quoted;
import static dev.salescloud.testkit.rest.OrgCalls.refusal;
import static dev.salescloud.testkit.rest.OrgCalls.refusalBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.SalesforceId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CompositeResourceTest {
  private static final String COMPOSITE = "/services/data/v62.0/composite";
  private static final String HALTED =
      "[{\"errorCode\":\"PROCESSING_HALTED\",\"message\":\"The transaction was rolled back since"
          + " another operation in the same transaction failed.\"}]";

  private final OrgCalls calls = new OrgCalls();

  private static String sub(String method, String url, String referenceId, String body) {
    return "{'method':'" + method + "','url':'" + url + "','referenceId':'" + referenceId + "'"
        + (body == null ? "" : ",'body':" + body) + "}";
  }

  private static String composite(Boolean allOrNone, String... subrequests) {
    return "{" + (allOrNone == null ? "" : "'allOrNone':" + allOrNone + ",")
        + "'compositeRequest':[" + String.join(",", subrequests) + "]}";
  }

  private JsonNode post(String body) {
    HttpResponse response = calls.send("POST", COMPOSITE, quoted(body));
    assertThat(response.status()).isEqualTo(200);
    return json(response).get("compositeResponse");
  }

  private static List<Integer> statuses(JsonNode responses) {
    List<Integer> out = new ArrayList<>();
    responses.forEach(r -> out.add(r.get("httpStatusCode").asInt()));
    return out;
  }

  private static String newAccount(String referenceId, String name) {
    return sub("POST", "/services/data/v62.0/sobjects/Account", referenceId, "{'Name':'" + name + "'}");
  }

  private static String createContact(String referenceId, String fields) {
    return sub("POST", "/services/data/v62.0/sobjects/Contact", referenceId, "{" + fields + "}");
  }

  @Nested
  class References {
    @Test
    void chainsAnAccountAContactAQueryAndAnUpdateThroughReferences() {
      JsonNode responses =
          post(composite(
              true,
              newAccount("acct", "Acme"),
              createContact("contact", "'LastName':'Ng','AccountId':'@{acct.id}'"),
              sub("GET", "/services/data/v62.0/query?q=SELECT+Id,AccountId+FROM+Contact+WHERE"
                  + "+AccountId=%27@{acct.id}%27", "found", null),
              sub("PATCH", "/services/data/v62.0/sobjects/Contact/@{found.records[0].Id}", "renamed",
                  "{'FirstName':'Ada'}"),
              sub("GET", "/services/data/v62.0/sobjects/Contact/@{contact.id}?fields=FirstName,AccountId",
                  "read", null)));

      assertThat(statuses(responses)).containsExactly(201, 201, 200, 204, 200);
      String account = responses.get(0).get("body").get("id").asText();
      String contact = responses.get(1).get("body").get("id").asText();
      assertThat(responses.get(0).toString())
          .isEqualTo("{\"body\":{\"id\":\"" + account + "\",\"success\":true,\"errors\":[]},"
              + "\"httpHeaders\":{\"Location\":\"/services/data/v62.0/sobjects/Account/" + account
              + "\"},\"httpStatusCode\":201,\"referenceId\":\"acct\"}");
      assertThat(responses.get(2).get("body").get("totalSize").asInt()).isEqualTo(1);
      assertThat(responses.get(3).toString())
          .isEqualTo("{\"body\":null,\"httpHeaders\":{},\"httpStatusCode\":204,\"referenceId\":\"renamed\"}");
      JsonNode read = responses.get(4).get("body");
      assertThat(read.get("Id").asText()).isEqualTo(contact);
      assertThat(read.get("FirstName").asText()).isEqualTo("Ada");
      assertThat(read.get("AccountId").asText()).isEqualTo(account);
    }

    @Test
    void referencesAreCaseSensitiveAndAWrongPathHaltsOnlyThatSubrequest() {
      JsonNode responses =
          post(composite(
              null,
              newAccount("acct", "Acme"),
              createContact("contact", "'LastName':'Ng','AccountId':'@{acct.Id}'")));

      assertThat(statuses(responses)).containsExactly(201, 400);
      JsonNode error = responses.get(1).get("body").get(0);
      assertThat(error.get("errorCode").asText()).isEqualTo("PROCESSING_HALTED");
      assertThat(error.get("message").asText())
          .startsWith("Invalid reference specified. No value for acct.Id found in acct.");
      assertThat(calls.count("Account")).isEqualTo(1);
      assertThat(calls.count("Contact")).isZero();
    }

    @Test
    void aReferenceToAFailedSubrequestHaltsItWhileIndependentOnesRun() {
      JsonNode responses =
          post(composite(
              false,
              createContact("bad", "'FirstName':'Ada'"),
              newAccount("acct", "Acme"),
              sub("PATCH", "/services/data/v62.0/sobjects/Contact/@{bad.id}", "fix", "{'LastName':'X'}")));

      assertThat(statuses(responses)).containsExactly(400, 201, 400);
      assertThat(responses.get(0).get("body").toString())
          .isEqualTo("[{\"message\":\"Required fields are missing: [LastName]\","
              + "\"errorCode\":\"REQUIRED_FIELD_MISSING\",\"fields\":[\"LastName\"]}]");
      assertThat(responses.get(2).get("body").get(0).get("errorCode").asText())
          .isEqualTo("PROCESSING_HALTED");
      assertThat(calls.count("Account")).isEqualTo(1);
    }

    @Test
    void aWholeValueReferenceKeepsItsJsonTypeAndAnEmbeddedOneBecomesText() {
      JsonNode responses =
          post(composite(
              false,
              newAccount("acct", "Acme"),
              sub("GET", "/services/data/v62.0/query?q=SELECT+Id+FROM+Account", "count", null),
              sub("POST", "/services/data/v62.0/sobjects/Account", "second",
                  "{'Name':'Made by @{acct.id}','NumberOfEmployees':'@{count.totalSize}'}")));

      assertThat(statuses(responses)).containsExactly(201, 200, 201);
      String acct = responses.get(0).get("body").get("id").asText();
      JsonNode second =
          calls.org.store().get("Account", responses.get(2).get("body").get("id").asText());
      assertThat(second.get("Name").asText()).isEqualTo("Made by " + acct);
      assertThat(second.get("NumberOfEmployees").isNumber()).isTrue();
      assertThat(second.get("NumberOfEmployees").asInt()).isEqualTo(1);
    }

    @Test
    void aReferenceToALaterSubrequestIsHalted() {
      JsonNode responses =
          post(composite(
              false,
              createContact("contact", "'LastName':'Ng','AccountId':'@{acct.id}'"),
              newAccount("acct", "Acme")));

      assertThat(statuses(responses)).containsExactly(400, 201);
      assertThat(responses.get(0).get("body").get(0).get("errorCode").asText())
          .isEqualTo("PROCESSING_HALTED");
    }
  }

  @Nested
  class Headers {
    @Test
    void passesSubrequestHeadersOnAndSharesQueryCursorsWithTopLevelCalls() {
      for (int i = 0; i < 250; i++) {
        calls.org.store().insert("Account", JsonNodeFactory.instance.objectNode().put("Name", "A" + i));
      }
      JsonNode responses =
          post("{'compositeRequest':[{'method':'GET','url':'/services/data/v62.0/query?q=SELECT+Id+FROM+Account',"
              + "'referenceId':'q','httpHeaders':{'Sforce-Query-Options':'batchSize=200'}}]}");

      JsonNode page = responses.get(0).get("body");
      assertThat(page.get("records")).hasSize(200);
      assertThat(page.get("done").asBoolean()).isFalse();
      HttpResponse next = calls.send("GET", page.get("nextRecordsUrl").asText(), null);
      assertThat(next.status()).isEqualTo(200);
      assertThat(json(next).get("records")).hasSize(50);
    }
  }

  @Nested
  class AllOrNone {
    @Test
    void aFailureRollsBackEverySubrequestAndLeavesNoTrace() {
      String kept = calls.createAccount("Kept");
      String doomed = calls.createAccount("Doomed");
      int before = calls.org.store().rows("Account", true).size();

      JsonNode responses =
          post(composite(
              true,
              newAccount("acct", "New"),
              createContact("contact", "'LastName':'Ng','AccountId':'@{acct.id}'"),
              sub("PATCH", "/services/data/v62.0/sobjects/Account/" + kept, "rename", "{'Name':'Renamed'}"),
              sub("DELETE", "/services/data/v62.0/sobjects/Account/" + doomed, "remove", null),
              createContact("bad", "'FirstName':'Ada'"),
              newAccount("after", "After")));

      assertThat(statuses(responses)).containsExactly(400, 400, 400, 400, 400, 400);
      assertThat(responses.get(0).toString())
          .isEqualTo("{\"body\":" + HALTED + ",\"httpHeaders\":{},\"httpStatusCode\":400,"
              + "\"referenceId\":\"acct\"}");
      assertThat(responses.get(4).get("body").get(0).get("errorCode").asText())
          .isEqualTo("REQUIRED_FIELD_MISSING");
      assertThat(responses.get(5).get("body").toString()).isEqualTo(HALTED);
      assertThat(calls.org.store().rows("Account", true)).hasSize(before);
      assertThat(calls.count("Contact")).isZero();
      assertThat(calls.org.store().get("Account", kept).get("Name").asText()).isEqualTo("Kept");
      assertThat(calls.org.store().row(SalesforceId.of(doomed)).orElseThrow().get("IsDeleted").asBoolean())
          .isFalse();
      String next = calls.createAccount("Next");
      assertThat(SalesforceId.isValid(next)).isTrue();
      assertThat(calls.send("GET", "/services/data/v62.0/sobjects/Account/" + next, null).status())
          .isEqualTo(200);
      assertThat(calls.count("Account")).isEqualTo(3);
    }

    @Test
    void isFalseByDefaultSoEarlierSubrequestsStayCommitted() {
      JsonNode responses =
          post(composite(
              null,
              newAccount("acct", "New"),
              createContact("bad", "'FirstName':'Ada'"),
              newAccount("after", "After")));

      assertThat(statuses(responses)).containsExactly(201, 400, 201);
      assertThat(calls.count("Account")).isEqualTo(2);
    }

    @Test
    void overridesTheAllOrNoneFlagOfAnEmbeddedCollection() {
      JsonNode responses =
          post(composite(
              true,
              newAccount("acct", "New"),
              sub("POST", "/services/data/v62.0/composite/sobjects", "many",
                  "{'allOrNone':false,'records':[{'attributes':{'type':'Account'},'Name':'A'},"
                      + "{'attributes':{'type':'Contact'},'FirstName':'Ada'}]}")));

      assertThat(statuses(responses)).containsExactly(400, 200);
      assertThat(responses.get(1).get("body").get(0).get("errors").get(0).get("statusCode").asText())
          .isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
      assertThat(calls.count("Account")).isZero();
    }
  }

  @Nested
  class Refusals {
    @Test
    void moreThan25SubrequestsAreRefusedBeforeAnyEffect() {
      String[] subrequests = new String[26];
      for (int i = 0; i < subrequests.length; i++) {
        subrequests[i] = newAccount("a" + i, "A");
      }
      HttpResponse response = calls.send("POST", COMPOSITE, quoted(composite(false, subrequests)));

      assertThat(refusalBody(response))
          .isEqualTo("400 [{\"message\":\"A composite request may contain at most 25 subrequests; this one"
              + " has 26\",\"errorCode\":\"LIMIT_EXCEEDED\",\"fields\":[]}]");
      assertThat(calls.count("Account")).isZero();
    }

    @Test
    void moreThanFiveQueriesOrCollectionsAreRefusedBeforeAnyEffect() {
      List<String> subrequests = new ArrayList<>();
      subrequests.add(newAccount("acct", "A"));
      for (int i = 0; i < 5; i++) {
        subrequests.add(sub("GET", "/services/data/v62.0/query?q=SELECT+Id+FROM+Account", "q" + i, null));
      }
      subrequests.add(sub("DELETE", "/services/data/v62.0/composite/sobjects?ids=x", "del", null));
      HttpResponse response =
          calls.send("POST", COMPOSITE, quoted(composite(false, subrequests.toArray(new String[0]))));

      assertThat(refusalBody(response))
          .isEqualTo("400 [{\"message\":\"A composite request may contain at most 5 query, queryAll or"
              + " sObject Collections subrequests\",\"errorCode\":\"LIMIT_EXCEEDED\",\"fields\":[]}]");
      assertThat(calls.count("Account")).isZero();
    }

    @Test
    void malformedJsonIsAParserError() {
      HttpResponse response = calls.send("POST", COMPOSITE, "{\"compositeRequest\":[");

      assertThat(refusal(response)).isEqualTo("400 JSON_PARSER_ERROR");
    }

    @Test
    void aBodyWithoutCompositeRequestOrWithTheWrongTypesIsAParserError() {
      for (String body : List.of("{}", "{'compositeRequest':{}}", "{'allOrNone':'yes','compositeRequest':[]}",
          "{'compositeRequest':[" + sub("post", "/services/data/v62.0/sobjects/Account", "a", "{}") + "]}",
          "{'compositeRequest':[" + sub("GET", "/services/data/v62.0/limits", "bad-id", null) + "]}")) {
        HttpResponse response = calls.send("POST", COMPOSITE, quoted(body));

        assertThat(refusal(response)).as(body).isEqualTo("400 JSON_PARSER_ERROR");
      }
    }

    @Test
    void inheritedHeadersCannotBeSetOnASubrequest() {
      HttpResponse response =
          calls.send("POST", COMPOSITE, quoted(
              "{'compositeRequest':[{'method':'GET','url':'/services/data/v62.0/query?q=SELECT+Id+FROM+Account',"
                  + "'referenceId':'q','httpHeaders':{'Authorization':'Bearer other'}}]}"));

      assertThat(refusal(response)).isEqualTo("400 INVALID_INPUT");
    }

    @Test
    void subrequestsOutsideTheSupportedResourcesAreNotFound() {
      JsonNode responses =
          post(composite(false, sub("POST", "/services/data/v62.0/composite/batch", "nested", "{}")));

      assertThat(responses.get(0).get("httpStatusCode").asInt()).isEqualTo(404);
      assertThat(responses.get(0).get("body").get(0).get("errorCode").asText()).isEqualTo("NOT_FOUND");
    }
  }

  @Nested
  class Accounting {
    @Test
    void theWholeCallCountsAsOneApiCall() {
      int before = calls.org.apiCallsToday();
      HttpResponse response =
          calls.send("POST", COMPOSITE, quoted(composite(
              false,
              newAccount("acct", "Acme"),
              sub("GET", "/services/data/v62.0/sobjects/Account/@{acct.id}", "read", null),
              sub("GET", "/services/data/v62.0/query?q=SELECT+Id+FROM+Account", "q", null))));

      assertThat(calls.org.apiCallsToday()).isEqualTo(before + 1);
      assertThat(response.header("Sforce-Limit-Info"))
          .contains("api-usage=" + (before + 1) + "/15000");
    }

    @Test
    void listsTheCompositeResources() {
      HttpResponse response = calls.send("GET", COMPOSITE, null);

      assertThat(response.status()).isEqualTo(200);
      assertThat(json(response).get("batch").asText()).isEqualTo("/services/data/v62.0/composite/batch");
      assertThat(calls.send("DELETE", COMPOSITE, null).status()).isEqualTo(405);
    }
  }
}
