package dev.salescloud.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.salescloud.auth.AccessToken;
import dev.salescloud.auth.RefreshingCredentials;
import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.RequestOptions;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.sobject.ConversionCheck;
import dev.salescloud.client.sobject.ConversionReadiness;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadConvert;
import dev.salescloud.model.sales.LeadConvertResult;
import dev.salescloud.model.sales.LeadPatch;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.testkit.FakeSalesCloud;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LeadConversionTest {
  private final FakeSalesCloud org =
      FakeSalesCloud.builder().fixedAt(Instant.parse("2026-11-24T10:00:00Z")).build();
  private final SalesCloudClient sf = org.client();

  private SalesforceId lead(String company, String email) {
    Lead.Builder lead = Lead.builder().firstName("Ada").lastName("Ng").company(company)
        .phone("+1 555 0100").title("CTO").leadSource(Lead.LeadSource.WEB).city("Oslo");
    if (email != null) {
      lead.email(email);
    }
    return sf.leads().create(lead.build());
  }

  private SalesforceId account(String name) {
    return sf.accounts().create(Account.builder().name(name).build());
  }

  @Nested
  class NewRecords {
    @Test
    void createsAccountContactAndOpportunityAndMarksTheLeadConverted() {
      SalesforceId leadId = lead("Acme", "ada@acme.example");

      LeadConvertResult result = sf.leads().convert(LeadConvert.of(leadId, "Closed - Converted"));

      assertThat(result.success()).isTrue();
      Account account = sf.accounts().get(result.accountId().orElseThrow());
      assertThat(account.name()).contains("Acme");
      assertThat(account.phone()).contains("+1 555 0100");
      assertThat(account.billingCity()).contains("Oslo");
      Contact contact = sf.contacts().get(result.contactId().orElseThrow());
      assertThat(contact.accountId()).contains(account.id().orElseThrow());
      assertThat(contact.lastName()).contains("Ng");
      assertThat(contact.email()).contains("ada@acme.example");
      assertThat(contact.leadSource()).contains("Web");
      Opportunity opportunity = sf.opportunities().get(result.opportunityId().orElseThrow());
      assertThat(opportunity.name()).contains("Acme");
      assertThat(opportunity.stageName()).contains("Prospecting");
      assertThat(opportunity.closeDate()).contains(LocalDate.of(2026, 12, 31));
      assertThat(opportunity.accountId()).contains(account.id().orElseThrow());
      Lead lead = sf.leads().get(leadId);
      assertThat(lead.isConverted()).contains(true);
      assertThat(lead.status()).contains("Closed - Converted");
      assertThat(lead.convertedDate()).contains(LocalDate.of(2026, 11, 24));
      assertThat(lead.convertedAccountId()).isEqualTo(result.accountId());
      assertThat(lead.convertedContactId()).isEqualTo(result.contactId());
      assertThat(lead.convertedOpportunityId()).isEqualTo(result.opportunityId());
    }

    @Test
    void namesTheOpportunityAfterOpportunityName() {
      SalesforceId leadId = lead("Acme", null);

      LeadConvertResult result = sf.leads().convert(LeadConvert.builder().leadId(leadId)
          .convertedStatus("Closed - Converted").opportunityName("Acme - 50 seats & support")
          .build());

      assertThat(sf.opportunities().get(result.opportunityId().orElseThrow()).name())
          .contains("Acme - 50 seats & support");
    }

    @Test
    void createsNoOpportunityWhenToldNot() {
      SalesforceId leadId = lead("Acme", null);

      LeadConvertResult result = sf.leads().convert(LeadConvert.builder().leadId(leadId)
          .convertedStatus("Closed - Converted").doNotCreateOpportunity(true).build());

      assertThat(result.opportunityId()).isEmpty();
      assertThat(org.store().count("Opportunity")).isZero();
      assertThat(sf.leads().get(leadId).convertedOpportunityId()).isEmpty();
      assertThat(sf.leads().get(leadId).isConverted()).contains(true);
    }
  }

  @Nested
  class Merging {
    @Test
    void fillsOnlyTheEmptyFieldsOfTheExistingAccount() {
      SalesforceId existing = sf.accounts().create(
          Account.builder().name("Acme Corporation").phone("+47 22 00 00 00").build());
      SalesforceId leadId = lead("Acme", null);

      LeadConvertResult result = sf.leads().convert(LeadConvert.builder().leadId(leadId)
          .convertedStatus("Closed - Converted").accountId(existing).build());

      assertThat(result.accountId()).contains(existing);
      assertThat(org.store().count("Account")).isEqualTo(1);
      Account account = sf.accounts().get(existing);
      assertThat(account.name()).contains("Acme Corporation");
      assertThat(account.phone()).contains("+47 22 00 00 00");
      assertThat(account.billingCity()).contains("Oslo");
    }

    @Test
    void mergesIntoTheContactOfTheAccountAndOverwritesLeadSourceOnlyWhenAsked() {
      SalesforceId account = account("Acme");
      SalesforceId contactId = sf.contacts().create(Contact.builder().lastName("Ng")
          .accountId(account).email("old@acme.example").leadSource("Partner Referral").build());
      SalesforceId leadId = lead("Acme", "ada@acme.example");

      LeadConvertResult result = sf.leads().convert(LeadConvert.builder().leadId(leadId)
          .convertedStatus("Closed - Converted").accountId(account).contactId(contactId)
          .overwriteLeadSource(true).build());

      assertThat(result.contactId()).contains(contactId);
      assertThat(org.store().count("Contact")).isEqualTo(1);
      Contact contact = sf.contacts().get(contactId);
      assertThat(contact.email()).contains("old@acme.example");
      assertThat(contact.title()).contains("CTO");
      assertThat(contact.firstName()).contains("Ada");
      assertThat(contact.leadSource()).contains("Web");
    }
  }

  @Nested
  class Refusals {
    @Test
    void refusesToConvertALeadTwice() {
      SalesforceId leadId = lead("Acme", null);
      sf.leads().convert(LeadConvert.of(leadId, "Closed - Converted"));

      assertThatThrownBy(() -> sf.leads().convert(LeadConvert.of(leadId, "Closed - Converted")))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errorCode()).contains("CANNOT_UPDATE_CONVERTED_LEAD");
            assertThat(e.errors().get(0).message()).isEqualTo("cannot reference converted lead");
          });
      assertThat(org.store().count("Account")).isEqualTo(1);
    }

    @Test
    void makesTheConvertedLeadReadOnly() {
      SalesforceId leadId = lead("Acme", null);
      sf.leads().convert(LeadConvert.of(leadId, "Closed - Converted"));

      assertThatThrownBy(() -> sf.leads().update(leadId, LeadPatch.builder().title("CEO").build()))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errorCode()).contains("CANNOT_UPDATE_CONVERTED_LEAD");
            assertThat(e.errors().get(0).message()).isEqualTo("cannot reference converted lead");
          });
      assertThat(sf.leads().get(leadId).title()).contains("CTO");
    }

    @Test
    void refusesAStatusThatIsNotAConvertedStatusAndWritesNothing() {
      SalesforceId leadId = lead("Acme", null);

      assertThatThrownBy(() -> sf.leads().convert(LeadConvert.of(leadId, "Closed - Not Converted")))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errorCode()).contains("INVALID_STATUS");
            assertThat(e.errors().get(0).message())
                .isEqualTo("invalid convertedStatus: Closed - Not Converted");
          });
      assertThat(org.store().count("Account")).isZero();
      assertThat(sf.leads().get(leadId).isConverted()).contains(false);
    }

    @Test
    void refusesAContactOfAnotherAccount() {
      SalesforceId acme = account("Acme");
      SalesforceId globexContact = sf.contacts().create(
          Contact.builder().lastName("Ng").accountId(account("Globex")).build());
      SalesforceId leadId = lead("Acme", null);

      assertThatThrownBy(() -> sf.leads().convert(LeadConvert.builder().leadId(leadId)
              .convertedStatus("Closed - Converted").accountId(acme).contactId(globexContact)
              .build()))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errorCode()).contains("INVALID_CROSS_REFERENCE_KEY");
            assertThat(e.errors().get(0).fields()).containsExactly("contactId");
          });
      assertThat(sf.leads().get(leadId).isConverted()).contains(false);
    }

    @Test
    void undoesTheAccountAndContactWhenTheOpportunityIsRefused() {
      org.schema().addValidationRule("Opportunity", "NeedsAmount",
          (before, after) -> after.path("Amount").isNull(), "Give an amount", "Amount");
      SalesforceId leadId = lead("Acme", null);

      assertThatThrownBy(() -> sf.leads().convert(LeadConvert.of(leadId, "Closed - Converted")))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.errorCode()).contains("FIELD_CUSTOM_VALIDATION_EXCEPTION"));
      assertThat(org.store().count("Account")).isZero();
      assertThat(org.store().count("Contact")).isZero();
      assertThat(sf.leads().get(leadId).isConverted()).contains(false);
    }
  }

  @Nested
  class Batches {
    @Test
    void convertsEachLeadOnItsOwnAndKeepsTheOrder() {
      SalesforceId first = lead("Acme", null);
      SalesforceId second = lead("Globex", null);
      sf.leads().convert(LeadConvert.of(second, "Closed - Converted"));
      SalesforceId third = lead("Initech", null);
      int callsBefore = org.apiCallsToday();

      List<LeadConvertResult> results = sf.leads().convert(List.of(
          LeadConvert.of(first, "Closed - Converted"),
          LeadConvert.of(second, "Closed - Converted"),
          LeadConvert.of(third, "Closed - Converted")));

      assertThat(results).extracting(LeadConvertResult::success).containsExactly(true, false, true);
      assertThat(results).extracting(r -> r.leadId().orElseThrow()).containsExactly(first, second, third);
      assertThat(results.get(1).errors().get(0).code()).isEqualTo("CANNOT_UPDATE_CONVERTED_LEAD");
      assertThat(org.apiCallsToday()).isEqualTo(callsBefore + 1);
      assertThat(sf.limits().lastKnown()).hasValueSatisfying(
          u -> assertThat(u.used()).isEqualTo(org.apiCallsToday()));
    }

    @Test
    void convertsAHundredLeadsInOneCall() {
      List<LeadConvert> conversions = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        conversions.add(LeadConvert.builder().leadId(lead("Company " + i, null))
            .convertedStatus("Closed - Converted").doNotCreateOpportunity(true).build());
      }

      List<LeadConvertResult> results = sf.leads().convert(conversions);

      assertThat(results).hasSize(100).allMatch(LeadConvertResult::success);
      assertThat(org.store().count("Account")).isEqualTo(100);
    }
  }

  @Nested
  class Sessions {
    @Test
    void refreshesAnInvalidSessionAndReplaysTheConversion() {
      AtomicInteger fetches = new AtomicInteger();
      SalesCloudClient client = SalesCloudClient.builder()
          .credentials(new RefreshingCredentials() {
            @Override
            protected AccessToken fetchToken() {
              return AccessToken.of(fetches.incrementAndGet() == 1 ? "00D000000000001!expired"
                  : org.accessToken(), FakeSalesCloud.INSTANCE_URL);
            }
          })
          .transport(org.transport())
          .build();
      SalesforceId leadId = lead("Acme", null);

      LeadConvertResult result = client.leads().convert(LeadConvert.of(leadId, "Closed - Converted"));

      assertThat(result.success()).isTrue();
      assertThat(fetches).hasValue(2);
    }
  }

  @Nested
  class ExpiredSessions {
    @Test
    void carriesOnAfterTheOrgEndsTheSessionOfTheConversionCall() {
      SalesforceId leadId = lead("Acme", null);
      org.faults().expireSessionOnNextCall();

      LeadConvertResult result = sf.leads().convert(LeadConvert.of(leadId, "Closed - Converted"));

      assertThat(result.success()).isTrue();
      assertThat(org.store().count("Account")).isEqualTo(1);
    }
  }

  @Nested
  class Readiness {
    @Test
    void findsALeadReadyWithTheOrgsConvertedStatusInFourCalls() {
      SalesforceId leadId = lead("Acme", "ada@acme.example");
      int callsBefore = org.apiCallsToday();

      ConversionReadiness ready = sf.leads().checkConversion(leadId);

      assertThat(ready.ready()).isTrue();
      assertThat(ready.failures()).isEmpty();
      assertThat(ready.checks()).extracting(ConversionCheck::name).containsExactly(
          ConversionCheck.LEAD, ConversionCheck.NOT_CONVERTED, ConversionCheck.CONVERTED_STATUS,
          ConversionCheck.REQUIRED_FIELDS, ConversionCheck.OWNER, ConversionCheck.MATCHING_ACCOUNTS,
          ConversionCheck.MATCHING_CONTACTS);
      assertThat(ready.convertedStatuses()).containsExactly("Closed - Converted");
      assertThat(ready.defaultConvertedStatus()).contains("Closed - Converted");
      assertThat(org.apiCallsToday()).isEqualTo(callsBefore + 4);
      assertThat(org.store().count("Account")).isZero();
    }

    @Test
    void listsAccountsNamedLikeTheCompanyExactFirstThenNormalised() {
      account("Acme Rockets");
      SalesforceId gmbh = account("ACME GmbH");
      SalesforceId inc = account("Acme, Inc.");
      SalesforceId exact = account("acme");
      account("Globex");
      SalesforceId leadId = lead("Acme", null);

      ConversionReadiness ready = sf.leads().checkConversion(leadId);

      assertThat(ready.matchingAccounts()).extracting(a -> a.id().orElseThrow())
          .containsExactly(exact, gmbh, inc);
      ConversionCheck check = ready.check(ConversionCheck.MATCHING_ACCOUNTS).orElseThrow();
      assertThat(check.passed()).isFalse();
      assertThat(check.blocking()).isFalse();
      assertThat(check.message()).contains("3 existing account(s)", "ACME GmbH", "LeadConvert.accountId");
      assertThat(ready.ready()).isTrue();
    }

    @Test
    void normalisesTheLeadsCompanyToo() {
      SalesforceId acme = account("Acme");
      SalesforceId leadId = lead("ACME Ltd.", null);

      assertThat(sf.leads().checkConversion(leadId).matchingAccounts())
          .extracting(a -> a.id().orElseThrow()).containsExactly(acme);
    }

    @Test
    void listsContactsWithTheLeadsEmail() {
      SalesforceId account = account("Globex");
      SalesforceId contact = sf.contacts().create(
          Contact.builder().lastName("Ng").email("ada@acme.example").accountId(account).build());
      sf.contacts().create(Contact.builder().lastName("Other").email("other@acme.example").build());
      SalesforceId leadId = lead("Acme", "ada@acme.example");

      ConversionReadiness ready = sf.leads().checkConversion(leadId);

      assertThat(ready.matchingContacts()).extracting(c -> c.id().orElseThrow()).containsExactly(contact);
      assertThat(ready.check(ConversionCheck.MATCHING_CONTACTS).orElseThrow().message())
          .contains(contact.value() + " of account " + account.value(), "LeadConvert.contactId");
    }

    @Test
    void failsWhenTheOrgHasNoConvertedStatus() {
      org.store().rows("LeadStatus", false).stream()
          .filter(s -> s.path("IsConverted").asBoolean())
          .forEach(s -> org.store().updateAsSystem("LeadStatus", s.path("Id").asText(),
              JsonNodeFactory.instance.objectNode().put("IsConverted", false)));
      SalesforceId leadId = lead("Acme", null);

      ConversionReadiness ready = sf.leads().checkConversion(leadId);

      assertThat(ready.ready()).isFalse();
      assertThat(ready.defaultConvertedStatus()).isEmpty();
      ConversionCheck check = ready.check(ConversionCheck.CONVERTED_STATUS).orElseThrow();
      assertThat(check.passed()).isFalse();
      assertThat(check.message()).contains("no lead status with IsConverted = true");
      assertThatThrownBy(() -> sf.leads().convert(LeadConvert.of(leadId, "Closed - Converted")))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.errorCode()).contains("INVALID_STATUS"));
    }

    @Test
    void failsForAConvertedLeadAndForAPlannedStatusThatDoesNotConvert() {
      SalesforceId converted = lead("Acme", null);
      sf.leads().convert(LeadConvert.of(converted, "Closed - Converted"));
      SalesforceId open = lead("Globex", null);

      ConversionReadiness done = sf.leads().checkConversion(converted);
      ConversionReadiness planned = sf.leads().checkConversion(
          LeadConvert.of(open, "Working - Contacted"));

      assertThat(done.ready()).isFalse();
      assertThat(done.failures()).extracting(ConversionCheck::name)
          .contains(ConversionCheck.NOT_CONVERTED);
      assertThat(planned.ready()).isFalse();
      assertThat(planned.check(ConversionCheck.CONVERTED_STATUS).orElseThrow().message())
          .contains("'Working - Contacted' is not a converted lead status", "INVALID_STATUS");
    }

    @Test
    void failsForALeadThatDoesNotExist() {
      SalesforceId leadId = lead("Acme", null);
      sf.leads().delete(leadId);

      ConversionReadiness ready = sf.leads().checkConversion(leadId);

      assertThat(ready.ready()).isFalse();
      assertThat(ready.checks()).extracting(ConversionCheck::name).containsExactly(ConversionCheck.LEAD);
      assertThat(ready.toString()).contains("ready=false", "failures=[lead]");
    }
  }

  @Nested
  class Assignment {
    @Test
    void sendsSforceAutoAssignToTheOrg() {
      List<HttpRequest> seen = new ArrayList<>();
      SalesCloudClient client = SalesCloudClient.builder()
          .credentials(StaticCredentials.of(org.accessToken(), FakeSalesCloud.INSTANCE_URL))
          .transport(request -> {
            seen.add(request);
            return org.router().handle(request);
          })
          .build();

      client.leads().create(Lead.builder().lastName("Ng").company("Acme").build(),
          RequestOptions.builder().autoAssign(false).build());

      assertThat(seen).hasSize(1);
      assertThat(seen.get(0).header("Sforce-Auto-Assign")).contains("FALSE");
      assertThat(org.store().count("Lead")).isEqualTo(1);
    }
  }

  @Nested
  class Readme {
    @Test
    void checksThenConvertsIntoTheAccountThatAlreadyExists() {
      SalesforceId existing = account("ACME Inc");
      SalesforceId id = sf.leads().create(Lead.builder().lastName("Ng").company("Acme, Inc.")
          .email("ada@acme.example").build());

      ConversionReadiness ready = sf.leads().checkConversion(id);
      LeadConvertResult result = null;
      if (ready.ready()) {
        LeadConvert.Builder conversion = LeadConvert.builder().leadId(id)
            .convertedStatus(ready.defaultConvertedStatus().orElseThrow())
            .opportunityName("Acme - 50 seats");
        ready.matchingAccounts().stream().findFirst().flatMap(Account::id)
            .ifPresent(conversion::accountId);
        result = sf.leads().convert(conversion.build());
      }

      assertThat(result).isNotNull();
      assertThat(result.accountId()).contains(existing);
      assertThat(sf.opportunities().get(result.opportunityId().orElseThrow()).name())
          .contains("Acme - 50 seats");
    }
  }
}
