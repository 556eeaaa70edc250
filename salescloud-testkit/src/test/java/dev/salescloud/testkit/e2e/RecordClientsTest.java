package dev.salescloud.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.AmbiguousExternalIdException;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SObjectPatch;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.NotFoundException;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.result.UpsertResult;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.AccountPatch;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.ContactPatch;
import dev.salescloud.model.sales.Event;
import dev.salescloud.model.sales.EventPatch;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadPatch;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.model.sales.OpportunityPatch;
import dev.salescloud.model.sales.Task;
import dev.salescloud.model.sales.TaskPatch;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.schema.FieldOptions;
import dev.salescloud.testkit.schema.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecordClientsTest {
  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final SalesCloudClient client = org.client();

  @Nested
  class Leads {
    @Test
    void createGetUpdateWithSetAndClearThenDelete() {
      SalesforceId id = client.leads().create(
          Lead.builder().firstName("Ada").lastName("Ng").company("Acme").title("CTO").build());

      client.leads().update(id, LeadPatch.builder().company("Globex").clear("Title").build());

      Lead lead = client.leads().get(id);
      assertThat(lead.company()).contains("Globex");
      assertThat(lead.title()).isEmpty();
      assertThat(lead.name()).contains("Ada Ng");
      assertThat(client.leads().get(id, "Company", "Title").lastName()).isEmpty();
      client.leads().delete(id);
      assertThat(org.store().count("Lead")).isZero();
    }
  }

  @Nested
  class Accounts {
    @Test
    void createGetUpdateWithSetAndClearThenDelete() {
      SalesforceId id = client.accounts().create(
          Account.builder().name("Acme").phone("+1 415 555 1212").website("https://acme.example").build());

      client.accounts().update(id, AccountPatch.builder().name("Acme Corp").clear("Phone").build());

      Account account = client.accounts().get(id);
      assertThat(account.name()).contains("Acme Corp");
      assertThat(account.phone()).isEmpty();
      assertThat(account.website()).contains("https://acme.example");
      Account some = client.accounts().get(id, "Website");
      assertThat(some.website()).contains("https://acme.example");
      assertThat(some.name()).isEmpty();
      client.accounts().delete(id);
      assertThatThrownBy(() -> client.accounts().get(id)).isInstanceOf(NotFoundException.class);
    }
  }

  @Nested
  class Contacts {
    @Test
    void createGetUpdateWithSetAndClearThenDelete() {
      SalesforceId account = client.accounts().create(Account.builder().name("Acme").build());
      SalesforceId id = client.contacts().create(
          Contact.builder().lastName("Ng").email("ada@acme.example").accountId(account).build());

      client.contacts().update(id, ContactPatch.builder().firstName("Ada").clear("AccountId").build());

      Contact contact = client.contacts().get(id);
      assertThat(contact.name()).contains("Ada Ng");
      assertThat(contact.accountId()).isEmpty();
      assertThat(contact.email()).contains("ada@acme.example");
      assertThat(client.contacts().get(id, "Email").firstName()).isEmpty();
      client.contacts().delete(id);
      assertThat(org.store().count("Contact")).isZero();
    }
  }

  @Nested
  class Opportunities {
    @Test
    void createGetUpdateWithSetAndClearThenDelete() {
      SalesforceId id = client.opportunities().create(Opportunity.builder().name("Deal")
          .stageName(Opportunity.Stage.PROSPECTING).closeDate(LocalDate.of(2030, 1, 31))
          .amount(new BigDecimal("1200")).nextStep("Call").build());

      client.opportunities().update(
          id, OpportunityPatch.builder().amount(new BigDecimal("2400")).clear("NextStep").build());

      Opportunity deal = client.opportunities().get(id);
      assertThat(deal.amount()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("2400"));
      assertThat(deal.nextStep()).isEmpty();
      assertThat(deal.closeDate()).contains(LocalDate.of(2030, 1, 31));
      assertThat(client.opportunities().get(id, "Name").amount()).isEmpty();
      client.opportunities().delete(id);
      assertThat(org.store().count("Opportunity")).isZero();
    }
  }

  @Nested
  class Tasks {
    @Test
    void createGetUpdateWithSetAndClearThenDelete() {
      SalesforceId lead = client.leads().create(Lead.builder().lastName("Ng").company("Acme").build());
      SalesforceId id = client.tasks().create(
          Task.builder().subject("Call").whoId(lead).description("Ask about renewal").build());

      client.tasks().update(id, TaskPatch.builder().status("Completed").clear("Description").build());

      Task task = client.tasks().get(id);
      assertThat(task.status()).contains("Completed");
      assertThat(task.isClosed()).contains(true);
      assertThat(task.description()).isEmpty();
      assertThat(task.whoId()).contains(lead);
      assertThat(client.tasks().get(id, "Subject").status()).isEmpty();
      client.tasks().delete(id);
      assertThat(org.store().count("Task")).isZero();
    }
  }

  @Nested
  class Events {
    @Test
    void createGetUpdateWithSetAndClearThenDelete() {
      Instant start = Instant.parse("2030-05-02T09:00:00Z");
      SalesforceId id = client.events().create(Event.builder().subject("Demo").startDateTime(start)
          .durationInMinutes(30).location("Room 1").build());

      client.events().update(id, EventPatch.builder().durationInMinutes(60).clear("Location").build());

      Event event = client.events().get(id);
      assertThat(event.durationInMinutes()).contains(60);
      assertThat(event.location()).isEmpty();
      assertThat(event.startDateTime()).contains(start);
      assertThat(client.events().get(id, "Subject").durationInMinutes()).isEmpty();
      client.events().delete(id);
      assertThat(org.store().count("Event")).isZero();
    }
  }

  @Nested
  class GenericRecords {
    @Test
    void customObjectCreateGetUpdateWithSetAndClearThenDelete() {
      org.schema().addObject("Invoice__c");
      org.schema().addField("Invoice__c", "Total__c", FieldType.CURRENCY);
      org.schema().addTextField("Invoice__c", "Memo__c", 80);

      SalesforceId id = client.sobjects("Invoice__c").create(SObject.builder("Invoice__c")
          .put("Name", "INV-1").put("Total__c", 12.5).put("Memo__c", "first").build());
      client.sobjects("Invoice__c").update(id, SObjectPatch.builder("Invoice__c")
          .set("Total__c", 20).clear("Memo__c").build());

      SObject invoice = client.sobjects("Invoice__c").get(id);
      assertThat(invoice.get("Total__c", BigDecimal.class))
          .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20"));
      assertThat(invoice.get("Memo__c", String.class)).isEmpty();
      assertThat(client.sobjects("Invoice__c").get(id, "Name").get("Total__c", BigDecimal.class))
          .isEmpty();
      client.sobjects("Invoice__c").delete(id);
      assertThat(org.store().count("Invoice__c")).isZero();
    }
  }

  @Nested
  class Upserts {
    @Test
    void createsThenUpdatesTheSameRecord() {
      org.schema().addField("Contact", "Legacy_Id__c", FieldType.STRING, FieldOptions.builder().length(20).externalId().build());

      UpsertResult created = client.contacts().upsert("Legacy_Id__c", "C-1042",
          Contact.builder().lastName("Ng").email("ada@acme.example").build());
      UpsertResult updated = client.contacts().upsert("Legacy_Id__c", "C-1042",
          Contact.builder().lastName("Lovelace").build());

      assertThat(created.created()).contains(true);
      assertThat(updated.created()).contains(false);
      assertThat(updated.id()).isEqualTo(created.id());
      Contact contact = client.contacts().get(created.id().orElseThrow());
      assertThat(contact.lastName()).contains("Lovelace");
      assertThat(contact.email()).contains("ada@acme.example");
      assertThat(org.store().count("Contact")).isEqualTo(1);
    }

    @Test
    void beforeVersion46AnUpdateAnswersNoContentSoNoId() {
      org.schema().addField("Account", "Erp_Id__c", FieldType.STRING, FieldOptions.builder().length(20).externalId().build());
      SalesCloudClient v45 = SalesCloudClient.builder()
          .credentials(StaticCredentials.of(org.accessToken(), FakeSalesCloud.INSTANCE_URL))
          .transport(org.transport())
          .apiVersion("45.0")
          .build();

      UpsertResult created = v45.accounts().upsert("Erp_Id__c", "E-1", Account.builder().name("A").build());
      UpsertResult updated = v45.accounts().upsert("Erp_Id__c", "E-1", Account.builder().name("B").build());

      assertThat(created.created()).contains(true);
      assertThat(created.id()).isPresent();
      assertThat(updated.created()).contains(false);
      assertThat(updated.id()).isEmpty();
      assertThat(client.accounts().get(created.id().orElseThrow()).name()).contains("B");
    }

    @Test
    void aValueMatchingSeveralRecordsIsAmbiguousAndWritesNothing() {
      org.schema().addField("Lead", "Erp_Id__c", FieldType.STRING, FieldOptions.builder().length(20).externalId().build());
      SalesforceId first = client.sobjects("Lead").create(SObject.builder("Lead")
          .put("LastName", "A").put("Company", "x").put("Erp_Id__c", "dup").build());
      SalesforceId second = client.sobjects("Lead").create(SObject.builder("Lead")
          .put("LastName", "B").put("Company", "x").put("Erp_Id__c", "dup").build());

      assertThatThrownBy(() -> client.leads().upsert("Erp_Id__c", "dup",
              Lead.builder().lastName("C").company("x").build()))
          .isInstanceOfSatisfying(AmbiguousExternalIdException.class, e -> {
            assertThat(e.status()).isEqualTo(300);
            assertThat(e.externalIdField()).isEqualTo("Erp_Id__c");
            assertThat(e.ids()).containsExactlyInAnyOrder(first, second);
          });
      assertThat(org.store().count("Lead")).isEqualTo(2);
    }

    @Test
    void anUnknownExternalIdFieldIsNotFound() {
      assertThatThrownBy(() -> client.accounts().upsert("Nope__c", "1",
              Account.builder().name("B").build()))
          .isInstanceOfSatisfying(NotFoundException.class,
              e -> assertThat(e.errorCode()).contains("NOT_FOUND"));
    }
  }

  @Nested
  class Errors {
    @Test
    void aMissingRecordIsNotFound() {
      assertThatThrownBy(() -> client.contacts().get(SalesforceId.of("0035g0000000099")))
          .isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.errorCode()).contains("NOT_FOUND");
          });
    }

    @Test
    void aDeletedRecordIsEntityIsDeletedForReadsUpdatesAndDeletes() {
      SalesforceId id = client.accounts().create(Account.builder().name("Acme").build());
      client.accounts().delete(id);

      for (Runnable call : new Runnable[] {
          () -> client.accounts().get(id),
          () -> client.accounts().update(id, AccountPatch.builder().name("X").build()),
          () -> client.accounts().delete(id)}) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.errorCode()).contains("ENTITY_IS_DELETED");
        });
      }
    }

    @Test
    void aMissingRequiredFieldIsAValidationErrorNamingTheField() {
      assertThatThrownBy(() -> client.contacts().create(Contact.builder().firstName("Ada").build()))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errorCode()).contains("REQUIRED_FIELD_MISSING");
            assertThat(e.errors().get(0).fields()).containsExactly("LastName");
          });
    }

    @Test
    void aLookupToAMissingRecordIsAValidationErrorNamingTheField() {
      SalesforceId missing = SalesforceId.of("0015g0000000099");

      assertThatThrownBy(() -> client.contacts().create(
              Contact.builder().lastName("Ng").accountId(missing).build()))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errorCode()).contains("INVALID_CROSS_REFERENCE_KEY");
            assertThat(e.errors().get(0).fields()).containsExactly("AccountId");
          });
      assertThat(org.store().count("Contact")).isZero();
    }

    @Test
    void anUnknownFieldToReadIsAValidationError() {
      SalesforceId id = client.accounts().create(Account.builder().name("Acme").build());

      assertThatThrownBy(() -> client.accounts().get(id, "Nope__c"))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.errorCode()).contains("INVALID_FIELD"));
    }
  }
}
