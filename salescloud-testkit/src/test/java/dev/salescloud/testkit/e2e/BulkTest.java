package dev.salescloud.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.bulk.BulkClient;
import dev.salescloud.client.bulk.IngestResult;
import dev.salescloud.client.bulk.JobState;
import dev.salescloud.client.bulk.RecordOutcome;
import dev.salescloud.client.soql.SoqlParser;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.ApiException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.schema.FieldOptions;
import dev.salescloud.testkit.schema.FieldType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Bulk API 2.0 through the client, against the fake org's ingest and query jobs. */
class BulkTest {
  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final SalesCloudClient client = org.client();
  /** Polls every millisecond: the fake finishes jobs when they are closed or first polled. */
  private final BulkClient bulk =
      client.bulk().withPolling(Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(10));

  private static Lead lead(int i) {
    return Lead.builder().lastName("Lead " + i).company("Acme " + i).build();
  }

  private List<SalesforceId> insertLeads(int count) {
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      leads.add(lead(i));
    }
    IngestResult result = bulk.insert(leads);
    assertThat(result.failures()).isEmpty();
    return result.outcomes().stream().map(o -> o.id().orElseThrow()).collect(Collectors.toList());
  }

  @Nested
  class Insert {
    @Test
    void insertsTenThousandLeadsReportingEachOutcomeInInputOrderInAtMostTenCalls() {
      List<Lead> leads = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        leads.add(i % 500 == 7 ? Lead.builder().lastName("No company " + i).build() : lead(i));
      }
      int before = org.apiCallsToday();

      IngestResult result = bulk.insert(leads);

      int calls = org.apiCallsToday() - before;
      System.out.println("Bulk API 2.0: " + result.apiCalls() + " API calls for 10,000 records"
          + " (org counted " + calls + ")");
      assertThat(result.apiCalls()).isLessThanOrEqualTo(10).isEqualTo(calls);
      assertThat(result.outcomes()).hasSize(10_000);
      assertThat(result.savedCount()).isEqualTo(9_980);
      assertThat(result.failures()).extracting(RecordOutcome::index)
          .allMatch(i -> i % 500 == 7).hasSize(20);
      for (RecordOutcome failed : result.failures()) {
        assertThat(failed.status()).isEqualTo(RecordOutcome.Status.FAILED);
        assertThat(failed.id()).isEmpty();
        ApiError error = failed.errors().get(0);
        assertThat(error.code()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(error.message()).isEqualTo("Required fields are missing: [Company]");
        assertThat(error.fields()).containsExactly("Company");
      }
      Set<SalesforceId> ids = new HashSet<>();
      for (RecordOutcome saved : result.outcomes()) {
        if (saved.isSaved()) {
          assertThat(saved.created()).isTrue();
          SalesforceId id = saved.id().orElseThrow();
          ids.add(id);
          assertThat(org.store().get("Lead", id.value()).get("LastName").asText())
              .isEqualTo("Lead " + saved.index());
        }
      }
      assertThat(ids).hasSize(9_980);
      assertThat(org.store().count("Lead")).isEqualTo(9_980);
      assertThat(result.jobs()).hasSize(1);
      assertThat(result.jobs().get(0).state()).isEqualTo(JobState.JOB_COMPLETE);
      assertThat(result.jobs().get(0).recordsProcessed()).isEqualTo(10_000);
      assertThat(result.jobs().get(0).recordsFailed()).isEqualTo(20);
    }

    @Test
    void keepsHostileValuesIntactThroughTheCsvRoundTrip() {
      List<String> hostile = List.of(
          "say \"hello\"", "a, b, c", "line one\nline two", "  leading spaces", "trailing  ",
          "Ünïcødé — 東京 ✓", "\"", ",", "#N/A is text here?", "x\r\ny");
      List<Lead> leads = new ArrayList<>();
      for (int i = 0; i < hostile.size(); i++) {
        leads.add(Lead.builder().lastName("Row " + i).company("Acme").description(hostile.get(i)).build());
      }

      IngestResult result = bulk.insert(leads);

      assertThat(result.failures()).isEmpty();
      for (int i = 0; i < hostile.size(); i++) {
        SalesforceId id = result.outcomes().get(i).id().orElseThrow();
        assertThat(client.leads().get(id).description()).as("row %d", i).contains(hostile.get(i));
      }
    }
  }

  @Nested
  class UpdateUpsertDelete {
    @Test
    void updatesOnlyTheFieldsEachRecordSetsAndFailsUnknownIds() {
      List<SalesforceId> ids = insertLeads(3);
      SalesforceId gone = ids.get(2);
      client.leads().delete(gone);

      IngestResult result = bulk.update(List.of(
          SObject.builder("Lead").id(ids.get(0)).put("Title", "CTO").build(),
          SObject.builder("Lead").id(ids.get(1)).putNull("Company").build(),
          SObject.builder("Lead").id(gone).put("Title", "Ghost").build()));

      assertThat(result.outcomes()).extracting(RecordOutcome::status).containsExactly(
          RecordOutcome.Status.SAVED, RecordOutcome.Status.FAILED, RecordOutcome.Status.FAILED);
      assertThat(result.outcomes().get(0).created()).isFalse();
      assertThat(result.outcomes().get(1).errors()).extracting(ApiError::code)
          .containsExactly("REQUIRED_FIELD_MISSING");
      assertThat(result.outcomes().get(2).errors()).extracting(ApiError::code)
          .containsExactly("ENTITY_IS_DELETED");
      assertThat(result.outcomes().get(2).id()).contains(gone);
      Lead first = client.leads().get(ids.get(0));
      assertThat(first.title()).contains("CTO");
      assertThat(first.company()).contains("Acme 0");
    }

    @Test
    void upsertsByExternalIdTellingCreatedFromUpdated() {
      org.schema().addField("Account", "Erp_Id__c", FieldType.STRING,
          FieldOptions.builder().externalId().unique().build());
      SalesforceId existing = client.sobjects("Account").create(
          SObject.builder("Account").put("Name", "Old").put("Erp_Id__c", "E-1").build());

      IngestResult result = bulk.upsert("Erp_Id__c", List.of(
          SObject.builder("Account").put("Erp_Id__c", "E-1").put("Name", "Renamed").build(),
          SObject.builder("Account").put("Erp_Id__c", "E-2").put("Name", "New").build()));

      assertThat(result.failures()).isEmpty();
      assertThat(result.outcomes().get(0).id()).contains(existing);
      assertThat(result.outcomes().get(0).created()).isFalse();
      assertThat(result.outcomes().get(1).created()).isTrue();
      assertThat(client.accounts().get(existing).name()).contains("Renamed");
      assertThat(org.store().count("Account")).isEqualTo(2);
    }

    @Test
    void deletesByIdIntoTheRecycleBin() {
      List<SalesforceId> ids = insertLeads(5);

      IngestResult result = bulk.delete(ids.subList(0, 4));

      assertThat(result.savedCount()).isEqualTo(4);
      assertThat(result.outcomes()).extracting(o -> o.id().orElseThrow())
          .containsExactlyElementsOf(ids.subList(0, 4));
      assertThat(org.store().count("Lead")).isEqualTo(1);
      assertThat(client.queryAll("SELECT Id FROM Lead WHERE IsDeleted = true", SObject.class).stream())
          .hasSize(4);
    }

    @Test
    void hardDeletesPastTheRecycleBin() {
      List<SalesforceId> ids = insertLeads(3);
      bulk.delete(ids.subList(2, 3));

      IngestResult result = bulk.hardDelete(ids);

      assertThat(result.outcomes()).extracting(RecordOutcome::status).containsExactly(
          RecordOutcome.Status.SAVED, RecordOutcome.Status.SAVED, RecordOutcome.Status.FAILED);
      assertThat(result.outcomes().get(2).errors().get(0).code()).isEqualTo("ENTITY_IS_DELETED");
      assertThat(client.queryAll("SELECT Id FROM Lead", SObject.class).stream()).hasSize(1);
    }

    @Test
    void reportsEveryRecordNotProcessedWhenTheJobFailsOnAnUnknownColumn() {
      IngestResult result = bulk.insert(List.of(
          SObject.builder("Lead").put("LastName", "Ng").put("Company", "Acme").put("Shoe_Size__c", 9).build(),
          SObject.builder("Lead").put("LastName", "Li").put("Company", "Acme").build()));

      assertThat(result.jobs().get(0).state()).isEqualTo(JobState.FAILED);
      assertThat(result.jobs().get(0).errorMessage())
          .contains("InvalidBatch : Field name not found : Shoe_Size__c");
      assertThat(result.outcomes()).extracting(RecordOutcome::status)
          .containsOnly(RecordOutcome.Status.NOT_PROCESSED);
      assertThat(result.outcomes().get(0).errors().get(0).code()).isEqualTo("JOB_FAILED");
      assertThat(result.outcomes().get(0).errors().get(0).message())
          .contains("Field name not found : Shoe_Size__c");
      assertThat(org.store().count("Lead")).isZero();
    }
  }

  @Nested
  class Query {
    @Test
    void streamsRowsAcrossPagesWithParentFieldsInSelectOrder() {
      SalesforceId acme = client.accounts().create(Account.builder().name("Acme, Inc.").build());
      List<Contact> contacts = new ArrayList<>();
      for (int i = 0; i < 2_500; i++) {
        contacts.add(Contact.builder().lastName("C" + i).accountId(acme).build());
      }
      assertThat(bulk.insert(contacts).failures()).isEmpty();
      int before = org.apiCallsToday();

      List<Map<String, String>> rows =
          bulk.query("SELECT Id, LastName, Account.Name, Email FROM Contact").withPageSize(1_000).toList();

      assertThat(rows).hasSize(2_500);
      assertThat(rows.get(0).keySet()).containsExactly("Id", "LastName", "Account.Name", "Email");
      assertThat(rows.get(0)).containsEntry("LastName", "C0").containsEntry("Account.Name", "Acme, Inc.")
          .containsEntry("Email", "");
      assertThat(rows.get(2_499)).containsEntry("LastName", "C2499");
      assertThat(rows.stream().map(r -> r.get("Id")).distinct()).hasSize(2_500);
      assertThat(org.apiCallsToday() - before).as("create, one poll, three pages").isEqualTo(5);
    }

    @Test
    void refusesAggregatesBeforeSendingAndSubqueriesWithSalesforcesError() {
      assertThatThrownBy(() -> bulk.query("SELECT COUNT() FROM Lead"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("aggregates");

      assertThatThrownBy(() -> bulk.query("SELECT Name, (SELECT LastName FROM Contacts) FROM Account").toList())
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errors()).extracting(ApiError::code).containsExactly("FEATURENOTENABLED");
            assertThat(e.errors().get(0).message())
                .isEqualTo("FeatureNotEnabled : Aggregate Relationships not supported in Bulk Query");
          });
    }

    @Test
    void readsDeletedRecordsWithQueryAll() {
      List<SalesforceId> ids = insertLeads(3);
      client.leads().delete(ids.get(0));

      assertThat(bulk.query("SELECT Id FROM Lead").toList()).hasSize(2);
      assertThat(bulk.queryAll(SoqlParser.parse("SELECT Id, IsDeleted FROM Lead"))
          .toList()).extracting(r -> r.get("IsDeleted")).containsExactly("true", "false", "false");
    }
  }
}
