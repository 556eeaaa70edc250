package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.client.bulk.BulkClient;
import dev.salescloud.client.bulk.BulkJobException;
import dev.salescloud.client.bulk.IngestResult;
import dev.salescloud.client.bulk.RecordOutcome;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Lead;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BulkClientTest extends LoopbackTest {
  static final String JOBS = "/services/data/v66.0/jobs/ingest";

  final BulkStandIn bulkServer = new BulkStandIn();

  List<Lead> leads(int n) {
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Lead.Builder lead = Lead.builder().company("Acme, \"Inc\"\nWest").annualRevenue(new BigDecimal("1000"));
      if (i % 3 != 1) {
        lead.lastName("Ng " + i);
      } else {
        lead.firstName("Nameless " + i).customField("Note__c", "");
      }
      leads.add(lead.build());
    }
    return leads;
  }

  @Nested
  class Ingest {
    @Test
    void insertsThroughOneJobAndGivesEveryRecordItsOutcomeInInputOrder() throws Exception {
      server.dispatch(bulkServer::answer);

      IngestResult result = sf.bulk().insert(leads(6));

      assertThat(result.outcomes()).hasSize(6);
      assertThat(result.outcomes()).extracting(RecordOutcome::status).containsExactly(
          RecordOutcome.Status.SAVED, RecordOutcome.Status.FAILED, RecordOutcome.Status.SAVED,
          RecordOutcome.Status.SAVED, RecordOutcome.Status.FAILED, RecordOutcome.Status.SAVED);
      assertThat(result.outcomes().get(0).id()).contains(SalesforceId.of("00QD00000000001"));
      assertThat(result.outcomes().get(5).id()).contains(SalesforceId.of("00QD00000000004"));
      assertThat(result.outcomes().get(0).created()).isTrue();
      assertThat(result.outcomes().get(1).errors().get(0).code()).isEqualTo("REQUIRED_FIELD_MISSING");
      assertThat(result.outcomes().get(1).errors().get(0).fields()).containsExactly("LastName");
      assertThat(result.jobs()).hasSize(1);
      assertThat(result.apiCalls()).isEqualTo(8);   // create, upload, close, 2 polls, 3 result files
      assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void uploadsQuotedCsvWithClearedFieldsAsNa() {
      server.dispatch(bulkServer::answer);

      sf.bulk().insert(leads(2));

      List<Recorded> requests = server.takeAll();
      Recorded create = requests.get(0);
      assertThat(create.body()).contains("\"operation\":\"insert\"").contains("\"object\":\"Lead\"")
          .contains("\"lineEnding\":\"LF\"");
      Recorded upload = requests.get(1);
      assertThat(upload.method()).isEqualTo("PUT");
      assertThat(upload.header("Content-Type")).startsWith("text/csv");
      assertThat(upload.body()).isEqualTo(
          "\"LastName\",\"Company\",\"AnnualRevenue\",\"FirstName\",\"Note__c\"\n"
              + "\"Ng 0\",\"Acme, \"\"Inc\"\"\nWest\",\"1000\",\"\",\"\"\n"
              + "\"\",\"Acme, \"\"Inc\"\"\nWest\",\"1000\",\"Nameless 1\",\"#N/A\"\n");
    }

    @Test
    void splitsLargeInputsAcrossJobsOfTheGivenSize() {
      server.dispatch(bulkServer::answer);
      BulkClient bulk = sf.bulk().withMaxJobBytes(2048);

      IngestResult result = bulk.insert(leads(90));

      assertThat(result.jobs().size()).isGreaterThan(1);
      assertThat(bulkServer.uploads.values()).allSatisfy(csv -> assertThat(csv.length()).isLessThanOrEqualTo(2048));
      assertThat(result.outcomes()).hasSize(90);
      assertThat(result.savedCount()).isEqualTo(60);
    }

    @Test
    void reportsRecordsOfAFailedJobAsNotProcessed() {
      bulkServer.finalState = "Failed";
      server.dispatch(bulkServer::answer);

      IngestResult result = sf.bulk().insert(leads(3));

      assertThat(result.outcomes()).allSatisfy(o -> {
        assertThat(o.status()).isEqualTo(RecordOutcome.Status.NOT_PROCESSED);
        assertThat(o.errors().get(0).message()).contains("Field name not found");
      });
    }

    @Test
    void refusesMixedObjectsAndInsertsWithIdsBeforeSending() {
      assertThatThrownBy(() -> sf.bulk().insert(List.of(
              Lead.builder().lastName("A").company("C").build(), Account.builder().name("B").build())))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("records[1] is a Account");
      assertThatThrownBy(() -> sf.bulk().insert(List.of()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("at least one record");
      assertThatThrownBy(() -> sf.bulk().update(List.of(Lead.builder().lastName("A").build())))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("has no Id");
      assertThat(server.requestCount()).isZero();
    }
  }

  @Nested
  class Query {
    static final String QUERY_JOBS = "/services/data/v66.0/jobs/query";

    @Test
    void runsTheJobAndStreamsEveryPageThroughTheLocator() throws Exception {
      String job = SalesforceId.of("750D00000000Q01").value();
      server.dispatch(r -> {
        if (r.method().equals("POST")) {
          return Answer.json(200, "{\"id\":\"" + job + "\",\"operation\":\"query\",\"object\":\"Lead\",\"state\":\"UploadComplete\"}");
        }
        if (r.path().endsWith(job)) {
          return Answer.json(200, "{\"id\":\"" + job + "\",\"operation\":\"query\",\"object\":\"Lead\",\"state\":\"JobComplete\"}");
        }
        boolean first = r.rawQuery() == null || !r.rawQuery().contains("locator=");
        return new Answer(200, Map.of("Content-Type", "text/csv", "Sforce-Locator", first ? "MTAwMDA" : "null",
            "Sforce-NumberOfRecords", "2"),
            first ? "\"Id\",\"Account.Name\"\n\"00QD000000IqhSLMAZ\",\"Acme, Inc\"\n\"00QD000000IqhSMMAZ\",\"\"\n"
                : "\"Id\",\"Account.Name\"\n\"00QD000000IqhSNMAZ\",\"Globex\"\n", Duration.ZERO);
      });

      List<Map<String, String>> rows =
          sf.bulk().query(Soql.select("Id", "Account.Name").from("Lead")).withPageSize(2).toList();

      assertThat(rows).extracting(row -> row.get("Account.Name")).containsExactly("Acme, Inc", "", "Globex");
      List<Recorded> requests = server.takeAll();
      assertThat(requests.get(0).path()).isEqualTo(QUERY_JOBS);
      assertThat(requests.get(0).body()).contains("\"operation\":\"query\"").contains("SELECT Id, Account.Name FROM Lead");
      assertThat(requests.get(2).rawQuery()).isEqualTo("maxRecords=2");
      assertThat(requests.get(3).rawQuery()).isEqualTo("maxRecords=2&locator=MTAwMDA");
      assertThat(requests.get(3).header("Accept")).isEqualTo("text/csv");
    }

    @Test
    void raisesTheJobsErrorWhenItFails() {
      String job = SalesforceId.of("750D00000000Q02").value();
      server.dispatch(r -> Answer.json(200, "{\"id\":\"" + job + "\",\"operation\":\"query\",\"object\":\"Lead\","
          + "\"state\":\"Failed\",\"errorMessage\":\"InvalidBatch : Failed to process query\"}"));

      assertThatThrownBy(() -> sf.bulk().query("SELECT Id FROM Lead").toList())
          .isInstanceOf(BulkJobException.class)
          .hasMessageContaining("Failed to process query");
    }

    @Test
    void refusesAggregatesBeforeSending() {
      assertThatThrownBy(() -> sf.bulk().query("SELECT COUNT() FROM Lead"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("aggregates");
    }
  }
}
