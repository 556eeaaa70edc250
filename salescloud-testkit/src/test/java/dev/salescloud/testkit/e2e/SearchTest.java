package dev.salescloud.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.SearchResults;
import dev.salescloud.client.soql.SearchGroup;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.client.soql.SoqlSyntaxException;
import dev.salescloud.client.soql.Sosl;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.testkit.FakeSalesCloud;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SearchTest {
  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final SalesCloudClient client = org.client();

  private SalesforceId lead(String first, String last, String email) {
    return client.leads().create(Lead.builder().firstName(first).lastName(last).company("Acme")
        .email(email).build());
  }

  private SalesforceId lead(String first, String last) {
    return client.leads().create(
        Lead.builder().firstName(first).lastName(last).company("Acme").build());
  }

  private SalesforceId contact(String first, String last, String email) {
    return client.contacts().create(
        Contact.builder().firstName(first).lastName(last).email(email).build());
  }

  @Nested
  class Found {
    @Test
    void findsAnEmailAcrossObjectsAsTypedRecords() {
      SalesforceId lead = lead("Ada", "Ng", "ada@acme.example");
      SalesforceId contact = contact("Ada", "Lovelace", "ada@acme.example");
      contact("Bob", "Ng", "bob@acme.example");

      SearchResults found = client.search(Sosl.find("ada@acme.example").in(SearchGroup.EMAIL_FIELDS)
          .returning("Lead", "Id", "Name", "Email")
          .returning("Contact", "Id", "Name", "Email"));

      assertThat(found.size()).isEqualTo(2);
      assertThat(found.records(Lead.class)).singleElement().satisfies(l -> {
        assertThat(l.id()).contains(lead);
        assertThat(l.name()).contains("Ada Ng");
        assertThat(l.email()).contains("ada@acme.example");
      });
      assertThat(found.records(Contact.class)).singleElement()
          .satisfies(c -> assertThat(c.id()).contains(contact));
      assertThat(found.toString()).isEqualTo("SearchResults{{Contact=1, Lead=1}}");
    }

    @Test
    void wildcardsAndNameFieldsFindByThePrefixOfAName() {
      SalesforceId ada = lead("Ada", "Lovelace");
      lead("Grace", "Hopper");

      SearchResults found = client.search(
          Sosl.findWithWildcards("Love*").in(SearchGroup.NAME_FIELDS).returning(Lead.class, "Id"));

      assertThat(found.records(Lead.class)).extracting(l -> l.id().orElseThrow()).containsExactly(ada);
    }

    @Test
    void returningFiltersOrdersAndLimitsEachObject() {
      for (String last : new String[] {"Orion C", "Orion A", "Orion B"}) {
        client.leads().create(Lead.builder().lastName(last).company("Stars").build());
      }
      client.leads().create(Lead.builder().lastName("Orion D").company("Other").build());

      SearchResults found = client.search(Sosl.find("orion").returning(
          Sosl.returning("Lead", "LastName")
              .where(Soql.field("Company").eq("Stars"))
              .orderBy("LastName")
              .limit(2)));

      assertThat(found.records(Lead.class)).extracting(l -> l.lastName().orElseThrow())
          .containsExactly("Orion A", "Orion B");
    }

    @Test
    void rawSoslIsParsedBeforeItIsSent() {
      SalesforceId ada = contact("Ada", "Ng", "ada@acme.example");

      SearchResults found =
          client.search("FIND {\"Ada Ng\" OR Lovelace} IN NAME FIELDS RETURNING Contact(Id, Name)");

      assertThat(found.records("contact")).extracting(SObject::id).containsExactly(Optional.of(ada));
    }

    @Test
    void userInputWithReservedCharactersIsSearchedAsTyped() {
      SalesforceId uk = client.accounts().create(
          Account.builder().name("Acme (UK) Ltd.").build());

      SearchResults found = client.search(Sosl.find("Acme (UK)").returning("Account", "Id", "Name"));

      assertThat(found.records("Account")).extracting(SObject::id)
          .containsExactly(Optional.of(uk));
    }

    @Test
    void deletedRecordsAreNotFound() {
      SalesforceId gone = lead("Ada", "Ng");
      client.leads().delete(gone);

      assertThat(client.search(Sosl.find("Ada").returning("Lead", "Id")).size()).isZero();
    }
  }

  @Nested
  class Refused {
    @Test
    void aTermWithoutBracesIsRefusedBeforeSending() {
      assertThatThrownBy(() -> client.search("FIND Ada RETURNING Lead"))
          .isInstanceOfSatisfying(SoqlSyntaxException.class, e -> {
            assertThat(e.errorCode()).isEqualTo("MALFORMED_SEARCH");
            assertThat(e.detail())
                .isEqualTo("No search term found. The search term must be enclosed in braces.");
          });
      assertThat(org.apiCallsToday()).isZero();
    }

    @Test
    void aTermOfOneCharacterIsInvalidSearch() {
      assertThatThrownBy(() -> client.search(Sosl.find("a").returning("Lead", "Id")))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errorCode()).contains("INVALID_SEARCH");
            assertThat(e.errors().get(0).message())
                .isEqualTo("search term must be longer than one character: a");
          });
    }

    @Test
    void anUnknownObjectIsInvalidType() {
      assertThatThrownBy(() -> client.search(Sosl.find("Ada").returning("Nope__c", "Name")))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errorCode()).contains("INVALID_TYPE");
            assertThat(e.errors().get(0).message()).startsWith("sObject type 'Nope__c' is not supported.");
          });
    }

    @Test
    void anUnknownFieldIsInvalidField() {
      assertThatThrownBy(() -> client.search(Sosl.find("Ada").returning("Lead", "Nope__c")))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.errorCode()).contains("INVALID_FIELD"));
    }
  }
}
