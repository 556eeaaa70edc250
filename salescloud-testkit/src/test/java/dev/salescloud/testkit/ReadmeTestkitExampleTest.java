package dev.salescloud.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.testkit.schema.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
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
}
