package dev.salescloud.testkit.rest;

import static dev.salescloud.testkit.rest.OrgCalls.json;
import static dev.salescloud.testkit.rest.OrgCalls.quoted;
import static dev.salescloud.testkit.rest.OrgCalls.refusal;
import static dev.salescloud.testkit.rest.OrgCalls.refusalBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.testkit.schema.FieldOptions;
import dev.salescloud.testkit.schema.FieldType;
import java.util.Collections;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CollectionsResourceTest {
  private static final String SOBJECTS = "/services/data/v62.0/composite/sobjects";
  private static final String ACCOUNT = "{'attributes':{'type':'Account'},'Name':'Acme'}";
  private static final String BAD_CONTACT = "{'attributes':{'type':'Contact'},'FirstName':'Ada'}";
  private static final String MISSING_LAST_NAME =
      "{\"statusCode\":\"REQUIRED_FIELD_MISSING\",\"message\":\"Required fields are missing:"
          + " [LastName]\",\"fields\":[\"LastName\"]}";
  private static final String ROLLED_BACK =
      "{\"statusCode\":\"ALL_OR_NONE_OPERATION_ROLLED_BACK\",\"message\":\"Record rolled back because"
          + " not all records were valid and the request was using AllOrNone header\",\"fields\":[]}";

  private final OrgCalls calls = new OrgCalls();

  private JsonNode write(String method, String path, String body) {
    HttpResponse response = calls.send(method, path, quoted(body));
    assertThat(response.status()).isEqualTo(200);
    return json(response);
  }

  private static String records(Boolean allOrNone, String... records) {
    return "{" + (allOrNone == null ? "" : "'allOrNone':" + allOrNone + ",") + "'records':["
        + String.join(",", records) + "]}";
  }

  @Nested
  class Create {
    @Test
    void createsRecordsOfMixedTypesAndAnswersInRequestOrder() {
      JsonNode results =
          write("POST", SOBJECTS, records(null, ACCOUNT,
              "{'attributes':{'type':'Lead'},'LastName':'Ng','Company':'Acme'}",
              "{'attributes':{'type':'contact'},'LastName':'Ng'}"));

      assertThat(results).hasSize(3);
      assertThat(SalesforceId.of(results.get(0).get("id").asText()).keyPrefix()).isEqualTo("001");
      assertThat(SalesforceId.of(results.get(1).get("id").asText()).keyPrefix()).isEqualTo("00Q");
      assertThat(SalesforceId.of(results.get(2).get("id").asText()).keyPrefix()).isEqualTo("003");
      String id = results.get(0).get("id").asText();
      assertThat(results.get(0).toString())
          .isEqualTo("{\"id\":\"" + id + "\",\"success\":true,\"errors\":[]}");
    }

    @Test
    void withoutAllOrNoneKeepsTheGoodRecordsAndReportsTheBadOne() {
      JsonNode results = write("POST", SOBJECTS, records(false, ACCOUNT, BAD_CONTACT, ACCOUNT));

      assertThat(results.get(0).get("success").asBoolean()).isTrue();
      assertThat(results.get(1).toString())
          .isEqualTo("{\"success\":false,\"errors\":[" + MISSING_LAST_NAME + "]}");
      assertThat(results.get(2).get("success").asBoolean()).isTrue();
      assertThat(calls.count("Account")).isEqualTo(2);
    }

    @Test
    void withAllOrNoneRollsEveryRecordBack() {
      JsonNode results = write("POST", SOBJECTS, records(true, ACCOUNT, BAD_CONTACT));

      assertThat(results.toString())
          .isEqualTo("[{\"success\":false,\"errors\":[" + ROLLED_BACK + "]},"
              + "{\"success\":false,\"errors\":[" + MISSING_LAST_NAME + "]}]");
      assertThat(calls.count("Account")).isZero();
      assertThat(calls.org.store().rows("Account", true)).isEmpty();
    }

    @Test
    void aRecordWithoutATypeOrWithAnUnknownOneFails() {
      JsonNode results =
          write("POST", SOBJECTS, records(null, "{'Name':'Acme'}", "{'attributes':{'type':'Nope__c'},'Name':'X'}"));

      assertThat(results.get(0).get("errors").get(0).get("statusCode").asText()).isEqualTo("INVALID_TYPE");
      assertThat(results.get(1).get("errors").get(0).get("message").asText())
          .isEqualTo("sObject type 'Nope__c' is not supported.");
    }

    @Test
    void moreThan200RecordsAreRefusedBeforeAnyEffect() {
      HttpResponse response =
          calls.send("POST", SOBJECTS, quoted(records(false, Collections.nCopies(201, ACCOUNT).toArray(new String[0]))));

      assertThat(refusalBody(response))
          .isEqualTo("400 [{\"message\":\"record limit reached. cannot submit more than 200 records into"
              + " this call\",\"errorCode\":\"EXCEEDED_ID_LIMIT\",\"fields\":[]}]");
      assertThat(calls.count("Account")).isZero();
    }

    @Test
    void malformedBodiesAreParserErrors() {
      for (String body : new String[] {"{\"records\":[", "[]", "{}", "{\"records\":[1]}",
          "{\"allOrNone\":\"yes\",\"records\":[]}"}) {
        HttpResponse response = calls.send("POST", SOBJECTS, body);

        assertThat(refusal(response)).as(body).isEqualTo("400 JSON_PARSER_ERROR");
      }
    }

    @Test
    void theWholeCallCountsAsOneApiCall() {
      int before = calls.org.apiCallsToday();

      write("POST", SOBJECTS, records(null, ACCOUNT, ACCOUNT, ACCOUNT));

      assertThat(calls.org.apiCallsToday()).isEqualTo(before + 1);
    }
  }

  @Nested
  class Update {
    @Test
    void updatesByIdAndReportsMissingAndUnknownIds() {
      String id = calls.createAccount("Acme");

      JsonNode results =
          write("PATCH", SOBJECTS, records(null,
              "{'attributes':{'type':'Account'},'id':'" + id + "','Name':'Renamed'}",
              "{'attributes':{'type':'Account'},'Name':'No id'}",
              "{'attributes':{'type':'Account'},'id':'001000000000000AAA','Name':'Ghost'}"));

      assertThat(results.get(0).toString())
          .isEqualTo("{\"id\":\"" + id + "\",\"success\":true,\"errors\":[]}");
      assertThat(results.get(1).toString())
          .isEqualTo("{\"success\":false,\"errors\":[{\"statusCode\":\"MISSING_ARGUMENT\",\"message\":"
              + "\"Id not specified in an update call\",\"fields\":[]}]}");
      assertThat(results.get(2).get("id").asText()).isEqualTo("001000000000000AAA");
      assertThat(results.get(2).get("errors").get(0).get("statusCode").asText())
          .isEqualTo("INVALID_CROSS_REFERENCE_KEY");
      assertThat(calls.org.store().get("Account", id).get("Name").asText()).isEqualTo("Renamed");
    }

    @Test
    void withAllOrNoneRestoresTheUpdatedRecords() {
      String id = calls.createAccount("Acme");

      JsonNode results =
          write("PATCH", SOBJECTS, records(true,
              "{'attributes':{'type':'Account'},'id':'" + id + "','Name':'Renamed'}",
              "{'attributes':{'type':'Account'},'id':'" + id + "','Name':null}"));

      assertThat(results.get(0).toString())
          .isEqualTo("{\"id\":\"" + id + "\",\"success\":false,\"errors\":[" + ROLLED_BACK + "]}");
      assertThat(results.get(1).get("errors").get(0).get("statusCode").asText())
          .isEqualTo("REQUIRED_FIELD_MISSING");
      assertThat(calls.org.store().get("Account", id).get("Name").asText()).isEqualTo("Acme");
    }
  }

  @Nested
  class Upsert {
    @Test
    void createsThenUpdatesByExternalIdAndSaysWhichItDid() {
      calls.org.schema().addField("Account", "Ext__c", FieldType.STRING, FieldOptions.builder().length(20).externalId().build());
      String body = records(null, "{'attributes':{'type':'Account'},'Ext__c':'E-1','Name':'One'}");

      JsonNode created = write("PATCH", SOBJECTS + "/Account/Ext__c", body);
      JsonNode updated =
          write("PATCH", SOBJECTS + "/Account/Ext__c",
              records(null, "{'attributes':{'type':'Account'},'Ext__c':'E-1','Name':'Uno'}",
                  "{'attributes':{'type':'Account'},'Name':'No key'}"));

      String id = created.get(0).get("id").asText();
      assertThat(created.get(0).toString())
          .isEqualTo("{\"id\":\"" + id + "\",\"success\":true,\"errors\":[],\"created\":true}");
      assertThat(updated.get(0).toString())
          .isEqualTo("{\"id\":\"" + id + "\",\"success\":true,\"errors\":[],\"created\":false}");
      assertThat(updated.get(1).get("errors").get(0).get("statusCode").asText()).isEqualTo("MISSING_ARGUMENT");
      assertThat(calls.org.store().get("Account", id).get("Name").asText()).isEqualTo("Uno");
      assertThat(calls.count("Account")).isEqualTo(1);
    }

    @Test
    void anUnknownExternalIdFieldIsNotFound() {
      HttpResponse response = calls.send("PATCH", SOBJECTS + "/Account/Nope__c", quoted(records(null, ACCOUNT)));

      assertThat(response.status()).isEqualTo(404);
    }
  }

  @Nested
  class Delete {
    @Test
    void deletesToTheRecycleBinAndReportsGoneAndMalformedIds() {
      String id = calls.createAccount("Acme");
      String lead =
          calls.call("POST", "/services/data/v62.0/sobjects/Lead", "{'LastName':'Ng','Company':'X'}")
              .get("id").asText();

      JsonNode results =
          json(calls.send("DELETE", SOBJECTS + "?ids=" + id + "," + lead + "," + id + ",nope", null));

      assertThat(results.get(0).toString()).isEqualTo("{\"id\":\"" + id + "\",\"success\":true,\"errors\":[]}");
      assertThat(results.get(1).get("success").asBoolean()).isTrue();
      assertThat(results.get(2).toString())
          .isEqualTo("{\"id\":\"" + id + "\",\"success\":false,\"errors\":[{\"statusCode\":"
              + "\"ENTITY_IS_DELETED\",\"message\":\"entity is deleted\",\"fields\":[]}]}");
      assertThat(results.get(3).get("errors").get(0).get("statusCode").asText()).isEqualTo("MALFORMED_ID");
      assertThat(calls.org.store().rows("Account", true)).hasSize(1);
      assertThat(calls.count("Account")).isZero();
    }

    @Test
    void withAllOrNoneDeletesNothingWhenOneIdFails() {
      String id = calls.createAccount("Acme");

      JsonNode results =
          json(calls.send("DELETE", SOBJECTS + "?allOrNone=true&ids=" + id + ",001000000000000AAA", null));

      assertThat(results.get(0).get("errors").get(0).get("statusCode").asText())
          .isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
      assertThat(calls.count("Account")).isEqualTo(1);
    }
  }

  @Nested
  class Retrieve {
    @Test
    void readsTheAskedFieldsWithNullForIdsItCannotRead() {
      String id = calls.createAccount("Acme");
      String expected =
          "[{\"attributes\":{\"type\":\"Account\",\"url\":\"/services/data/v62.0/sobjects/Account/" + id
              + "\"},\"Id\":\"" + id + "\",\"Name\":\"Acme\"},null,null]";

      JsonNode byGet =
          json(calls.send("GET", SOBJECTS + "/Account?ids=" + id + ",001000000000000AAA,bad&fields=id,name", null));
      JsonNode byPost =
          write("POST", SOBJECTS + "/account",
              "{'ids':['" + id + "','001000000000000AAA','bad'],'fields':['Name']}");

      assertThat(byGet.toString()).isEqualTo(expected);
      assertThat(byPost.toString()).isEqualTo(expected);
    }

    @Test
    void anUnknownFieldIsRefused() {
      String id = calls.createAccount("Acme");

      HttpResponse response = calls.send("GET", SOBJECTS + "/Account?ids=" + id + "&fields=Nope", null);

      assertThat(refusal(response)).isEqualTo("400 INVALID_FIELD");
    }
  }
}
