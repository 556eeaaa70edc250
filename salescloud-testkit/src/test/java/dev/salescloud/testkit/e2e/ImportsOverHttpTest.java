package dev.salescloud.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.auth.LoginHost;
import dev.salescloud.auth.flow.ClientCredentialsCredentials;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.bulk.RecordOutcome;
import dev.salescloud.client.imports.ImportOptions;
import dev.salescloud.client.imports.ImportPath;
import dev.salescloud.client.imports.ImportResult;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.composite.CompositeResponse;
import dev.salescloud.model.composite.Reference;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.result.SaveResult;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.emulator.Emulator;
import dev.salescloud.testkit.oauth.ConnectedApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client's many-record paths against the fake org over real HTTP, logged in by OAuth. */
class ImportsOverHttpTest {
  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final Emulator emulator = Emulator.start(org);
  private final SalesCloudClient sf = SalesCloudClient.builder()
      .credentials(ClientCredentialsCredentials.builder().loginHost(LoginHost.of(emulator.baseUri()))
          .clientId(ConnectedApp.DEFAULT_CLIENT_ID).clientSecret(ConnectedApp.DEFAULT_CLIENT_SECRET).build())
      .build();

  @AfterEach
  void stop() {
    sf.close();
    emulator.close();
  }

  static List<Lead> leads(int n) {
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      leads.add(i % 50 == 3
          ? Lead.builder().company("Acme").firstName("Nameless").build()
          : Lead.builder().company("Acme \"Widgets\", Inc.").lastName("Lead " + i).build());
    }
    return leads;
  }

  @Test
  void importsThroughCollectionsWithOneOutcomePerLeadInInputOrder() {
    int before = org.apiCallsToday();

    ImportResult result = sf.imports().insert(leads(1_000), ImportOptions.builder().parallelism(3).build());

    assertThat(result.path()).isEqualTo(ImportPath.COLLECTIONS);
    assertThat(result.apiCalls()).isEqualTo(5);
    assertThat(org.apiCallsToday() - before).isEqualTo(5);
    assertThat(result.failures()).hasSize(20).allSatisfy(o -> {
      assertThat(o.status()).isEqualTo(RecordOutcome.Status.FAILED);
      assertThat(o.errors().get(0).code()).isEqualTo("REQUIRED_FIELD_MISSING");
    });
    assertThat(org.store().count("Lead")).isEqualTo(980);
    RecordOutcome tenth = result.outcomes().get(10);
    assertThat(org.store().get("Lead", tenth.id().orElseThrow().value()).get("LastName").asText())
        .isEqualTo("Lead 10");
  }

  @Test
  void importsThroughBulkOverHttpAndRefusesToAbortTheFinishedJob() {
    ImportResult result = sf.imports().insert(leads(2_500));

    assertThat(result.path()).isEqualTo(ImportPath.BULK);
    assertThat(result.apiCalls()).isLessThanOrEqualTo(10);
    assertThat(result.failures()).hasSize(50);
    assertThat(org.store().count("Lead")).isEqualTo(2_450);
    String job = result.jobs().get(0).id();
    assertThatThrownBy(() -> sf.bulk().abort(job))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("INVALIDJOBSTATE");
  }

  @Test
  void composesDependentWritesInOneCallAndRollsThemBackOnFailure() {
    CompositeResponse created = sf.composite()
        .create("acct", Account.builder().name("Acme").build())
        .create("ng", Contact.builder().lastName("Ng").build(), Map.of("AccountId", Reference.id("acct")))
        .query("contacts", "SELECT Id, LastName FROM Contact WHERE AccountId = '@{acct.id}'")
        .send();
    CompositeResponse failed = sf.composite()
        .create("acct", Account.builder().name("Globex").build())
        .create("bad", Contact.builder().firstName("No last name").build(), Map.of("AccountId", Reference.id("acct")))
        .send();

    SalesforceId acme = created.subresponse("acct").flatMap(r -> r.bodyAs(SaveResult.class))
        .flatMap(SaveResult::id).orElseThrow();
    assertThat(created.subresponse("contacts").flatMap(r -> r.queryResult(Contact.class)).orElseThrow()
        .records()).extracting(c -> c.lastName().orElseThrow()).containsExactly("Ng");
    assertThat(org.store().get("Contact", org.store().rows("Contact", false).get(0).get("Id").asText())
        .get("AccountId").asText()).isEqualTo(acme.value());
    assertThat(failed.rolledBack()).isTrue();
    assertThat(org.store().count("Account")).isEqualTo(1);
  }
}
