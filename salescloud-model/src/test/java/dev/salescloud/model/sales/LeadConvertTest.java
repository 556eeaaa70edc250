package dev.salescloud.model.sales;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.io.UncheckedIOException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LeadConvertTest {
  static final SalesforceId LEAD = SalesforceId.of("00Q5f00000AbcdeEAB");
  static final SalesforceId ACCOUNT = SalesforceId.of("001D000000IqhSLIAZ");
  static final SalesforceId CONTACT = SalesforceId.of("0035f00000Xyz12AAB");
  static final SalesforceId OPPORTUNITY = SalesforceId.of("0065f00000Opp01AAB");
  static final SalesforceId USER = SalesforceId.of("00558000001N0KeAAK");
  static final SalesforceId QUEUE = SalesforceId.of("00G5f00000QueueEAB");

  static LeadConvert.Builder minimal() {
    return LeadConvert.builder().leadId(LEAD).convertedStatus(Lead.Status.CLOSED_CONVERTED);
  }

  static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      Runnable build, String argument) {
    return assertThatThrownBy(build::run)
        .isInstanceOf(InvalidArgumentException.class)
        .satisfies(e -> assertThat(((InvalidArgumentException) e).argument()).isEqualTo(argument));
  }

  @Nested
  class Building {
    @Test
    void defaultsToANewAccountContactAndOpportunityOwnedByTheLeadOwner() {
      LeadConvert conversion = LeadConvert.of(LEAD, Lead.Status.CLOSED_CONVERTED);

      assertThat(conversion.leadId()).isEqualTo(LEAD);
      assertThat(conversion.convertedStatus()).isEqualTo("Closed - Converted");
      assertThat(conversion.accountId()).isEmpty();
      assertThat(conversion.contactId()).isEmpty();
      assertThat(conversion.ownerId()).isEmpty();
      assertThat(conversion.doNotCreateOpportunity()).isFalse();
      assertThat(conversion.overwriteLeadSource()).isFalse();
      assertThat(conversion.sendNotificationEmail()).isFalse();
      assertThat(conversion.bypassAccountDedupeCheck()).isEmpty();
    }

    @Test
    void acceptsAMergeIntoAnExistingAccountContactAndOpportunity() {
      LeadConvert conversion =
          minimal()
              .accountId(ACCOUNT)
              .contactId(CONTACT)
              .opportunityId(OPPORTUNITY)
              .overwriteLeadSource(true)
              .ownerId(USER)
              .sendNotificationEmail(true)
              .build();

      assertThat(conversion.contactId()).contains(CONTACT);
      assertThat(conversion.opportunityId()).contains(OPPORTUNITY);
    }

    @Test
    void acceptsAnOpportunityNameOfEightyCharacters() {
      String name = "N".repeat(LeadConvert.MAX_OPPORTUNITY_NAME_LENGTH);

      assertThat(minimal().opportunityName(name).build().opportunityName()).contains(name);
    }

    @Test
    void acceptsAConversionWithoutOpportunity() {
      assertThat(minimal().doNotCreateOpportunity(true).build().doNotCreateOpportunity()).isTrue();
    }

    @Test
    void derivesAChangedCopy() {
      LeadConvert conversion = minimal().accountId(ACCOUNT).build();

      LeadConvert changed = conversion.toBuilder().contactId(CONTACT).build();

      assertThat(changed.accountId()).contains(ACCOUNT);
      assertThat(changed.contactId()).contains(CONTACT);
      assertThat(conversion.contactId()).isEmpty();
    }

    @Test
    void showsIdsButNeverTheOpportunityNameOrRecordFields() {
      LeadConvert conversion =
          minimal()
              .opportunityName("Secret Deal Of Ada Ng")
              .accountRecord(SObject.builder("Account").put("Name", "Acme Secret").build())
              .build();

      assertThat(conversion.toString())
          .contains(LEAD.value(), "Closed - Converted", "21 characters", "Name")
          .doesNotContain("Secret");
    }
  }

  @Nested
  class Refusing {
    @Test
    void aLeadIdOfAnotherObject() {
      assertRefused(() -> minimal().leadId(ACCOUNT).build(), "leadId")
          .hasMessageContaining("LeadConvert.leadId")
          .hasMessageContaining(ACCOUNT.value())
          .hasMessageContaining("00Q");
    }

    @Test
    void aContactIdWithoutAccountId() {
      assertRefused(() -> minimal().contactId(CONTACT).build(), "contactId")
          .hasMessageContaining("LeadConvert.contactId is " + CONTACT.value())
          .hasMessageContaining("accountId is not set");
    }

    @Test
    void doNotCreateOpportunityWithAnOpportunityName() {
      assertRefused(
              () ->
                  minimal().doNotCreateOpportunity(true).opportunityName("Acme - 50 seats").build(),
              "doNotCreateOpportunity")
          .hasMessageContaining("LeadConvert.doNotCreateOpportunity is true")
          .hasMessageContaining("opportunityName is set ('Acme - 50 seats')");
    }

    @Test
    void doNotCreateOpportunityWithAnOpportunityId() {
      assertRefused(
              () -> minimal().doNotCreateOpportunity(true).opportunityId(OPPORTUNITY).build(),
              "doNotCreateOpportunity")
          .hasMessageContaining("opportunityId is set (" + OPPORTUNITY.value() + ")");
    }

    @Test
    void doNotCreateOpportunityWithAnOpportunityRecord() {
      SObject opportunity = SObject.builder("Opportunity").put("StageName", "Prospecting").build();

      assertRefused(
              () -> minimal().doNotCreateOpportunity(true).opportunityRecord(opportunity).build(),
              "doNotCreateOpportunity")
          .hasMessageContaining("opportunityRecord is set");
    }

    @Test
    void aBlankConvertedStatus() {
      assertRefused(() -> minimal().convertedStatus("  ").build(), "convertedStatus")
          .hasMessageContaining("LeadConvert.convertedStatus is blank ('  ')")
          .hasMessageContaining("IsConverted");
    }

    @Test
    void anOwnerThatIsNotAUser() {
      assertRefused(() -> minimal().ownerId(QUEUE).build(), "ownerId")
          .hasMessageContaining("LeadConvert.ownerId")
          .hasMessageContaining(QUEUE.value())
          .hasMessageContaining("(Group)")
          .hasMessageContaining("User id starts with 005");
    }

    @Test
    void anOpportunityNameLongerThanConvertLeadAccepts() {
      String name = "Acme Corporation - 500 seats " + "x".repeat(92);

      assertThat(name).hasSize(121);
      assertRefused(() -> minimal().opportunityName(name).build(), "opportunityName")
          .hasMessageContaining("LeadConvert.opportunityName has 121 characters")
          .hasMessageContaining("'Acme Corporation - 500 seats xxxxxxxxxxx...'")
          .hasMessageContaining("at most 80");
    }

    @Test
    void anOpportunityNameOneCharacterTooLong() {
      String name = "N".repeat(LeadConvert.MAX_OPPORTUNITY_NAME_LENGTH + 1);

      assertRefused(() -> minimal().opportunityName(name).build(), "opportunityName")
          .hasMessageContaining("has 81 characters");
    }

    @Test
    void aBlankOpportunityName() {
      assertRefused(() -> minimal().opportunityName("").build(), "opportunityName")
          .hasMessageContaining("LeadConvert.opportunityName is blank ('')");
    }

    @Test
    void anOpportunityNameTogetherWithAnOpportunityId() {
      assertRefused(
              () -> minimal().opportunityName("Acme").opportunityId(OPPORTUNITY).build(),
              "opportunityName")
          .hasMessageContaining(
              "opportunityName ('Acme') and opportunityId (" + OPPORTUNITY.value())
          .hasMessageContaining("exclude each other");
    }

    @Test
    void overwriteLeadSourceWithoutAContact() {
      assertRefused(
              () -> minimal().accountId(ACCOUNT).overwriteLeadSource(true).build(),
              "overwriteLeadSource")
          .hasMessageContaining("LeadConvert.overwriteLeadSource is true but contactId is not set");
    }

    @Test
    void idsOfTheWrongObjectInEveryIdField() {
      assertRefused(() -> minimal().accountId(CONTACT).build(), "accountId")
          .hasMessageContaining("LeadConvert.accountId")
          .hasMessageContaining(CONTACT.value());
      assertRefused(() -> minimal().accountId(ACCOUNT).contactId(ACCOUNT).build(), "contactId")
          .hasMessageContaining("LeadConvert.contactId")
          .hasMessageContaining("Contact id starts with 003");
      assertRefused(() -> minimal().opportunityId(LEAD).build(), "opportunityId")
          .hasMessageContaining("LeadConvert.opportunityId")
          .hasMessageContaining(LEAD.value());
      assertRefused(
              () -> minimal().relatedPersonAccountId(CONTACT).build(), "relatedPersonAccountId")
          .hasMessageContaining("LeadConvert.relatedPersonAccountId");
    }

    @Test
    void aRecordOfTheWrongObject() {
      SObject contact = SObject.builder("Contact").put("LastName", "Ng").build();

      assertRefused(() -> minimal().accountRecord(contact).build(), "accountRecord")
          .hasMessageContaining("LeadConvert.accountRecord is a Contact record")
          .hasMessageContaining("must be a Account record");
    }

    @Test
    void aRequestWithoutLeadIdOrStatus() {
      assertRefused(
              () -> LeadConvert.builder().convertedStatus(Lead.Status.CLOSED_CONVERTED).build(),
              "leadId")
          .hasMessageContaining("not set [leadId]");
      assertRefused(() -> LeadConvert.builder().leadId(LEAD).build(), "convertedStatus")
          .hasMessageContaining("not set [convertedStatus]");
    }
  }

  @Nested
  class Json {
    static final String FULL =
        """
        {"leadId":"00Q5f00000AbcdeEAB","convertedStatus":"Closed - Converted",
         "accountId":"001D000000IqhSLIAZ","contactId":"0035f00000Xyz12AAB",
         "opportunityName":"Acme - 50 seats","doNotCreateOpportunity":false,
         "overwriteLeadSource":true,"ownerId":"00558000001N0KeAAK","sendNotificationEmail":true,
         "bypassAccountDedupeCheck":false,"bypassContactDedupeCheck":true,
         "opportunityRecord":{"attributes":{"type":"Opportunity"},"StageName":"Prospecting",
                              "Amount":12500.50,"Seats__c":50}}
        """;

    @Test
    void roundTripsEveryFieldUnderItsSoapName() {
      LeadConvert conversion = assertRoundTrip(FULL, LeadConvert.class);

      assertThat(conversion.leadId()).isEqualTo(LEAD);
      assertThat(conversion.contactId()).contains(CONTACT);
      assertThat(conversion.overwriteLeadSource()).isTrue();
      assertThat(conversion.bypassContactDedupeCheck()).contains(true);
      assertThat(conversion.opportunityRecord().map(SObject::sobjectType)).contains("Opportunity");
    }

    @Test
    void writesTheDefaultFlagsAndLeavesUnsetFieldsOut() {
      assertThat(json(write(LeadConvert.of(LEAD, Lead.Status.CLOSED_CONVERTED))))
          .isEqualTo(
              json(
                  """
                  {"leadId":"00Q5f00000AbcdeEAB","convertedStatus":"Closed - Converted",
                   "doNotCreateOpportunity":false,"overwriteLeadSource":false,
                   "sendNotificationEmail":false}
                  """));
    }

    @Test
    void readsFifteenCharacterIdsNullsAndMissingFlags() {
      LeadConvert conversion =
          read(
              """
              {"leadId":"00Q5f00000Abcde","convertedStatus":"Closed - Converted",
               "accountId":null,"opportunityName":null}
              """,
              LeadConvert.class);

      assertThat(conversion.leadId().value()).isEqualTo("00Q5f00000AbcdeEAB");
      assertThat(conversion.accountId()).isEmpty();
      assertThat(conversion.opportunityName()).isEmpty();
      assertThat(conversion.doNotCreateOpportunity()).isFalse();
    }

    @Test
    void refusesJsonThatBreaksARuleNamingTheField() {
      assertThatThrownBy(
              () ->
                  read(
                      """
                      {"leadId":"00Q5f00000AbcdeEAB","convertedStatus":"Closed - Converted",
                       "contactId":"0035f00000Xyz12AAB"}
                      """,
                      LeadConvert.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("LeadConvert.contactId is 0035f00000Xyz12AAB");
      assertThatThrownBy(
              () -> read("{\"convertedStatus\":\"Closed - Converted\"}", LeadConvert.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("not set [leadId]");
    }
  }
}
