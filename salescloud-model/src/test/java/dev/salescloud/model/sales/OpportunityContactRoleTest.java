package dev.salescloud.model.sales;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OpportunityContactRoleTest {
  static final String CONTACT_ROLE =
      """
      {"attributes":{"type":"OpportunityContactRole","url":"/services/data/v66.0/sobjects/OpportunityContactRole/00KRO00000CtRol2AF"},
       "Id":"00KRO00000CtRol2AF","OpportunityId":"006D000000CpOSyIAN","ContactId":"003RO0000035WQgYAM",
       "Contact":{"attributes":{"type":"Contact","url":"/services/data/v66.0/sobjects/Contact/003RO0000035WQgYAM"},"Name":"Ada Ng","Email":"ada@acme.example"},
       "Role":"Executive Sponsor","IsPrimary":true,"IsDeleted":false,
       "CreatedDate":"2026-10-03T10:00:00.000+0000","Influence__c":7}
      """;

  @Nested
  class ReadingJson {
    @Test
    void readsTheRoleAndTheContact() {
      OpportunityContactRole role = read(CONTACT_ROLE, OpportunityContactRole.class);

      assertThat(role.opportunityId()).contains(SalesforceId.of("006D000000CpOSyIAN"));
      assertThat(role.contactId()).contains(SalesforceId.of("003RO0000035WQgYAM"));
      assertThat(role.role()).contains(OpportunityContactRole.Role.EXECUTIVE_SPONSOR);
      assertThat(role.isPrimary()).contains(true);
      assertThat(role.contact().flatMap(c -> c.get("Email", String.class)))
          .contains("ada@acme.example");
      assertThat(role.customField("Influence__c", Integer.class)).contains(7);
    }

    @Test
    void readsAnEmptyContactLookupAsEmpty() {
      OpportunityContactRole role =
          read(
              "{\"attributes\":{\"type\":\"OpportunityContactRole\"},\"ContactId\":null,\"Contact\":null,"
                  + "\"Role\":\"Custom Champion\"}",
              OpportunityContactRole.class);

      assertThat(role.contact()).isEmpty();
      assertThat(role.contactId()).isEmpty();
      assertThat(role.role()).contains("Custom Champion");
    }

    @Test
    void roundTripsARoleWithItsContact() {
      assertRoundTrip(CONTACT_ROLE, OpportunityContactRole.class);
    }

    @Test
    void toStringNamesFieldsButNeverValues() {
      assertThat(read(CONTACT_ROLE, OpportunityContactRole.class).toString())
          .startsWith("OpportunityContactRole{00KRO00000CtRol2AF, fields=[")
          .contains("OpportunityId", "ContactId", "Contact", "Role", "IsPrimary", "Influence__c")
          .doesNotContain("Ada", "Executive", "006D000000CpOSyIAN", "7");
    }
  }

  @Nested
  class Creating {
    @Test
    void sendsTheOpportunityContactAndRole() {
      OpportunityContactRole role =
          OpportunityContactRole.builder()
              .opportunityId(SalesforceId.of("006D000000CpOSyIAN"))
              .contactId(SalesforceId.of("003RO0000035WQgYAM"))
              .role(OpportunityContactRole.Role.ECONOMIC_BUYER)
              .isPrimary(true)
              .build();

      assertThat(write(role.toCreateFields()))
          .isEqualTo(
              "{\"OpportunityId\":\"006D000000CpOSyIAN\",\"ContactId\":\"003RO0000035WQgYAM\","
                  + "\"Role\":\"Economic Buyer\",\"IsPrimary\":true}");
    }

    @Test
    void refusesTheQueriedContactRecordInACreate() {
      OpportunityContactRole read = read(CONTACT_ROLE, OpportunityContactRole.class);
      OpportunityContactRole copy =
          OpportunityContactRole.builder()
              .opportunityId(read.opportunityId().orElseThrow())
              .contact(read.contact().orElseThrow())
              .build();

      assertThatThrownBy(copy::toCreateFields)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("OpportunityContactRole.Contact is a related record");
    }
  }

  @Nested
  class Patching {
    @Test
    void distinguishesSetClearedAndUnsetFields() {
      OpportunityContactRolePatch patch =
          OpportunityContactRolePatch.builder()
              .role(OpportunityContactRole.Role.DECISION_MAKER)
              .isPrimary(false)
              .contactId(SalesforceId.of("003RO0000035WQg"))
              .clear("Influence__c")
              .build();

      assertThat(write(patch))
          .isEqualTo(
              "{\"Role\":\"Decision Maker\",\"IsPrimary\":false,"
                  + "\"ContactId\":\"003RO0000035WQgYAM\",\"Influence__c\":null}");
    }

    @Test
    void refusesTheCreateOnlyOpportunity() {
      assertThatThrownBy(
              () ->
                  OpportunityContactRolePatch.builder()
                      .set("OpportunityId", SalesforceId.of("006D000000CpOSyIAN")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining(
              "OpportunityContactRole.OpportunityId can be set only when the record is created")
          .hasMessageContaining("INVALID_FIELD_FOR_INSERT_UPDATE");
    }
  }

  @Test
  void standardRolesAreSpelledAsInSalesforce() {
    assertThat(
            new String[] {
              OpportunityContactRole.Role.BUSINESS_USER,
              OpportunityContactRole.Role.DECISION_MAKER,
              OpportunityContactRole.Role.ECONOMIC_BUYER,
              OpportunityContactRole.Role.ECONOMIC_DECISION_MAKER,
              OpportunityContactRole.Role.EVALUATOR,
              OpportunityContactRole.Role.EXECUTIVE_SPONSOR,
              OpportunityContactRole.Role.INFLUENCER,
              OpportunityContactRole.Role.TECHNICAL_BUYER,
              OpportunityContactRole.Role.OTHER
            })
        .containsExactly(
            "Business User",
            "Decision Maker",
            "Economic Buyer",
            "Economic Decision Maker",
            "Evaluator",
            "Executive Sponsor",
            "Influencer",
            "Technical Buyer",
            "Other");
  }
}
