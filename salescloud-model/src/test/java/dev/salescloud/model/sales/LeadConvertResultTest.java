package dev.salescloud.model.sales;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.InvalidArgumentException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LeadConvertResultTest {
  static final SalesforceId LEAD = SalesforceId.of("00Q5f00000AbcdeEAB");
  static final SalesforceId ACCOUNT = SalesforceId.of("001D000000IqhSLIAZ");
  static final SalesforceId CONTACT = SalesforceId.of("0035f00000Xyz12AAB");
  static final SalesforceId OPPORTUNITY = SalesforceId.of("0065f00000Opp01AAB");

  static final ApiError CONVERTED =
      ApiError.builder()
          .statusCode("CANNOT_UPDATE_CONVERTED_LEAD")
          .message("cannot reference converted lead")
          .build();

  @Nested
  class Json {
    @Test
    void roundTripsASuccessWithAnOpportunity() {
      LeadConvertResult result =
          assertRoundTrip(
              """
              {"leadId":"00Q5f00000AbcdeEAB","accountId":"001D000000IqhSLIAZ",
               "contactId":"0035f00000Xyz12AAB","opportunityId":"0065f00000Opp01AAB",
               "success":true,"errors":[]}
              """,
              LeadConvertResult.class);

      assertThat(result.success()).isTrue();
      assertThat(result.leadId()).contains(LEAD);
      assertThat(result.accountId()).contains(ACCOUNT);
      assertThat(result.contactId()).contains(CONTACT);
      assertThat(result.opportunityId()).contains(OPPORTUNITY);
      assertThat(result.relatedPersonAccountId()).isEmpty();
    }

    @Test
    void roundTripsASuccessIntoAPersonAccountWithoutOpportunity() {
      LeadConvertResult result =
          assertRoundTrip(
              """
              {"leadId":"00Q5f00000AbcdeEAB","accountId":"001D000000IqhSLIAZ",
               "contactId":"0035f00000PersCAAR","relatedPersonAccountId":"0015f00000PersoAAB",
               "success":true,"errors":[]}
              """,
              LeadConvertResult.class);

      assertThat(result.opportunityId()).isEmpty();
      assertThat(result.relatedPersonAccountId()).contains(SalesforceId.of("0015f00000PersoAAB"));
    }

    @Test
    void roundTripsAFailureWithStatusCodeErrors() {
      LeadConvertResult result =
          assertRoundTrip(
              """
              {"leadId":"00Q5f00000AbcdeEAB","success":false,
               "errors":[{"statusCode":"CANNOT_UPDATE_CONVERTED_LEAD",
                          "message":"cannot reference converted lead","fields":[]},
                         {"statusCode":"INVALID_STATUS","message":"invalid convertedStatus",
                          "fields":["convertedStatus"]}]}
              """,
              LeadConvertResult.class);

      assertThat(result.success()).isFalse();
      assertThat(result.accountId()).isEmpty();
      assertThat(result.errors())
          .extracting(ApiError::code)
          .containsExactly("CANNOT_UPDATE_CONVERTED_LEAD", "INVALID_STATUS");
      assertThat(result.errors().get(1).fields()).containsExactly("convertedStatus");
    }

    @Test
    void readsANullOpportunityIdAsNoneAndLeavesItOutWhenWriting() {
      LeadConvertResult result =
          read(
              """
              {"leadId":"00Q5f00000AbcdeEAB","accountId":"001D000000IqhSLIAZ",
               "contactId":"0035f00000Xyz12AAB","opportunityId":null,"success":true,"errors":[]}
              """,
              LeadConvertResult.class);

      assertThat(result.opportunityId()).isEmpty();
      assertThat(json(write(result)).has("opportunityId")).isFalse();
    }

    @Test
    void refusesASuccessCarryingErrors() {
      assertThatThrownBy(
              () ->
                  read(
                      """
                      {"leadId":"00Q5f00000AbcdeEAB","success":true,
                       "errors":[{"statusCode":"UNKNOWN_EXCEPTION","message":"boom"}]}
                      """,
                      LeadConvertResult.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("cannot carry errors");
    }
  }

  @Nested
  class Building {
    @Test
    void buildsASuccessWithOrWithoutOpportunity() {
      LeadConvertResult with =
          LeadConvertResult.success(LEAD, ACCOUNT, CONTACT, Optional.of(OPPORTUNITY));
      LeadConvertResult without =
          LeadConvertResult.success(LEAD, ACCOUNT, CONTACT, Optional.empty());

      assertThat(with.opportunityId()).contains(OPPORTUNITY);
      assertThat(without.opportunityId()).isEmpty();
      assertThat(without.errors()).isEmpty();
    }

    @Test
    void buildsAFailure() {
      LeadConvertResult failure = LeadConvertResult.failure(LEAD, List.of(CONVERTED));

      assertThat(failure.success()).isFalse();
      assertThat(failure.errors()).containsExactly(CONVERTED);
    }

    @Test
    void refusesAFailureWithoutErrors() {
      assertThatThrownBy(() -> LeadConvertResult.failure(LEAD, List.of()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("must say why");
    }

    @Test
    void refusesASuccessWithErrors() {
      assertThatThrownBy(
              () ->
                  LeadConvertResult.builder()
                      .leadId(LEAD)
                      .success(true)
                      .addError(CONVERTED)
                      .build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("cannot carry errors")
          .hasMessageContaining("CANNOT_UPDATE_CONVERTED_LEAD");
    }

    @Test
    void refusesIdsOfTheWrongObjectNamingTheField() {
      assertThatThrownBy(() -> LeadConvertResult.success(LEAD, CONTACT, CONTACT, Optional.empty()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("LeadConvertResult.accountId")
          .hasMessageContaining(CONTACT.value())
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("accountId");
      assertThatThrownBy(
              () -> LeadConvertResult.success(LEAD, ACCOUNT, CONTACT, Optional.of(ACCOUNT)))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("LeadConvertResult.opportunityId");
    }

    @Test
    void refusesAResultWithoutOutcome() {
      assertThatThrownBy(() -> LeadConvertResult.builder().leadId(LEAD).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Cannot build LeadConvertResult")
          .hasMessageContaining("[success]");
    }

    @Test
    void showsIdsAndErrorCodesButNotMessages() {
      LeadConvertResult failure = LeadConvertResult.failure(LEAD, List.of(CONVERTED));

      assertThat(failure.toString())
          .contains(LEAD.value(), "success=false", "CANNOT_UPDATE_CONVERTED_LEAD")
          .doesNotContain("cannot reference");
    }
  }
}
