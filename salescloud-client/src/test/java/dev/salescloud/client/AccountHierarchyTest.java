package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.client.retry.RetryPolicy;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Contact;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountHierarchyTest {
  static final SalesforceId ACME = SalesforceId.of("001D000000IqhSLIAZ");
  static final SalesforceId HOLDING = SalesforceId.of("0011Y00003HVMu4QAH");

  final LoopbackServer server = new LoopbackServer();
  final SalesCloudClient sf =
      SalesCloudClient.builder()
          .credentials(StaticCredentials.of("token-1", server.baseUri()))
          .retryPolicy(RetryPolicy.none())
          .build();

  @AfterEach
  void stop() {
    sf.close();
    server.close();
  }

  static String soqlOf(Recorded request) {
    return URLDecoder.decode(request.rawQuery().substring(2), StandardCharsets.UTF_8);
  }

  @Test
  void readsTheParentThroughParentId() {
    server.enqueue(200, "{\"attributes\":{\"type\":\"Account\"},\"Id\":\"001D000000IqhSLIAZ\",\"ParentId\":\"0011Y00003HVMu4QAH\"}");
    server.enqueue(200, "{\"attributes\":{\"type\":\"Account\"},\"Id\":\"0011Y00003HVMu4QAH\",\"Name\":\"Acme Holding\"}");

    Optional<Account> parent = sf.accounts().parent(ACME);

    assertThat(parent.flatMap(Account::name)).contains("Acme Holding");
    List<Recorded> requests = server.takeAll();
    assertThat(requests.get(0).rawQuery()).isEqualTo("fields=ParentId");
    assertThat(requests.get(1).path()).endsWith("/sobjects/Account/0011Y00003HVMu4QAH");
  }

  @Test
  void aTopLevelAccountHasNoParent() {
    server.enqueue(200, "{\"attributes\":{\"type\":\"Account\"},\"Id\":\"001D000000IqhSLIAZ\",\"ParentId\":null}");

    assertThat(sf.accounts().parent(ACME)).isEmpty();
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void queriesChildrenContactsAndOpportunitiesByLookup() {
    server.enqueue(200, "{\"totalSize\":1,\"done\":true,\"records\":[{\"attributes\":{\"type\":\"Account\"},\"Name\":\"Acme EU\"}]}");
    server.enqueue(200, "{\"totalSize\":1,\"done\":true,\"records\":[{\"attributes\":{\"type\":\"Contact\"},\"LastName\":\"Ng\"}]}");
    server.enqueue(200, "{\"totalSize\":3,\"done\":true,\"records\":[]}");

    List<Account> children = sf.accounts().children(HOLDING).toList();
    List<Contact> contacts = sf.accounts().contacts(ACME, "Id", "LastName").toList();
    long opportunities = sf.accounts().opportunities(ACME).count();

    assertThat(children).extracting(a -> a.name().orElseThrow()).containsExactly("Acme EU");
    assertThat(contacts).extracting(c -> c.lastName().orElseThrow()).containsExactly("Ng");
    assertThat(opportunities).isEqualTo(3);
    List<Recorded> requests = server.takeAll();
    assertThat(soqlOf(requests.get(0)))
        .isEqualTo("SELECT Id, Name, ParentId, Type, Industry, OwnerId FROM Account"
            + " WHERE ParentId = '0011Y00003HVMu4QAH' ORDER BY Id");
    assertThat(soqlOf(requests.get(1)))
        .isEqualTo("SELECT Id, LastName FROM Contact WHERE AccountId = '001D000000IqhSLIAZ' ORDER BY Id");
    assertThat(soqlOf(requests.get(2)))
        .isEqualTo("SELECT COUNT() FROM Opportunity WHERE AccountId = '001D000000IqhSLIAZ'");
  }

  @Test
  void refusesAnIdThatIsNotAnAccountAndMalformedFields() {
    assertThatThrownBy(() -> sf.accounts().contacts(SalesforceId.of("00Q5f00000AbcdeEAB")))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("00Q (Lead)");
    assertThatThrownBy(() -> sf.accounts().children(ACME, "Name FROM User --"))
        .isInstanceOf(InvalidArgumentException.class);
    assertThat(server.requestCount()).isZero();
  }
}
