package dev.salescloud.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.composite.BatchResponse;
import dev.salescloud.model.composite.CollectionResults;
import dev.salescloud.model.composite.CompositeResponse;
import dev.salescloud.model.composite.CompositeSubresponse;
import dev.salescloud.model.composite.Reference;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.result.SaveResult;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.AccountPatch;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadPatch;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.schema.FieldOptions;
import dev.salescloud.testkit.schema.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Composite, Composite Batch and sObject Collections through the client, against the fake org. */
class ManyRecordsTest {
  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final SalesCloudClient client = org.client();

  private static Lead lead(String lastName) {
    return Lead.builder().lastName(lastName).company("Acme").build();
  }

  @Nested
  class Composite {
    @Test
    void chainsReferencesFromACreateThroughAQueryToAnUpdateInOneCall() {
      CompositeResponse response = client.composite()
          .create("acct", Account.builder().name("Acme").build())
          .create("ng", Contact.builder().lastName("Ng").build(), Map.of("AccountId", Reference.id("acct")))
          .query("contacts", "SELECT Id, LastName FROM Contact WHERE AccountId = '@{acct.id}'")
          .update("rename", Reference.id("acct"), AccountPatch.builder().name("Acme Corp").build(), Map.of())
          .send();

      assertThat(response.hasErrors()).isFalse();
      SalesforceId account = response.subresponse("acct").flatMap(r -> r.bodyAs(SaveResult.class))
          .flatMap(SaveResult::id).orElseThrow();
      SalesforceId contact = response.subresponse("ng").flatMap(r -> r.bodyAs(SaveResult.class))
          .flatMap(SaveResult::id).orElseThrow();
      JsonNode found = response.subresponse("contacts").flatMap(CompositeSubresponse::body).orElseThrow();
      assertThat(found.get("totalSize").asInt()).isEqualTo(1);
      assertThat(found.get("records").get(0).get("Id").asText()).isEqualTo(contact.value());
      assertThat(response.subresponse("rename").map(CompositeSubresponse::httpStatusCode)).contains(204);
      assertThat(client.accounts().get(account).name()).contains("Acme Corp");
      assertThat(client.contacts().get(contact).accountId()).contains(account);
      assertThat(org.apiCallsToday()).isEqualTo(3);
    }

    @Test
    void rollsEverythingBackUnderAllOrNoneAndHaltsTheOthers() {
      CompositeResponse response = client.composite()
          .create("acct", Account.builder().name("Acme").build())
          .create("bad", Contact.builder().firstName("NoLastName").build(), Map.of("AccountId", Reference.id("acct")))
          .create("lead", lead("Ng"))
          .send();

      assertThat(response.rolledBack()).isTrue();
      CompositeSubresponse bad = response.subresponse("bad").orElseThrow();
      assertThat(bad.httpStatusCode()).isEqualTo(400);
      assertThat(bad.errors()).extracting(ApiError::code).containsExactly("REQUIRED_FIELD_MISSING");
      for (String other : List.of("acct", "lead")) {
        CompositeSubresponse halted = response.subresponse(other).orElseThrow();
        assertThat(halted.httpStatusCode()).isEqualTo(400);
        assertThat(halted.isProcessingHalted()).isTrue();
        assertThat(halted.errors().get(0).message()).isEqualTo("The transaction was rolled back since"
            + " another operation in the same transaction failed.");
      }
      assertThat(org.store().count("Account")).isZero();
      assertThat(org.store().count("Contact")).isZero();
      assertThat(org.store().count("Lead")).isZero();
      assertThat(client.query("SELECT Id FROM Account", SObject.class).stream()).isEmpty();
    }

    @Test
    void keepsIndependentWorkWithoutAllOrNoneAndHaltsOnlyDependents() {
      CompositeResponse response = client.composite()
          .allOrNone(false)
          .create("bad", SObject.builder("Account").put("Phone", "555-0100").build())
          .create("ng", Contact.builder().lastName("Ng").build(), Map.of("AccountId", Reference.id("bad")))
          .create("lead", lead("Li"))
          .send();

      assertThat(response.rolledBack()).isFalse();
      assertThat(response.subresponse("bad").orElseThrow().errors()).extracting(ApiError::code)
          .containsExactly("REQUIRED_FIELD_MISSING");
      assertThat(response.subresponse("ng").orElseThrow().isProcessingHalted()).isTrue();
      assertThat(response.subresponse("lead").orElseThrow().httpStatusCode()).isEqualTo(201);
      assertThat(org.store().count("Lead")).isEqualTo(1);
      assertThat(org.store().count("Contact")).isZero();
    }
  }

  @Nested
  class Batch {
    @Test
    void haltsTheRestAfterTheFirstFailureWhenAsked() {
      SalesforceId ng = client.leads().create(lead("Ng"));

      BatchResponse response = client.batch()
          .update(ng, LeadPatch.builder().title("CTO").build())
          .create(Lead.builder().lastName("NoCompany").build())
          .create(lead("Never"))
          .query("SELECT Id FROM Lead")
          .haltOnError(true)
          .send();

      assertThat(response.hasErrors()).isTrue();
      assertThat(response.results()).extracting(r -> r.statusCode()).containsExactly(204, 400, 412, 412);
      assertThat(response.firstFailureIndex()).contains(1);
      assertThat(response.haltedCount()).isEqualTo(2);
      assertThat(response.results().get(2).errors()).extracting(ApiError::code)
          .containsExactly("BATCH_PROCESSING_HALTED");
      assertThat(client.leads().get(ng).title()).contains("CTO");
      assertThat(org.store().count("Lead")).isEqualTo(1);
    }

    @Test
    void runsEverySubrequestWithoutHaltOnErrorAndCountsEachOneAsACall() {
      int before = org.apiCallsToday();

      BatchResponse response = client.batch()
          .create(Lead.builder().lastName("NoCompany").build())
          .create(lead("Kept"))
          .send();

      assertThat(response.results()).extracting(r -> r.statusCode()).containsExactly(400, 201);
      assertThat(org.store().count("Lead")).isEqualTo(1);
      assertThat(org.apiCallsToday() - before).isEqualTo(2);
    }
  }

  @Nested
  class Collections {
    @Test
    void reportsAPartialFailureInInputOrderAcrossMixedTypes() {
      CollectionResults results = client.collections().create(List.of(
          lead("Ng"),
          Account.builder().name("Acme").build(),
          Lead.builder().lastName("NoCompany").build(),
          Contact.builder().lastName("Li").build()));

      assertThat(results.size()).isEqualTo(4);
      assertThat(results.failedIndexes()).containsExactly(2);
      assertThat(results.get(2).errors()).extracting(ApiError::code).containsExactly("REQUIRED_FIELD_MISSING");
      assertThat(results.get(2).errors().get(0).fields()).containsExactly("Company");
      assertThat(results.ids().get(0).orElseThrow().keyPrefix()).isEqualTo("00Q");
      assertThat(results.ids().get(1).orElseThrow().keyPrefix()).isEqualTo("001");
      assertThat(results.ids().get(2)).isEmpty();
      assertThat(results.ids().get(3).orElseThrow().keyPrefix()).isEqualTo("003");
      assertThat(org.store().count("Lead")).isEqualTo(1);
    }

    @Test
    void rollsBackEveryRecordUnderAllOrNone() {
      CollectionResults results = client.collections().create(
          List.of(lead("Ng"), Lead.builder().lastName("NoCompany").build()), true);

      assertThat(results.rolledBack()).isTrue();
      assertThat(results.get(0).errors()).extracting(ApiError::code)
          .containsExactly(CollectionResults.ALL_OR_NONE_OPERATION_ROLLED_BACK);
      assertThat(org.store().count("Lead")).isZero();
    }

    @Test
    void upsertsByExternalIdSayingWhichRecordsWereCreated() {
      org.schema().addField("Account", "Erp_Id__c", FieldType.STRING,
          FieldOptions.builder().externalId().unique().build());
      SalesforceId existing = client.sobjects("Account").create(
          SObject.builder("Account").put("Name", "Old").put("Erp_Id__c", "E-1").build());

      CollectionResults results = client.collections().upsert("Erp_Id__c", List.of(
          SObject.builder("Account").put("Name", "Renamed").put("Erp_Id__c", "E-1").build(),
          SObject.builder("Account").put("Name", "New").put("Erp_Id__c", "E-2").build()));

      assertThat(results.hasErrors()).isFalse();
      assertThat(results.ids().get(0)).contains(existing);
      assertThat(results.created(0)).contains(false);
      assertThat(results.created(1)).contains(true);
      assertThat(client.accounts().get(existing).name()).contains("Renamed");
    }

    @Test
    void spendsOneCallPerTwoHundredRecords() {
      List<Lead> leads = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        leads.add(lead("Lead " + i));
      }
      int before = org.apiCallsToday();

      int saved = 0;
      for (int from = 0; from < leads.size(); from += 200) {
        saved += client.collections().create(leads.subList(from, from + 200)).size();
      }

      int calls = org.apiCallsToday() - before;
      System.out.println("sObject Collections: " + calls + " API calls for 10,000 records");
      assertThat(saved).isEqualTo(10_000);
      assertThat(calls).isEqualTo(50);
      assertThat(org.store().count("Lead")).isEqualTo(10_000);
    }
  }
}
