package dev.salescloud.model.describe;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DescribeGlobalTest {
  static final DescribeGlobal GLOBAL = read(DescribeFixtures.GLOBAL, DescribeGlobal.class);

  @Nested
  class ReadingJson {
    @Test
    void roundTripsTheObjectListWithKeysItDoesNotModel() {
      DescribeGlobal global = assertRoundTrip(DescribeFixtures.GLOBAL, DescribeGlobal.class);

      assertThat(global.encoding()).isEqualTo("UTF-8");
      assertThat(global.maxBatchSize()).isEqualTo(200);
      assertThat(global.sobjects())
          .extracting(SObjectSummary::name)
          .containsExactly("Account", "acme__Invoice__c", "Lead", "Name");
      assertThat(global.sobjects().get(0).otherFields()).containsKeys("layoutable", "isSubtype");
    }

    @Test
    void readsEachObjectsSummary() {
      SObjectSummary invoice = GLOBAL.sobject("acme__Invoice__c").orElseThrow();

      assertThat(invoice.custom()).isTrue();
      assertThat(invoice.keyPrefix()).contains("a01");
      assertThat(invoice.labelPlural()).isEqualTo("Invoices");
      assertThat(invoice.urls())
          .containsEntry("describe", "/services/data/v66.0/sobjects/acme__Invoice__c/describe");
      assertThat(GLOBAL.sobject("Name").flatMap(SObjectSummary::keyPrefix)).isEmpty();
      assertThat(GLOBAL.sobject("Name").map(SObjectSummary::createable)).contains(false);
    }
  }

  @Nested
  class LookingUp {
    @Test
    void findsObjectsByNameIgnoringCase() {
      assertThat(GLOBAL.sobject("ACME__invoice__C").map(SObjectSummary::name))
          .contains("acme__Invoice__c");
      assertThat(GLOBAL.sobject("lead").map(SObjectSummary::label)).contains("Lead");
      assertThat(GLOBAL.sobject("Opportunity")).isEmpty();
    }

    @Test
    void findsTheObjectOfARecordIdByItsKeyPrefix() {
      assertThat(GLOBAL.sobjectOf(SalesforceId.of("a015f00000Inv01AAB")).map(SObjectSummary::name))
          .contains("acme__Invoice__c");
      assertThat(GLOBAL.sobjectOf(SalesforceId.of("00Q5f00000AbcdeEAB")).map(SObjectSummary::name))
          .contains("Lead");
      assertThat(GLOBAL.sobjectOf(SalesforceId.of("0065f00000Opp01AAB"))).isEmpty();
    }

    @Test
    void refusesTwoObjectsWhoseNamesDifferOnlyInCase() {
      SObjectSummary lead = GLOBAL.sobject("Lead").orElseThrow();

      assertThatThrownBy(
              () ->
                  DescribeGlobal.builder()
                      .addSobject(lead)
                      .addSobject(lead.toBuilder().name("LEAD").build())
                      .build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("DescribeGlobal lists the sobject 'LEAD' twice");
    }

    @Test
    void countsTheObjectsWhenPrinted() {
      assertThat(GLOBAL.toString()).isEqualTo("DescribeGlobal{sobjects=4}");
    }
  }
}
