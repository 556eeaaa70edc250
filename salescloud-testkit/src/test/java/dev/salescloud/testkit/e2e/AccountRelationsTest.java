package dev.salescloud.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.AccountPatch;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.testkit.FakeSalesCloud;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccountRelationsTest {
  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final SalesCloudClient client = org.client();

  private final SalesforceId parent = client.accounts().create(Account.builder().name("Holding").build());
  private final SalesforceId child = client.accounts().create(
      Account.builder().name("Subsidiary").parentId(parent).industry("Energy").build());

  @Test
  void parentReadsTheParentAccountWithEveryField() {
    assertThat(client.accounts().parent(child)).hasValueSatisfying(p -> {
      assertThat(p.id()).contains(parent);
      assertThat(p.name()).contains("Holding");
      assertThat(p.createdDate()).isPresent();
    });
    assertThat(client.accounts().parent(parent)).isEmpty();
  }

  @Test
  void parentIsGoneOnceTheLookupIsCleared() {
    client.accounts().update(child, AccountPatch.builder().clear("ParentId").build());

    assertThat(client.accounts().parent(child)).isEmpty();
    assertThat(client.accounts().children(parent).toList()).isEmpty();
  }

  @Test
  void childrenAreTheAccountsBelowWithTheDefaultOrChosenFields() {
    SalesforceId second = client.accounts().create(
        Account.builder().name("Second").parentId(parent).build());
    client.accounts().create(Account.builder().name("Unrelated").build());

    assertThat(client.accounts().children(parent).toList())
        .extracting(a -> a.id().orElseThrow()).containsExactlyInAnyOrder(child, second);
    assertThat(client.accounts().children(parent, "Name", "Industry").toList())
        .filteredOn(a -> a.name().orElseThrow().equals("Subsidiary"))
        .singleElement().satisfies(a -> {
          assertThat(a.industry()).contains("Energy");
          assertThat(a.parentId()).isEmpty();
        });
  }

  @Test
  void contactsAndOpportunitiesAreTheAccountsOwn() {
    SalesforceId ada = client.contacts().create(
        Contact.builder().lastName("Ng").email("ada@acme.example").accountId(child).build());
    client.contacts().create(Contact.builder().lastName("Elsewhere").accountId(parent).build());
    SalesforceId deal = client.opportunities().create(Opportunity.builder().name("Deal")
        .accountId(child).stageName(Opportunity.Stage.PROSPECTING)
        .closeDate(LocalDate.of(2030, 3, 31)).build());

    assertThat(client.accounts().contacts(child).toList()).singleElement().satisfies(c -> {
      assertThat(c.id()).contains(ada);
      assertThat(c.accountId()).contains(child);
    });
    assertThat(client.accounts().contacts(child, "Email").toList())
        .extracting(c -> c.email().orElseThrow()).containsExactly("ada@acme.example");
    assertThat(client.accounts().opportunities(child).toList()).singleElement()
        .satisfies(o -> {
          assertThat(o.id()).contains(deal);
          assertThat(o.stageName()).contains(Opportunity.Stage.PROSPECTING);
        });
    assertThat(client.accounts().opportunities(parent).count()).isZero();
  }

  @Test
  void deletedContactsAreNoLongerTheAccounts() {
    SalesforceId ada = client.contacts().create(Contact.builder().lastName("Ng").accountId(child).build());
    client.contacts().delete(ada);

    assertThat(client.accounts().contacts(child).toList()).isEmpty();
  }
}
