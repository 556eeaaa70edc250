package dev.salescloud.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.AmbiguousExternalIdException;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SObjectPatch;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.NotFoundException;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.result.UpsertResult;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.ContactPatch;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadPatch;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.model.sales.OpportunityPatch;
import dev.salescloud.model.sales.Event;
import dev.salescloud.model.sales.Task;
import dev.salescloud.testkit.schema.FieldOptions;
import dev.salescloud.testkit.schema.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FakeSalesCloudTest {
  private static final Instant NOW = Instant.parse("2024-05-01T17:03:11Z");

  private final FakeSalesCloud org = FakeSalesCloud.builder().fixedAt(NOW).build();
  private final SalesCloudClient client = org.client();

  private SalesforceId newLead(String last, String company) {
    return client.leads().create(Lead.builder().lastName(last).company(company).build());
  }

  @Nested
  class Leads {
    @Test
    void createsAndReadsBackWithDefaultsDerivedAndSystemFields() {
      SalesforceId id =
          client.leads().create(Lead.builder().firstName("Ada").lastName("Ng").company("Acme").build());

      Lead lead = client.leads().get(id);

      assertThat(id.keyPrefix()).isEqualTo("00Q");
      assertThat(lead.id()).contains(id);
      assertThat(lead.name()).contains("Ada Ng");
      assertThat(lead.status()).contains(Lead.Status.OPEN_NOT_CONTACTED);
      assertThat(lead.createdDate()).contains(NOW);
      assertThat(lead.lastModifiedDate()).contains(NOW);
      assertThat(lead.createdById()).contains(org.store().runningUserId());
      assertThat(lead.ownerId()).contains(org.store().runningUserId());
      assertThat(lead.isDeleted()).contains(false);
    }

    @Test
    void updatesOnlyTheFieldsSentAndClearsNulls() {
      SalesforceId id =
          client.leads().create(
              Lead.builder().firstName("Ada").lastName("Ng").company("Acme").title("CTO").build());

      client.leads().update(id, LeadPatch.builder().lastName("Lovelace").clear("Title").build());

      Lead lead = client.leads().get(id);
      assertThat(lead.lastName()).contains("Lovelace");
      assertThat(lead.name()).contains("Ada Lovelace");
      assertThat(lead.company()).contains("Acme");
      assertThat(lead.title()).isEmpty();
    }

    @Test
    void readsOnlyTheFieldsAsked() {
      SalesforceId id = newLead("Ng", "Acme");

      Lead lead = client.leads().get(id, "Company");

      assertThat(lead.company()).contains("Acme");
      assertThat(lead.lastName()).isEmpty();
    }

    @Test
    void refusesAMissingRequiredFieldNamingIt() {
      assertThatThrownBy(() -> client.leads().create(Lead.builder().company("Acme").build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.errorCode()).contains("REQUIRED_FIELD_MISSING");
                assertThat(e.errors().get(0).message())
                    .isEqualTo("Required fields are missing: [LastName]");
                assertThat(e.errors().get(0).fields()).containsExactly("LastName");
              });
    }

    @Test
    void refusesClearingARequiredFieldOnUpdate() {
      SalesforceId id = newLead("Ng", "Acme");

      assertThatThrownBy(() -> client.leads().update(id, LeadPatch.builder().clear("Company").build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.errors().get(0).fields()).containsExactly("Company"));
      assertThat(client.leads().get(id).company()).contains("Acme");
    }

    @Test
    void refusesTextLongerThanTheField() {
      assertThatThrownBy(
              () -> client.leads().create(Lead.builder().lastName("x".repeat(81)).company("A").build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.errorCode()).contains("STRING_TOO_LONG");
                assertThat(e.errors().get(0).fields()).containsExactly("LastName");
                assertThat(e.errors().get(0).message()).contains("max length=80");
              });
    }

    @Test
    void deletedRecordsAreNotFoundAsDeleted() {
      SalesforceId id = newLead("Ng", "Acme");

      client.leads().delete(id);

      assertThatThrownBy(() -> client.leads().get(id))
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.errorCode()).contains("ENTITY_IS_DELETED"));
      assertThatThrownBy(() -> client.leads().delete(id))
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.errorCode()).contains("ENTITY_IS_DELETED"));
      assertThatThrownBy(() -> client.leads().update(id, LeadPatch.builder().title("x").build()))
          .isInstanceOf(NotFoundException.class);
      assertThat(org.store().count("Lead")).isZero();
    }

    @Test
    void missingRecordsAreNotFound() {
      SalesforceId missing = SalesforceId.of("00Q5g0000000099");

      assertThatThrownBy(() -> client.leads().get(missing))
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.errorCode()).contains("NOT_FOUND"));
    }
  }

  @Nested
  class AccountsContactsAndOpportunities {
    @Test
    void contactsPointToAccounts() {
      SalesforceId account = client.accounts().create(Account.builder().name("Acme").build());
      SalesforceId contact =
          client.contacts().create(
              Contact.builder().firstName("Ada").lastName("Ng").accountId(account).build());

      Contact read = client.contacts().get(contact);

      assertThat(account.keyPrefix()).isEqualTo("001");
      assertThat(contact.keyPrefix()).isEqualTo("003");
      assertThat(read.accountId()).contains(account);
      assertThat(read.name()).contains("Ada Ng");
    }

    @Test
    void refusesALookupToAMissingOrWrongRecord() {
      SalesforceId lead = newLead("Ng", "Acme");
      SalesforceId contact = client.contacts().create(Contact.builder().lastName("Ng").build());

      assertThatThrownBy(
              () -> client.contacts().update(contact, ContactPatch.builder().accountId(
                  SalesforceId.of("0015g0000000099")).build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.errorCode()).contains("INVALID_CROSS_REFERENCE_KEY");
                assertThat(e.errors().get(0).fields()).containsExactly("AccountId");
              });
      assertThatThrownBy(
              () -> client.sobjects("Contact").update(
                  contact, SObjectPatch.builder("Contact").set("ReportsToId", lead.value()).build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.errorCode()).contains("INVALID_CROSS_REFERENCE_KEY"));
    }

    @Test
    void opportunitiesDeriveTheirForecastFieldsFromTheStage() {
      SalesforceId id =
          client.opportunities().create(
              Opportunity.builder()
                  .name("Big deal")
                  .stageName(Opportunity.Stage.VALUE_PROPOSITION)
                  .closeDate(LocalDate.of(2024, 6, 30))
                  .amount(new BigDecimal("1000"))
                  .build());

      Opportunity open = client.opportunities().get(id);
      assertThat(open.probability()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("50"));
      assertThat(open.expectedRevenue())
          .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("500"));
      assertThat(open.isClosed()).contains(false);
      assertThat(open.forecastCategoryName()).contains("Pipeline");

      client.opportunities().update(
          id, OpportunityPatch.builder().stageName(Opportunity.Stage.CLOSED_WON).build());

      Opportunity won = client.opportunities().get(id);
      assertThat(won.isClosed()).contains(true);
      assertThat(won.isWon()).contains(true);
      assertThat(won.probability()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("100"));
      assertThat(won.forecastCategoryName()).contains("Closed");
      assertThat(won.expectedRevenue())
          .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1000"));
    }

    @Test
    void anOpportunityNeedsNameStageAndCloseDate() {
      assertThatThrownBy(
              () -> client.opportunities().create(Opportunity.builder().amount(BigDecimal.TEN).build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.errors().get(0).message())
                    .isEqualTo("Required fields are missing: [Name, StageName, CloseDate]");
                assertThat(e.errors().get(0).fields())
                    .containsExactly("Name", "StageName", "CloseDate");
              });
    }
  }

  @Nested
  class Activities {
    @Test
    void tasksGetTheirDefaultStatusAndPriority() {
      SalesforceId lead = newLead("Ng", "Acme");
      SalesforceId id =
          client.tasks().create(Task.builder().subject("Call").whoId(lead).build());

      Task task = client.tasks().get(id);

      assertThat(id.keyPrefix()).isEqualTo("00T");
      assertThat(task.status()).contains("Not Started");
      assertThat(task.priority()).contains("Normal");
      assertThat(task.isClosed()).contains(false);
      assertThat(task.whoId()).contains(lead);
    }

    @Test
    void anEventNeedsAnEndOrADuration() {
      Instant start = Instant.parse("2024-05-02T09:00:00Z");

      assertThatThrownBy(
              () -> client.events().create(Event.builder().subject("Demo").startDateTime(start).build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.errorCode()).contains("REQUIRED_FIELD_MISSING");
                assertThat(e.errors().get(0).fields()).containsExactly("DurationInMinutes");
              });
      SalesforceId id =
          client.events().create(
              Event.builder().subject("Demo").startDateTime(start).endDateTime(start.plusSeconds(1800)).build());
      assertThat(client.events().get(id).startDateTime()).contains(start);
    }
  }

  @Nested
  class CustomObjectsAndFields {
    @Test
    void customFieldsAreWrittenAndRead() {
      org.schema().addField("Lead", "Score__c", FieldType.NUMBER);
      SalesforceId id =
          client.sobjects("Lead")
              .create(SObject.builder("Lead").put("LastName", "Ng").put("Company", "A")
                  .put("Score__c", 42).build());

      SObject lead = client.sobjects("Lead").get(id);

      assertThat(lead.get("Score__c", BigDecimal.class))
          .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("42"));
    }

    @Test
    void customObjectsGetTheirOwnKeyPrefix() {
      org.schema().addObject("Invoice__c");
      org.schema().addField("Invoice__c", "Total__c", FieldType.CURRENCY);
      org.schema().addObject("Payment__c");

      SalesforceId invoice =
          client.sobjects("Invoice__c")
              .create(SObject.builder("Invoice__c").put("Name", "INV-1").put("Total__c", 12.5).build());
      SalesforceId payment =
          client.sobjects("Payment__c").create(SObject.builder("Payment__c").put("Name", "P-1").build());
      client.sobjects("Invoice__c")
          .update(invoice, SObjectPatch.builder("Invoice__c").set("Total__c", 20).build());

      assertThat(invoice.keyPrefix()).isEqualTo("a00");
      assertThat(payment.keyPrefix()).isEqualTo("a01");
      assertThat(client.sobjects("Invoice__c").get(invoice).get("Total__c", BigDecimal.class))
          .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20"));
    }

    @Test
    void refusesAnUndeclaredField() {
      assertThatThrownBy(
              () -> client.sobjects("Lead")
                  .create(SObject.builder("Lead").put("LastName", "Ng").put("Company", "A")
                      .put("Nope__c", 1).build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.errorCode()).contains("INVALID_FIELD");
                assertThat(e.errors().get(0).message())
                    .isEqualTo("No such column 'Nope__c' on sobject of type Lead");
              });
    }

    @Test
    void unknownObjectsAreNotFound() {
      assertThatThrownBy(
              () -> client.sobjects("Nope__c").create(SObject.builder("Nope__c").put("Name", "x").build()))
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.errorCode()).contains("NOT_FOUND"));
    }
  }

  @Nested
  class Upserts {
    @Test
    void createsThenUpdatesByExternalId() {
      org.schema().addField("Account", "Erp_Id__c", FieldType.STRING, FieldOptions.builder().length(20).externalId().build());

      UpsertResult first =
          client.accounts().upsert("Erp_Id__c", "E-1", Account.builder().name("Acme").build());
      UpsertResult second =
          client.accounts().upsert("Erp_Id__c", "E-1", Account.builder().name("Acme Corp").build());

      assertThat(first.created()).contains(true);
      assertThat(second.created()).contains(false);
      assertThat(second.id()).isEqualTo(first.id());
      assertThat(client.accounts().get(first.id().orElseThrow()).name()).contains("Acme Corp");
      assertThat(org.store().count("Account")).isEqualTo(1);
    }

    @Test
    void severalMatchesAreAmbiguous() {
      org.schema().addField("Account", "Erp_Id__c", FieldType.STRING, FieldOptions.builder().length(20).externalId().build());
      for (int i = 0; i < 2; i++) {
        client.sobjects("Account").create(
            SObject.builder("Account").put("Name", "A" + i).put("Erp_Id__c", "dup").build());
      }

      assertThatThrownBy(
              () -> client.accounts().upsert("Erp_Id__c", "dup", Account.builder().name("B").build()))
          .isInstanceOf(AmbiguousExternalIdException.class);
    }

    @Test
    void anUnknownExternalIdFieldIsNotFound() {
      assertThatThrownBy(
              () -> client.accounts().upsert("Nope__c", "1", Account.builder().name("B").build()))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Nested
  class Sessions {
    @Test
    void aClientWithATokenTheOrgDidNotIssueIsRefused() {
      SalesCloudClient stranger =
          SalesCloudClient.builder()
              .credentials(StaticCredentials.of("00D000000000001!forged", FakeSalesCloud.INSTANCE_URL))
              .transport(org.transport())
              .build();

      assertThatThrownBy(() -> stranger.accounts().create(Account.builder().name("A").build()))
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              e -> assertThat(e.errorCode()).contains("INVALID_SESSION_ID"));
      assertThat(org.store().count("Account")).isZero();
    }

    @Test
    void clientsOfOneOrgSeeEachOthersRecords() {
      SalesforceId id = newLead("Ng", "Acme");

      assertThat(org.client().leads().get(id).company()).contains("Acme");
    }
  }

  @Nested
  class Limits {
    @Test
    void everyCallIsCountedInTheLimitHeader() {
      SalesforceId id = newLead("Ng", "Acme");
      client.leads().get(id);
      client.leads().delete(id);

      assertThat(client.limits().lastKnown())
          .hasValueSatisfying(
              usage -> {
                assertThat(usage.used()).isEqualTo(3);
                assertThat(usage.max()).isEqualTo(15_000);
              });
      assertThat(org.apiCallsToday()).isEqualTo(3);
    }
  }
}
