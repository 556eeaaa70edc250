package dev.salescloud.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.auth.LoginHost;
import dev.salescloud.auth.flow.ClientCredentialsCredentials;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.testkit.emulator.Emulator;
import dev.salescloud.testkit.oauth.ConnectedApp;
import dev.salescloud.testkit.schema.FieldOptions;
import dev.salescloud.testkit.schema.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's test kit example, compiled and run. */
class ReadmeTestkitExampleTest {
  @Test
  void theReadmeExampleRuns() {
    FakeSalesCloud org = FakeSalesCloud.builder().fixedAt(Instant.parse("2026-11-24T09:00:00Z")).build();
    org.schema().addField("Lead", "Score__c", FieldType.NUMBER);
    SalesCloudClient sf = org.client();

    SalesforceId id = sf.leads().create(Lead.builder().lastName("Ng").company("Acme")
        .customField("Score__c", new BigDecimal("87.5")).build());
    Lead lead = sf.leads().get(id);

    assertThat(lead.status()).contains("Open - Not Contacted");
    assertThat(lead.name()).contains("Ng");
    assertThat(lead.customField("Score__c", BigDecimal.class)).contains(new BigDecimal("87.5"));
    assertThat(lead.createdDate()).contains(Instant.parse("2026-11-24T09:00:00Z"));
    assertThatThrownBy(() -> sf.leads().create(Lead.builder().company("Acme").build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("REQUIRED_FIELD_MISSING")
        .hasMessageContaining("[LastName]");
  }

  @Test
  void theReadmeQueryExampleRuns() {
    FakeSalesCloud org = FakeSalesCloud.create();
    SalesCloudClient sf = org.client();
    SalesforceId acme = sf.accounts().create(dev.salescloud.model.sales.Account.builder().name("Acme")
        .annualRevenue(new BigDecimal("5e6")).build());
    sf.contacts().create(dev.salescloud.model.sales.Contact.builder().lastName("Ng").accountId(acme).build());
    sf.leads().create(Lead.builder().lastName("Ode").company("Initech").build());

    java.util.List<dev.salescloud.model.sales.Account> big = sf.query(
        Soql.select("Name", "Owner.Name", Soql.subquery(Soql.select("LastName").from("Contacts")))
            .from("Account").where(Soql.field("AnnualRevenue").gt(new BigDecimal("1e6")))
            .orderBy(Soql.field("Name").asc()), dev.salescloud.model.sales.Account.class).toList();
    long openLeads = sf.query("SELECT Id FROM Lead WHERE IsConverted = false AND CreatedDate = LAST_N_DAYS:30",
        Lead.class).count();

    assertThat(big).hasSize(1);
    assertThat(big.get(0).contacts().orElseThrow().records()).hasSize(1);
    assertThat(openLeads).isEqualTo(1);
  }

  @Test
  void theReadmeSchemaAndFaultExamplesRun() {
    FakeSalesCloud org = FakeSalesCloud.builder().fiscalYearStartMonth(Month.APRIL).build();
    org.schema().addPicklist("Lead", "Tier__c", List.of("Gold", "Silver"), true);
    org.schema().addField("Account", "Erp_Id__c", FieldType.STRING,
        FieldOptions.builder().externalId().unique().build());
    org.schema().addValidationRule("Opportunity", "LockStage",
        (before, after) -> before.isPresent()
            && !before.get().path("StageName").equals(after.path("StageName")),
        "Stage changes only in the UI", "StageName");
    org.faults().next(2).matching("PATCH", "/sobjects/Opportunity/*").serverUnavailable();
    org.faults().share(0.2).seed(42).unableToLockRow();
    org.faults().expireSessionOnNextCall();

    assertThatThrownBy(() -> org.client().leads().create(Lead.builder().lastName("Ng").company("Acme")
            .customField("Tier__c", "Bronze").build()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void theReadmeEmulatorExampleRuns() {
    FakeSalesCloud org = FakeSalesCloud.create();
    try (Emulator emulator = Emulator.start(org)) {
      SalesCloudClient sf = SalesCloudClient.builder()
          .credentials(ClientCredentialsCredentials.builder().loginHost(LoginHost.of(emulator.baseUri()))
              .clientId(ConnectedApp.DEFAULT_CLIENT_ID).clientSecret(ConnectedApp.DEFAULT_CLIENT_SECRET).build())
          .build();
      sf.leads().create(Lead.builder().lastName("Ng").company("Acme").build());
      sf.close();
    }

    assertThat(org.store().count("Lead")).isEqualTo(1);
  }
}
