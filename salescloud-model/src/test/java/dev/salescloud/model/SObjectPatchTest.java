package dev.salescloud.model;

import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.json.SalesCloudJackson;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SObjectPatchTest {
  @Test
  void sendsSetFieldsWithValuesClearedFieldsAsNullAndNothingElse() {
    SObjectPatch patch =
        SObjectPatch.builder("Invoice__c")
            .set("Status__c", "Paid")
            .set("Paid_On__c", LocalDate.of(2026, 11, 24))
            .set("Amount__c", new BigDecimal("99.90"))
            .clear("Dispute_Reason__c")
            .build();

    assertThat(write(patch))
        .isEqualTo(
            "{\"Status__c\":\"Paid\",\"Paid_On__c\":\"2026-11-24\",\"Amount__c\":99.90,"
                + "\"Dispute_Reason__c\":null}");
    assertThat(patch.clearedFields()).containsExactly("Dispute_Reason__c");
    assertThat(patch.sobjectType()).isEqualTo("Invoice__c");
  }

  @Test
  void keepsJsonNullForClearedFieldsEvenWhenTheMapperLeavesOutNulls() throws Exception {
    var mapper =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .addModule(new SalesCloudJackson())
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();
    SObjectPatch patch = SObjectPatch.builder("Invoice__c").clear("Notes__c").build();

    assertThat(mapper.writeValueAsString(patch)).isEqualTo("{\"Notes__c\":null}");
  }

  @Test
  void anEmptyPatchSendsAnEmptyObject() {
    SObjectPatch patch = SObjectPatch.builder("Invoice__c").build();

    assertThat(patch.isEmpty()).isTrue();
    assertThat(write(patch)).isEqualTo("{}");
  }

  @Test
  void refusesSystemFieldsOnAnyObject() {
    for (String field : new String[] {"Id", "CreatedDate", "SystemModstamp", "isdeleted"}) {
      assertThatThrownBy(() -> SObjectPatch.builder("Invoice__c").set(field, "x"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Invoice__c." + field + " is read-only");
    }
  }

  @Test
  void refusesDerivedFieldsOfKnownObjectsWhateverTheCase() {
    assertThatThrownBy(() -> SObjectPatch.builder("Opportunity").set("expectedrevenue", 10))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("Opportunity.expectedrevenue is read-only");
    assertThatThrownBy(() -> SObjectPatch.builder("Account").clear("BillingAddress"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("Account.BillingAddress");
  }

  @Test
  void equalPatchesAreEqualAndToStringHidesValues() {
    SObjectPatch a = SObjectPatch.builder("Lead").set("Email", "ada@example.com").build();
    SObjectPatch b = SObjectPatch.builder("Lead").set("Email", "ada@example.com").build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).contains("Email").doesNotContain("ada@");
  }
}
