package dev.salescloud.model;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.sales.Lead;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SObjectTest {
  static final String INVOICE =
      """
      {"attributes":{"type":"Invoice__c","url":"/services/data/v66.0/sobjects/Invoice__c/a015f00000XyZabAAB"},
       "Id":"a015f00000XyZabAAB","Name":"INV-0042","Amount__c":12345678901234.56,"Paid__c":false,
       "Due__c":"2026-12-31","Sent__c":"2026-11-20T08:30:00.000+0000","Notes__c":null,
       "Account__r":{"attributes":{"type":"Account","url":"/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ"},"Name":"Acme"},
       "Lines__r":{"totalSize":1,"done":true,"records":[{"attributes":{"type":"Line__c","url":"/x"},"Qty__c":2}]}}
      """;

  @Nested
  class ReadingJson {
    @Test
    void keepsEveryFieldInOrderAndRoundTripsExactly() {
      SObject invoice = assertRoundTrip(INVOICE, SObject.class);

      assertThat(invoice.sobjectType()).isEqualTo("Invoice__c");
      assertThat(invoice.fields().keySet())
          .containsExactly(
              "Id", "Name", "Amount__c", "Paid__c", "Due__c", "Sent__c", "Notes__c", "Account__r",
              "Lines__r");
      assertThat(invoice.otherFields()).doesNotContainKey("Id");
    }

    @Test
    void readsFieldsAsJavaTypesOnDemand() {
      SObject invoice = read(INVOICE, SObject.class);

      assertThat(invoice.id()).contains(SalesforceId.of("a015f00000XyZabAAB"));
      assertThat(invoice.get("Amount__c", BigDecimal.class))
          .contains(new BigDecimal("12345678901234.56"));
      assertThat(invoice.get("Paid__c", Boolean.class)).contains(false);
      assertThat(invoice.get("Due__c", LocalDate.class)).contains(LocalDate.of(2026, 12, 31));
      assertThat(invoice.get("Sent__c", Instant.class))
          .contains(Instant.parse("2026-11-20T08:30:00Z"));
      assertThat(invoice.get("Notes__c", String.class)).isEmpty();
      assertThat(invoice.get("Notes__c")).contains(json("null"));
      assertThat(invoice.get("amount__C", BigDecimal.class)).isPresent();
      assertThat(invoice.get("Account__r", SObject.class).flatMap(a -> a.get("Name", String.class)))
          .contains("Acme");
    }

    @Test
    void refusesAValueOfTheWrongTypeNamingFieldAndValue() {
      SObject invoice = read(INVOICE, SObject.class);

      assertThatThrownBy(() -> invoice.get("Name", BigDecimal.class))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Invoice__c.Name")
          .hasMessageContaining("INV-0042")
          .hasMessageContaining("BigDecimal");
    }

    @Test
    void refusesARecordWithoutAttributesType() {
      assertThatThrownBy(() -> read("{\"Id\":\"001D000000IqhSLIAZ\"}", SObject.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("attributes.type");
    }

    @Test
    void becomesATypedRecordKeepingWhatTheTypeDoesNotModel() {
      SObject generic =
          read(
              """
              {"attributes":{"type":"Lead"},"Id":"00Q5f00000AbcdeEAB","LastName":"Ng","Score__c":9.50}
              """,
              SObject.class);

      Lead lead = generic.as(Lead.class);

      assertThat(lead.lastName()).contains("Ng");
      assertThat(lead.customField("Score__c", BigDecimal.class)).contains(new BigDecimal("9.50"));
    }
  }

  @Nested
  class Building {
    @Test
    void writesValuesInSalesforceFormats() {
      SObject record =
          SObject.builder("Invoice__c")
              .put("Name", "INV-1")
              .put("Amount__c", new BigDecimal("1E+3"))
              .put("Due__c", LocalDate.of(2026, 1, 2))
              .put("Sent__c", Instant.parse("2026-01-02T03:04:05Z"))
              .put("Account__c", SalesforceId.of("001D000000IqhSL"))
              .put("Channels__c", MultiPicklist.of("Email", "Phone"))
              .putNull("Notes__c")
              .build();

      assertThat(write(record))
          .isEqualTo(
              "{\"Name\":\"INV-1\",\"Amount__c\":1000,\"Due__c\":\"2026-01-02\","
                  + "\"Sent__c\":\"2026-01-02T03:04:05.000+0000\","
                  + "\"Account__c\":\"001D000000IqhSLIAZ\",\"Channels__c\":\"Email;Phone\","
                  + "\"Notes__c\":null}");
    }

    @Test
    void refusesNullValuesAndMalformedNames() {
      assertThatThrownBy(() -> SObject.builder("Invoice__c").put("Name", null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Invoice__c.Name must not be null");
      assertThatThrownBy(() -> SObject.builder("Invoice__c").put("Bad Name", "x"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'Bad Name' is not a valid Salesforce API name");
      assertThatThrownBy(() -> SObject.builder("1nvoice"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'1nvoice'");
      assertThatThrownBy(() -> SObject.builder("Invoice__c").put("Obj__c", new Object()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("cannot take a Object");
    }

    @Test
    void refusesAttributesOfAnotherType() {
      assertThatThrownBy(
              () -> SObject.builder("Invoice__c").attributes(RecordAttributes.of("Account")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Account")
          .hasMessageContaining("Invoice__c");
    }

    @Test
    void createFieldsLeaveOutAttributesAndRefuseTheId() {
      SObject fresh =
          SObject.builder("Invoice__c")
              .attributes(RecordAttributes.of("Invoice__c"))
              .put("Name", "INV-2")
              .build();

      assertThat(fresh.toCreateFields()).containsExactly(Map.entry("Name", json("\"INV-2\"")));
      assertThatThrownBy(() -> read(INVOICE, SObject.class).toCreateFields())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Invoice__c.Id is read-only");
    }

    @Test
    void createFieldsRefuseRelatedRecordsReadFromSalesforce() {
      SObject withParent =
          read(INVOICE, SObject.class).toBuilder().putNull("Id").build();
      SObject withoutId = SObject.builder("Invoice__c").put("Name", "x")
          .put("Account__r", withParent.get("Account__r").orElseThrow()).build();

      assertThatThrownBy(withoutId::toCreateFields)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Invoice__c.Account__r is a related record");
    }

    @Test
    void createFieldsAcceptAParentReferencedByExternalId() {
      JsonNode byExternalId = json("{\"External_Id__c\":\"ACME-1\"}");
      SObject contact =
          SObject.builder("Contact").put("LastName", "Ng").put("Account", byExternalId).build();

      assertThat(contact.toCreateFields()).containsEntry("Account", byExternalId);
    }

    @Test
    void toStringNamesFieldsButNeverValues() {
      SObject record = SObject.builder("Lead").put("Email", "ada@example.com").build();

      assertThat(record.toString()).contains("Lead").contains("Email").doesNotContain("ada@");
    }
  }
}
