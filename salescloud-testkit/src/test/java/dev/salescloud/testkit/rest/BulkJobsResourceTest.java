package dev.salescloud.testkit.rest;

import static dev.salescloud.testkit.rest.OrgCalls.json;
import static dev.salescloud.testkit.rest.OrgCalls.refusalBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.testkit.schema.FieldOptions;
import dev.salescloud.testkit.schema.FieldType;
import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BulkJobsResourceTest {
  private static final String INGEST = "/services/data/v62.0/jobs/ingest";
  private static final String QUERY = "/services/data/v62.0/jobs/query";

  private final OrgCalls calls = new OrgCalls();

  private HttpResponse put(String path, String csv) {
    return calls.org.router().handle(
        HttpRequest.builder("PUT", URI.create("https://fake.my.salesforce.com" + path))
            .header("Authorization", "Bearer " + calls.org.accessToken())
            .header("Content-Type", "text/csv")
            .body(csv)
            .build());
  }

  private String createJob(String body) {
    HttpResponse created = calls.send("POST", INGEST, OrgCalls.quoted(body));
    assertThat(created.status()).isEqualTo(200);
    return json(created).get("id").asText();
  }

  /** Creates, uploads and closes a job; answers its id. */
  private String runJob(String body, String csv) {
    String id = createJob(body);
    assertThat(put(INGEST + "/" + id + "/batches", csv).status()).isEqualTo(201);
    HttpResponse closed = calls.send("PATCH", INGEST + "/" + id, "{\"state\":\"UploadComplete\"}");
    assertThat(closed.status()).isEqualTo(200);
    assertThat(json(closed).get("state").asText()).isEqualTo("UploadComplete");
    return id;
  }

  private String text(String path) {
    HttpResponse response = calls.send("GET", path, null);
    assertThat(response.status()).isEqualTo(200);
    return response.bodyText();
  }

  @Nested
  class CreateIngest {
    @Test
    void answersAnOpenJobInfoWithAJobIdAndNoLeadingSlashInTheContentUrl() {
      HttpResponse created = calls.send("POST", INGEST,
          "{\"object\":\"lead\",\"operation\":\"insert\",\"externalIdFieldName\":\"\"}");

      assertThat(created.status()).isEqualTo(200);
      JsonNode info = json(created);
      String id = info.get("id").asText();
      assertThat(SalesforceId.isValid(id)).isTrue();
      assertThat(id).startsWith("750").hasSize(18);
      assertThat(info.get("state").asText()).isEqualTo("Open");
      assertThat(info.get("object").asText()).isEqualTo("Lead");
      assertThat(info.get("operation").asText()).isEqualTo("insert");
      assertThat(info.get("apiVersion").isDouble()).isTrue();
      assertThat(info.get("apiVersion").asDouble()).isEqualTo(62.0);
      assertThat(info.get("contentUrl").asText())
          .isEqualTo("services/data/v62.0/jobs/ingest/" + id + "/batches");
      assertThat(info.get("createdDate").asText()).isEqualTo("2024-05-01T17:03:11.000+0000");
      assertThat(info.get("concurrencyMode").asText()).isEqualTo("Parallel");
      assertThat(info.get("columnDelimiter").asText()).isEqualTo("COMMA");
      assertThat(info.get("lineEnding").asText()).isEqualTo("LF");
      assertThat(info.has("externalIdFieldName")).isFalse();
    }

    @Test
    void refusesAMissingOperation() {
      HttpResponse refused = calls.send("POST", INGEST, "{\"object\":\"Lead\"}");

      assertThat(refusalBody(refused)).isEqualTo("400 [{\"message\":\"Invalid value: '' supplied for"
          + " property: 'operation'\",\"errorCode\":\"API_ERROR\"}]");
    }

    @Test
    void refusesAnUnknownObject() {
      HttpResponse refused = calls.send("POST", INGEST, "{\"object\":\"Foo\",\"operation\":\"insert\"}");

      assertThat(refusalBody(refused)).isEqualTo("400 [{\"message\":\"InvalidJob : Unable to find"
          + " object: Foo\",\"errorCode\":\"INVALIDJOB\"}]");
    }

    @Test
    void refusesAnUpsertWithoutExternalIdField() {
      HttpResponse refused = calls.send("POST", INGEST, "{\"object\":\"Account\",\"operation\":\"upsert\"}");

      assertThat(refusalBody(refused)).isEqualTo("400 [{\"message\":\"InvalidJob : External ID was"
          + " blank for Account. An External ID must be specified for upsert.\",\"errorCode\":"
          + "\"INVALIDJOB\"}]");
    }

    @Test
    void refusesAnUpsertOnAFieldThatIsNoExternalId() {
      HttpResponse refused = calls.send("POST", INGEST,
          "{\"object\":\"Account\",\"operation\":\"upsert\",\"externalIdFieldName\":\"Name\"}");

      assertThat(refusalBody(refused)).isEqualTo("400 [{\"message\":\"InvalidJob : Field name"
          + " provided, Name does not match an External ID for Account\",\"errorCode\":\"INVALIDJOB\"}]");
    }

    @Test
    void refusesAnUnknownDelimiterAndBodiesThatAreNotJson() {
      assertThat(refusalBody(calls.send("POST", INGEST,
          "{\"object\":\"Lead\",\"operation\":\"insert\",\"columnDelimiter\":\"COLON\"}")))
          .isEqualTo("400 [{\"message\":\"Invalid value: 'COLON' supplied for property:"
              + " 'columnDelimiter'\",\"errorCode\":\"API_ERROR\"}]");
      assertThat(OrgCalls.refusal(calls.send("POST", INGEST, "not json"))).isEqualTo("400 JSON_PARSER_ERROR");
    }

    @Test
    void isNotThereBeforeVersion41() {
      HttpResponse refused = calls.send("POST", "/services/data/v40.0/jobs/ingest",
          "{\"object\":\"Lead\",\"operation\":\"insert\"}");

      assertThat(OrgCalls.refusal(refused)).isEqualTo("404 NOT_FOUND");
    }
  }

  @Nested
  class Ingest {
    @Test
    void insertsRowsAndReportsEachInTheResultCsvs() {
      String id = runJob("{'object':'Lead','operation':'insert'}",
          "LASTNAME,Company,Email\nNg,\"Acme, Inc.\",ng@example.com\nLi,,\n");

      JsonNode info = calls.call("GET", INGEST + "/" + id, null);
      assertThat(info.get("state").asText()).isEqualTo("JobComplete");
      assertThat(info.get("numberRecordsProcessed").asLong()).isEqualTo(2);
      assertThat(info.get("numberRecordsFailed").asLong()).isEqualTo(1);
      assertThat(info.get("jobType").asText()).isEqualTo("V2Ingest");
      String saved = text(INGEST + "/" + id + "/successfulResults");
      String leadId = saved.split("\n")[1].substring(1, 19);
      assertThat(saved).isEqualTo("\"sf__Id\",\"sf__Created\",LASTNAME,Company,Email\n\"" + leadId
          + "\",\"true\",\"Ng\",\"Acme, Inc.\",\"ng@example.com\"\n");
      assertThat(calls.org.store().get("Lead", leadId).get("Company").asText()).isEqualTo("Acme, Inc.");
      assertThat(text(INGEST + "/" + id + "/FAILEDRESULTS/")).isEqualTo(
          "\"sf__Id\",\"sf__Error\",LASTNAME,Company,Email\n\"\",\"REQUIRED_FIELD_MISSING:Required"
              + " fields are missing: [Company]:Company --\",\"Li\",\"\",\"\"\n");
      assertThat(text(INGEST + "/" + id + "/unprocessedrecords"))
          .isEqualTo("LASTNAME,Company,Email\n");
    }

    @Test
    void leavesEmptyCellsUnchangedAndClearsNa() {
      String lead = calls.call("POST", "/services/data/v62.0/sobjects/Lead",
          "{'LastName':'Ng','Company':'Acme','Title':'CEO','Email':'ng@example.com'}").get("id").asText();

      runJob("{'object':'Lead','operation':'update'}", "Id,Title,Email\n" + lead + ",,#N/A\n");

      JsonNode stored = calls.org.store().get("Lead", lead);
      assertThat(stored.get("Title").asText()).isEqualTo("CEO");
      assertThat(stored.get("Email").isNull()).isTrue();
    }

    @Test
    void upsertsByExternalIdAndFillsLookupsFromAParentsExternalId() {
      calls.org.schema().addField("Account", "Ext_Id__c", FieldType.STRING,
          FieldOptions.builder().externalId().build());
      String id = runJob("{'object':'Account','operation':'upsert','externalIdFieldName':'Ext_Id__c'}",
          "Ext_Id__c,Name\nA-1,Acme\n");
      String saved = text(INGEST + "/" + id + "/successfulResults");
      String account = saved.split("\n")[1].substring(1, 19);
      assertThat(saved).contains("\"true\",\"A-1\",\"Acme\"");

      String again = runJob("{'object':'Account','operation':'upsert','externalIdFieldName':'ext_id__c'}",
          "EXT_ID__C,Name\nA-1,Acme Corp\n");
      String contacts = runJob("{'object':'Contact','operation':'insert'}",
          "LastName,Account.Ext_Id__c\nNg,A-1\nLi,B-2\n");

      assertThat(text(INGEST + "/" + again + "/successfulResults"))
          .contains("\"" + account + "\",\"false\",\"A-1\",\"Acme Corp\"");
      assertThat(calls.org.store().get("Account", account).get("Name").asText()).isEqualTo("Acme Corp");
      String contact = text(INGEST + "/" + contacts + "/successfulResults").split("\n")[1].substring(1, 19);
      assertThat(calls.org.store().get("Contact", contact).get("AccountId").asText()).isEqualTo(account);
      assertThat(text(INGEST + "/" + contacts + "/failedResults")).contains(
          "\"INVALID_FIELD:Foreign key external ID: B-2 not found for field Ext_Id__c in entity"
              + " Account:--\",\"Li\",\"B-2\"");
    }

    @Test
    void deletesByIdAndReportsUnknownIds() {
      String lead = calls.call("POST", "/services/data/v62.0/sobjects/Lead",
          "{'LastName':'Ng','Company':'Acme'}").get("id").asText();

      String id = runJob("{'object':'Lead','operation':'delete'}", "Id\n" + lead + "\n00Q000000000000AAA\n");

      assertThat(calls.org.store().count("Lead")).isZero();
      assertThat(text(INGEST + "/" + id + "/successfulResults"))
          .isEqualTo("\"sf__Id\",\"sf__Created\",Id\n\"" + lead + "\",\"false\",\"" + lead + "\"\n");
      assertThat(text(INGEST + "/" + id + "/failedResults")).isEqualTo("\"sf__Id\",\"sf__Error\",Id\n"
          + "\"00Q000000000000AAA\",\"INVALID_CROSS_REFERENCE_KEY:invalid cross reference id:--\","
          + "\"00Q000000000000AAA\"\n");
    }

    @Test
    void failsTheWholeJobOnAnUnknownColumnAndKeepsEveryRowUnprocessed() {
      String id = runJob("{'object':'Lead','operation':'insert'}", "LastName,Company,Shoe_Size\nNg,Acme,9\n");

      JsonNode info = calls.call("GET", INGEST + "/" + id, null);
      assertThat(info.get("state").asText()).isEqualTo("Failed");
      assertThat(info.get("errorMessage").asText()).isEqualTo("InvalidBatch : Field name not found : Shoe_Size");
      assertThat(info.get("numberRecordsProcessed").asLong()).isZero();
      assertThat(info.get("numberRecordsFailed").asLong()).isZero();
      assertThat(calls.org.store().count("Lead")).isZero();
      assertThat(text(INGEST + "/" + id + "/unprocessedRecords"))
          .isEqualTo("LastName,Company,Shoe_Size\n\"Ng\",\"Acme\",\"9\"\n");
    }

    @Test
    void failsTheJobOnATypePrefixBeforeALookupThatIsNotPolymorphic() {
      String id = runJob("{'object':'Contact','operation':'insert'}", "LastName,Account:Account.Id\nNg,\n");

      assertThat(calls.call("GET", INGEST + "/" + id, null).get("errorMessage").asText()).isEqualTo(
          "InvalidBatch : type is not needed for non polymorphic foreign key references: Account");
    }

    @Test
    void completesAnEmptyUploadWithNoRows() {
      String id = runJob("{'object':'Lead','operation':'insert'}", "");

      JsonNode info = calls.call("GET", INGEST + "/" + id, null);
      assertThat(info.get("state").asText()).isEqualTo("JobComplete");
      assertThat(info.get("numberRecordsProcessed").asLong()).isZero();
    }

    @Test
    void readsOtherDelimitersAndLineEndings() {
      String id = runJob("{'object':'Lead','operation':'insert','columnDelimiter':'PIPE','lineEnding':'CRLF'}",
          "LastName|Company\r\nNg|Acme, Inc.\r\n");

      assertThat(text(INGEST + "/" + id + "/successfulResults"))
          .startsWith("\"sf__Id\"|\"sf__Created\"|LastName|Company\r\n")
          .endsWith("|\"true\"|\"Ng\"|\"Acme, Inc.\"\r\n");
    }
  }

  @Nested
  class States {
    @Test
    void refusesASecondUpload() {
      String id = createJob("{'object':'Lead','operation':'insert'}");
      put(INGEST + "/" + id + "/batches", "LastName,Company\nNg,Acme\n");

      HttpResponse second = put(INGEST + "/" + id + "/batches", "LastName,Company\nLi,Acme\n");

      assertThat(refusalBody(second)).isEqualTo("400 [{\"message\":\"Found multiple contents for job:"
          + " <" + id + ">, please 'Close' / 'Abort' / 'Delete' the current Job then create a new Job"
          + " and make sure you only do 'PUT' once on a given Job.\",\"errorCode\":\"BULK_API_ERROR\"}]");
    }

    @Test
    void refusesAnUploadToAnAbortedJobAndReportsItsRowsUnprocessed() {
      String id = createJob("{'object':'Lead','operation':'insert'}");

      JsonNode aborted = calls.call("PATCH", INGEST + "/" + id, "{'state':'Aborted'}");
      HttpResponse upload = put(INGEST + "/" + id + "/batches", "LastName,Company\nNg,Acme\n");

      assertThat(aborted.get("state").asText()).isEqualTo("Aborted");
      assertThat(OrgCalls.refusal(upload)).isEqualTo("400 INVALIDJOBSTATE");
    }

    @Test
    void refusesToAbortAFinishedJob() {
      String id = runJob("{'object':'Lead','operation':'insert'}", "LastName,Company\nNg,Acme\n");

      HttpResponse refused = calls.send("PATCH", INGEST + "/" + id, "{\"state\":\"Aborted\"}");

      assertThat(refusalBody(refused)).isEqualTo("400 [{\"message\":\"Aborting already Completed Job"
          + " not allowed\",\"errorCode\":\"INVALIDJOBSTATE\"}]");
    }

    @Test
    void deletesOnlyFinishedJobsAndForgetsThem() {
      String open = createJob("{'object':'Lead','operation':'insert'}");
      String done = runJob("{'object':'Lead','operation':'insert'}", "LastName,Company\nNg,Acme\n");

      HttpResponse refused = calls.send("DELETE", INGEST + "/" + open, null);
      HttpResponse deleted = calls.send("DELETE", INGEST + "/" + done, null);

      assertThat(refusalBody(refused)).isEqualTo("400 [{\"message\":\"Error encountered when deleting"
          + " the job because the job is not terminated\",\"errorCode\":\"API_ERROR\"}]");
      assertThat(deleted.status()).isEqualTo(204);
      assertThat(refusalBody(calls.send("GET", INGEST + "/" + done, null))).isEqualTo(
          "404 [{\"message\":\"The requested resource does not exist\",\"errorCode\":\"NOT_FOUND\"}]");
      JsonNode list = calls.call("GET", INGEST, null);
      assertThat(list.get("done").asBoolean()).isTrue();
      assertThat(list.get("records")).hasSize(1);
      assertThat(list.get("records").get(0).get("id").asText()).isEqualTo(open);
      assertThat(calls.call("GET", INGEST + "?jobType=Classic", null).get("records")).isEmpty();
      assertThat(calls.call("GET", INGEST + "?jobType=V2Ingest", null).get("records")).hasSize(1);
    }

    @Test
    void countsEveryCallOnceInTheDailyUsage() {
      int before = calls.org.apiCallsToday();

      String id = runJob("{'object':'Lead','operation':'insert'}", "LastName,Company\nNg,Acme\n");
      HttpResponse info = calls.send("GET", INGEST + "/" + id, null);

      assertThat(calls.org.apiCallsToday() - before).isEqualTo(4);
      assertThat(info.header("Sforce-Limit-Info")).contains("api-usage=4/15000");
    }
  }

  @Nested
  class Query {
    private String queryJob(String soql) {
      HttpResponse created = calls.send("POST", QUERY,
          "{\"operation\":\"query\",\"query\":\"" + soql + "\"}");
      assertThat(created.status()).isEqualTo(200);
      assertThat(json(created).get("state").asText()).isEqualTo("UploadComplete");
      return json(created).get("id").asText();
    }

    @Test
    void pagesResultsWithLocatorsAndRecordCountsOnEveryPage() {
      String account = json(calls.send("POST", "/services/data/v62.0/sobjects/Account",
          "{\"Name\":\"Acme \\\"East\\\"\"}")).get("id").asText();
      for (int i = 0; i < 5; i++) {
        calls.call("POST", "/services/data/v62.0/sobjects/Contact",
            "{'LastName':'N" + i + "','AccountId':'" + account + "'}");
      }
      calls.call("POST", "/services/data/v62.0/sobjects/Contact", "{'LastName':'Solo'}");
      String id = queryJob("SELECT LastName, Account.Name, Email FROM Contact ORDER BY LastName");

      HttpResponse info = calls.send("GET", QUERY + "/" + id, null);
      HttpResponse first = calls.send("GET", QUERY + "/" + id + "/results?maxRecords=4", null);
      String locator = first.header("Sforce-Locator").orElseThrow();
      HttpResponse last = calls.send("GET", QUERY + "/" + id + "/results?maxRecords=4&locator=" + locator, null);
      HttpResponse again = calls.send("GET", QUERY + "/" + id + "/results?maxRecords=4&locator=" + locator, null);

      assertThat(json(info).get("state").asText()).isEqualTo("JobComplete");
      assertThat(json(info).get("numberRecordsProcessed").asLong()).isEqualTo(6);
      assertThat(info.header("Sforce-Locator")).isEmpty();
      assertThat(info.header("Sforce-NumberOfRecords")).isEmpty();
      assertThat(first.header("Content-Type")).contains("text/csv; charset=UTF-8");
      assertThat(first.header("Sforce-NumberOfRecords")).contains("4");
      assertThat(locator).matches("[A-Za-z0-9]+");
      assertThat(first.bodyText()).isEqualTo("\"LastName\",\"Account.Name\",\"Email\"\n"
          + "\"N0\",\"Acme \"\"East\"\"\",\"\"\n\"N1\",\"Acme \"\"East\"\"\",\"\"\n"
          + "\"N2\",\"Acme \"\"East\"\"\",\"\"\n\"N3\",\"Acme \"\"East\"\"\",\"\"\n");
      assertThat(last.header("Sforce-Locator")).contains("null");
      assertThat(last.header("Sforce-NumberOfRecords")).contains("2");
      assertThat(last.bodyText()).isEqualTo("\"LastName\",\"Account.Name\",\"Email\"\n"
          + "\"N4\",\"Acme \"\"East\"\"\",\"\"\n\"Solo\",\"\",\"\"\n");
      assertThat(again.bodyText()).isEqualTo(last.bodyText());
    }

    @Test
    void answersEveryRowInOnePageWithoutMaxRecords() {
      calls.createAccount("A");
      calls.createAccount("B");
      String id = queryJob("SELECT Name FROM Account");

      HttpResponse page = calls.send("GET", QUERY + "/" + id + "/results", null);

      assertThat(page.header("Sforce-Locator")).contains("null");
      assertThat(page.header("Sforce-NumberOfRecords")).contains("2");
      assertThat(page.bodyText()).isEqualTo("\"Name\"\n\"A\"\n\"B\"\n");
    }

    @Test
    void refusesAggregatesOffsetsAndSubqueries() {
      assertThat(refusalBody(calls.send("POST", QUERY,
          "{\"operation\":\"query\",\"query\":\"SELECT COUNT() FROM Lead\"}")))
          .isEqualTo("400 [{\"message\":\"FeatureNotEnabled : Aggregate queries are not supported in"
              + " Bulk Query\",\"errorCode\":\"FEATURENOTENABLED\"}]");
      assertThat(OrgCalls.refusal(calls.send("POST", QUERY,
          "{\"operation\":\"query\",\"query\":\"SELECT Name FROM Account LIMIT 5 OFFSET 2\"}")))
          .isEqualTo("400 FEATURENOTENABLED");
      assertThat(json(calls.send("POST", QUERY, "{\"operation\":\"query\",\"query\":\"SELECT Name,"
          + " (SELECT LastName FROM Contacts) FROM Account\"}")).get(0).get("message").asText())
          .isEqualTo("FeatureNotEnabled : Aggregate Relationships not supported in Bulk Query");
      assertThat(OrgCalls.refusal(calls.send("POST", QUERY,
          "{\"operation\":\"query\",\"query\":\"SELECT Nope FROM Account\"}")))
          .isEqualTo("400 INVALID_FIELD");
    }

    @Test
    void refusesALocatorItDidNotGive() {
      calls.createAccount("A");
      String id = queryJob("SELECT Name FROM Account");

      HttpResponse refused = calls.send("GET", QUERY + "/" + id + "/results?locator=zzzz", null);

      assertThat(OrgCalls.refusal(refused)).isEqualTo("400 API_ERROR");
    }

    @Test
    void abortsAJobBeforeItRunsAndThenRefusesItsResults() {
      String id = queryJob("SELECT Name FROM Account");

      JsonNode aborted = calls.call("PATCH", QUERY + "/" + id, "{'state':'Aborted'}");
      HttpResponse results = calls.send("GET", QUERY + "/" + id + "/results", null);

      assertThat(aborted.get("state").asText()).isEqualTo("Aborted");
      assertThat(OrgCalls.refusal(results)).isEqualTo("400 INVALIDJOBSTATE");
      assertThat(calls.send("DELETE", QUERY + "/" + id, null).status()).isEqualTo(204);
    }
  }

  @Nested
  class BadInput {
    @Test
    void failsAJobWhoseUploadIsNotCsv() {
      String id = runJob("{'object':'Lead','operation':'insert'}", "LastName,Company\n\"Ng,Acme\n");

      JsonNode info = calls.call("GET", INGEST + "/" + id, null);
      assertThat(info.get("state").asText()).isEqualTo("Failed");
      assertThat(info.get("errorMessage").asText()).startsWith("InvalidBatch : Failed to parse CSV");
      assertThat(calls.org.store().count("Lead")).isZero();
    }

    @Test
    void reportsARowWithMoreValuesThanTheHeaderAsFailed() {
      String id = runJob("{'object':'Lead','operation':'insert'}", "LastName,Company\nNg,Acme,extra\n");

      assertThat(text(INGEST + "/" + id + "/failedResults")).isEqualTo("\"sf__Id\",\"sf__Error\","
          + "LastName,Company\n\"\",\"INVALID_FIELD:The row has 3 values, but the header names 2"
          + " columns:--\",\"Ng\",\"Acme\",\"extra\"\n");
    }

    @Test
    void answersUnknownJobsAndResourcesWithNotFound() {
      assertThat(OrgCalls.refusal(calls.send("PATCH", INGEST + "/7505g0000000099AAA",
          "{\"state\":\"Aborted\"}"))).isEqualTo("404 NOT_FOUND");
      assertThat(OrgCalls.refusal(calls.send("GET", INGEST + "/not-an-id", null))).isEqualTo("404 NOT_FOUND");
      String id = createJob("{'object':'Lead','operation':'insert'}");
      assertThat(OrgCalls.refusal(calls.send("GET", INGEST + "/" + id + "/results", null)))
          .isEqualTo("404 NOT_FOUND");
      assertThat(OrgCalls.refusal(calls.send("GET", INGEST + "/" + id + "/batches", null)))
          .isEqualTo("405 METHOD_NOT_ALLOWED");
    }

    @Test
    void refusesAMaxRecordsThatIsNotAPositiveNumber() {
      calls.createAccount("A");
      String id = json(calls.send("POST", QUERY,
          "{\"operation\":\"query\",\"query\":\"SELECT Name FROM Account\"}")).get("id").asText();

      assertThat(OrgCalls.refusal(calls.send("GET", QUERY + "/" + id + "/results?maxRecords=lots", null)))
          .isEqualTo("400 API_ERROR");
      assertThat(OrgCalls.refusal(calls.send("GET", QUERY + "/" + id + "/results?maxRecords=0", null)))
          .isEqualTo("400 API_ERROR");
    }
  }
}
