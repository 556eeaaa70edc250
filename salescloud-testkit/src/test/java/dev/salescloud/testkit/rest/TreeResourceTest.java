package dev.salescloud.testkit.rest;

import static dev.salescloud.testkit.rest.OrgCalls.json;
import static dev.salescloud.testkit.rest.OrgCalls.quoted;
import static dev.salescloud.testkit.rest.OrgCalls.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.client.transport.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TreeResourceTest {
  private static final String TREE = "/services/data/v62.0/composite/tree/Account";

  private final OrgCalls calls = new OrgCalls();

  private HttpResponse tree(String records) {
    return calls.send("POST", TREE, quoted("{'records':[" + records + "]}"));
  }

  private static String account(String referenceId, String children) {
    return "{'attributes':{'type':'Account','referenceId':'" + referenceId + "'},'Name':'" + referenceId
        + "'" + (children == null ? "" : ",'Contacts':{'records':[" + children + "]}") + "}";
  }

  private static String contact(String referenceId, String lastName) {
    return "{'attributes':{'type':'Contact','referenceId':'" + referenceId + "'}"
        + (lastName == null ? "" : ",'LastName':'" + lastName + "'") + "}";
  }

  @Nested
  class Creating {
    @Test
    void createsNestedTreesLevelByLevelAndLinksChildrenToParents() {
      HttpResponse response =
          tree(account("ref1", contact("ref2", "Smith") + "," + contact("ref3", "Evans")) + ","
              + account("ref4", contact("ref5", "Jones")));

      assertThat(response.status()).isEqualTo(201);
      JsonNode body = json(response);
      assertThat(body.get("hasErrors").asBoolean()).isFalse();
      List<String> order = new ArrayList<>();
      body.get("results").forEach(r -> order.add(r.get("referenceId").asText()));
      assertThat(order).containsExactly("ref1", "ref4", "ref2", "ref3", "ref5");
      String ref1 = body.get("results").get(0).get("id").asText();
      assertThat(body.get("results").get(0).toString())
          .isEqualTo("{\"referenceId\":\"ref1\",\"id\":\"" + ref1 + "\"}");
      String ref2 = body.get("results").get(2).get("id").asText();
      assertThat(calls.org.store().get("Contact", ref2).get("AccountId").asText()).isEqualTo(ref1);
      assertThat(calls.count("Contact")).isEqualTo(3);
    }

    @Test
    void oneBadRecordFailsTheWholeRequestAndNamesIt() {
      HttpResponse response =
          tree(account("ref1", contact("ref2", "Smith") + "," + contact("ref3", null)));

      assertThat(response.status()).isEqualTo(400);
      assertThat(json(response).toString())
          .isEqualTo("{\"hasErrors\":true,\"results\":[{\"referenceId\":\"ref3\",\"errors\":[{\"statusCode\":"
              + "\"REQUIRED_FIELD_MISSING\",\"message\":\"Required fields are missing: [LastName]\","
              + "\"fields\":[\"LastName\"]}]}]}");
      assertThat(calls.count("Account")).isZero();
      assertThat(calls.count("Contact")).isZero();
    }

    @Test
    void countsAsOneApiCall() {
      int before = calls.org.apiCallsToday();

      tree(account("ref1", contact("ref2", "Smith")));

      assertThat(calls.org.apiCallsToday()).isEqualTo(before + 1);
    }
  }

  @Nested
  class Refusals {
    @Test
    void moreThan200RecordsAreRefusedBeforeAnyEffect() {
      List<String> accounts = new ArrayList<>();
      for (int i = 0; i < 201; i++) {
        accounts.add(account("r" + i, null));
      }

      HttpResponse response = tree(String.join(",", accounts));

      assertThat(refusal(response)).isEqualTo("400 LIMIT_EXCEEDED");
      assertThat(calls.count("Account")).isZero();
    }

    @Test
    void recordsNeedATypeAndAUniqueReferenceId() {
      for (String records : List.of("{'Name':'No attributes'}", account("same", null) + "," + account("same", null),
          contact("c", "Wrong root type"))) {
        HttpResponse response = tree(records);

        assertThat(refusal(response)).as(records).isEqualTo("400 INVALID_INPUT");
      }
      assertThat(calls.count("Account")).isZero();
    }

    @Test
    void anUnknownObjectIsNotFoundAndMalformedJsonIsAParserError() {
      assertThat(calls.send("POST", "/services/data/v62.0/composite/tree/Nope__c", "{\"records\":[]}").status())
          .isEqualTo(404);
      HttpResponse response = calls.send("POST", TREE, "{\"records\":");
      assertThat(refusal(response)).isEqualTo("400 JSON_PARSER_ERROR");
    }
  }
}
