package dev.salescloud.testkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SObjectPatch;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.NotFoundException;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.model.sales.OpportunityPatch;
import dev.salescloud.testkit.FakeSalesCloud;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WriteChecksTest {
  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final SalesCloudClient client = org.client();

  private SalesforceId account(String name, String erp) {
    return client.sobjects("Account").create(
        SObject.builder("Account").put("Name", name).put("Erp__c", erp).build());
  }

  private static Consumer<ApiError> error(String code, String message, String... fields) {
    return e -> {
      assertThat(e.errorCode()).contains(code);
      assertThat(e.message()).isEqualTo(message);
      assertThat(e.fields()).containsExactly(fields);
    };
  }

  @Nested
  class UniqueFields {
    @Test
    void refuseACreateWithAValueAnotherRecordHoldsIgnoringCase() {
      org.schema().addField("Account", "Erp__c", FieldType.STRING, FieldOptions.builder().unique().build());
      SalesforceId first = account("A", "E-1");

      assertThatThrownBy(() -> account("B", "e-1"))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.errors().get(0)).satisfies(error("DUPLICATE_VALUE",
                  "duplicate value found: Erp__c duplicates value on record with id: "
                      + first.value())));
      assertThat(org.store().count("Account")).isEqualTo(1);
    }

    @Test
    void refuseAnUpdateToAValueAnotherRecordHolds() {
      org.schema().addField("Account", "Erp__c", FieldType.STRING, FieldOptions.builder().unique().build());
      SalesforceId first = account("A", "E-1");
      SalesforceId second = account("B", "E-2");

      assertThatThrownBy(
              () -> client.sobjects("Account")
                  .update(second, SObjectPatch.builder("Account").set("Erp__c", "E-1").build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.errors().get(0).message()).endsWith(first.value()));
      client.sobjects("Account")
          .update(first, SObjectPatch.builder("Account").set("Name", "A2").build());
    }

    @Test
    void caseSensitiveFieldsTellCasesApart() {
      org.schema().addField("Account", "Erp__c", FieldType.STRING,
          FieldOptions.builder().caseSensitive().build());
      account("A", "E-1");

      account("B", "e-1");

      assertThatThrownBy(() -> account("C", "E-1")).isInstanceOf(ValidationException.class);
    }

    @Test
    void ignoreDeletedRecordsAndNulls() {
      org.schema().addField("Account", "Erp__c", FieldType.STRING, FieldOptions.builder().unique().build());
      client.sobjects("Account").delete(account("A", "E-1"));
      client.accounts().create(Account.builder().name("N1").build());

      account("B", "E-1");
      client.accounts().create(Account.builder().name("N2").build());

      assertThat(org.store().count("Account")).isEqualTo(3);
    }

    @Test
    void refuseAnUpsertThatWouldDuplicateAValue() {
      org.schema().addField("Account", "Erp__c", FieldType.STRING,
          FieldOptions.builder().externalId().unique().build());
      org.schema().addField("Account", "Code__c", FieldType.STRING, FieldOptions.builder().unique().build());
      client.sobjects("Account").create(
          SObject.builder("Account").put("Name", "A").put("Erp__c", "E-1").put("Code__c", "C").build());

      assertThatThrownBy(
              () -> client.sobjects("Account").upsert("Erp__c", "E-2",
                  SObject.builder("Account").put("Name", "B").put("Code__c", "c").build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.errors().get(0).errorCode()).contains("DUPLICATE_VALUE"));
    }
  }

  @Nested
  class ExternalIds {
    @Test
    void upsertsAcceptExternalIdFieldsAndId() {
      org.schema().addField("Account", "Erp__c", FieldType.STRING,
          FieldOptions.builder().externalId().build());

      SalesforceId id =
          client.accounts().upsert("Erp__c", "E-1", Account.builder().name("A").build()).id().orElseThrow();
      boolean created =
          org.store().upsert("Account", "Id", id.value(), new com.fasterxml.jackson.databind.ObjectMapper()
              .createObjectNode().put("Name", "B")).created();

      assertThat(created).isFalse();
      assertThat(client.accounts().get(id).name()).contains("B");
    }

    @Test
    void upsertsRefuseFieldsThatAreNotExternalIdsLikeSalesforce() {
      assertThatThrownBy(
              () -> client.accounts().upsert("AccountNumber", "1", Account.builder().name("B").build()))
          .isInstanceOfSatisfying(
              NotFoundException.class,
              e -> assertThat(e.errors().get(0)).satisfies(error("NOT_FOUND",
                  "Provided external ID field does not exist or is not accessible: AccountNumber")));
      assertThat(org.store().count("Account")).isZero();
    }
  }

  @Nested
  class ValidationRules {
    private SalesforceId opportunity(String stage) {
      return client.opportunities().create(Opportunity.builder().name("Deal").stageName(stage)
          .closeDate(LocalDate.of(2025, 1, 1)).build());
    }

    @Test
    void refuseAnUpdateWithTheRuleMessageAndField() {
      org.schema().addValidationRule("Opportunity", "LockStage",
          (before, after) -> before.isPresent()
              && !before.get().path("StageName").equals(after.path("StageName")),
          "Stage changes only in the UI", "StageName");
      SalesforceId id = opportunity("Prospecting");

      assertThatThrownBy(
              () -> client.opportunities().update(id, OpportunityPatch.builder().stageName("Closed Won").build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.errors().get(0)).satisfies(error("FIELD_CUSTOM_VALIDATION_EXCEPTION",
                  "Stage changes only in the UI", "StageName")));
      assertThat(client.opportunities().get(id).stageName()).contains("Prospecting");
      client.opportunities().update(id, OpportunityPatch.builder().name("Renamed").build());
    }

    @Test
    void runOnCreateWithNoRecordBefore() {
      org.schema().addValidationRule("Opportunity", "NoLostDeals",
          (before, after) -> before.isEmpty() && after.path("StageName").asText().equals("Closed Lost"),
          "Do not create lost deals");

      assertThatThrownBy(() -> opportunity("Closed Lost"))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.errors().get(0)).satisfies(error("FIELD_CUSTOM_VALIDATION_EXCEPTION",
                  "Do not create lost deals")));
      opportunity("Prospecting");
      assertThat(org.store().count("Opportunity")).isEqualTo(1);
    }

    @Test
    void seeCopiesTheyCannotChange() {
      org.schema().addValidationRule("Opportunity", "Meddles",
          (before, after) -> {
            after.put("Name", "Changed");
            return false;
          },
          "never");

      SalesforceId id = opportunity("Prospecting");

      assertThat(client.opportunities().get(id).name()).contains("Deal");
    }

    @Test
    void needAKnownErrorField() {
      assertThatThrownBy(() -> org.schema().addValidationRule("Opportunity", "R",
              (before, after) -> false, "m", "Nope"))
          .isInstanceOf(dev.salescloud.model.error.InvalidArgumentException.class);
    }
  }
}
