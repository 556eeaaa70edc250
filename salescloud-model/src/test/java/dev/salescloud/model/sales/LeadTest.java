package dev.salescloud.model.sales;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LeadTest {
  static final String CONVERTED_LEAD =
      """
      {"attributes":{"type":"Lead","url":"/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB"},
       "Id":"00Q5f00000AbcdeEAB","IsDeleted":false,"FirstName":"Ada","LastName":"Ng","Name":"Ada Ng",
       "Title":null,"Company":"Acme","Street":"1 Main St","City":"Springfield","State":"IL",
       "PostalCode":"62701","Country":"US","Latitude":null,"Longitude":null,"GeocodeAccuracy":null,
       "Address":{"city":"Springfield","country":"US","geocodeAccuracy":null,"latitude":null,
                  "longitude":null,"postalCode":"62701","state":"IL","street":"1 Main St"},
       "Email":"ada@acme.example","LeadSource":"Web","Status":"Closed - Converted",
       "AnnualRevenue":1250000.50,"NumberOfEmployees":120,
       "OwnerId":"00558000001N0KeAAK",
       "Owner":{"attributes":{"type":"User","url":"/services/data/v66.0/sobjects/User/00558000001N0KeAAK"},"Name":"Sam Rep"},
       "IsConverted":true,"ConvertedDate":"2026-11-02",
       "ConvertedAccountId":"001D000000IqhSLIAZ","ConvertedContactId":null,"ConvertedOpportunityId":null,
       "CreatedDate":"2026-10-01T09:15:00.000+0000","SystemModstamp":"2026-11-02T10:00:00.000+0000",
       "Score__c":87.50,"acme__Tier__c":"Gold","acme__Big__c":12345678901234567.89,
       "Brand_New_Field_v70":{"nested":[1,2,3]}}
      """;

  @Nested
  class ReadingJson {
    @Test
    void readsStandardFieldsIntoTypedAccessors() {
      Lead lead = read(CONVERTED_LEAD, Lead.class);

      assertThat(lead.id()).contains(SalesforceId.of("00Q5f00000AbcdeEAB"));
      assertThat(lead.lastName()).contains("Ng");
      assertThat(lead.title()).isEmpty();
      assertThat(lead.annualRevenue()).contains(new BigDecimal("1250000.50"));
      assertThat(lead.numberOfEmployees()).contains(120);
      assertThat(lead.isConverted()).contains(true);
      assertThat(lead.convertedDate()).contains(LocalDate.of(2026, 11, 2));
      assertThat(lead.createdDate()).contains(Instant.parse("2026-10-01T09:15:00Z"));
      assertThat(lead.address().flatMap(Address::city)).contains("Springfield");
      assertThat(lead.owner().flatMap(o -> o.get("Name", String.class))).contains("Sam Rep");
      assertThat(lead.attributes().flatMap(a -> a.url()))
          .contains("/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB");
    }

    @Test
    void keepsCustomFieldsExactlyWithTypedAccess() {
      Lead lead = read(CONVERTED_LEAD, Lead.class);

      assertThat(lead.customField("Score__c", BigDecimal.class)).contains(new BigDecimal("87.50"));
      assertThat(lead.customField("acme__Tier__c", String.class)).contains("Gold");
      assertThat(lead.customField("acme__Big__c", BigDecimal.class))
          .contains(new BigDecimal("12345678901234567.89"));
      assertThat(lead.customField("Missing__c", String.class)).isEmpty();
    }

    @Test
    void keepsUnknownFieldsAndWritesThemBackUnchanged() {
      Lead lead = read(CONVERTED_LEAD, Lead.class);

      assertThat(lead.otherField("Brand_New_Field_v70")).map(JsonNode::toString)
          .contains("{\"nested\":[1,2,3]}");
      JsonNode written = json(write(lead));
      assertThat(written.get("Brand_New_Field_v70")).isEqualTo(json("{\"nested\":[1,2,3]}"));
      assertThat(written.get("acme__Big__c").decimalValue())
          .isEqualByComparingTo("12345678901234567.89");
    }

    @Test
    void keepsOtherFieldsInTheOrderSalesforceSentThem() {
      Lead lead =
          read(
              "{\"z__c\":1,\"a__c\":2,\"m__c\":3,\"LastName\":\"Ng\",\"b__c\":4,\"y__c\":5}",
              Lead.class);

      assertThat(lead.otherFields().keySet()).containsExactly("z__c", "a__c", "m__c", "b__c", "y__c");
    }

    @Test
    void toStringNamesTheFieldsButNeverTheirValues() {
      Lead lead = read(CONVERTED_LEAD, Lead.class);

      assertThat(lead.toString())
          .startsWith("Lead{00Q5f00000AbcdeEAB, fields=[")
          .contains("Email", "Score__c")
          .doesNotContain("ada@acme.example", "Ng", "Title");
    }

    @Test
    void roundTripsARecordWithoutNulls() {
      assertRoundTrip(
          """
          {"attributes":{"type":"Lead","url":"/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB"},
           "Id":"00Q5f00000AbcdeEAB","LastName":"Ng","Company":"Acme","AnnualRevenue":10.25,
           "CreatedDate":"2026-10-01T09:15:00.000+0000","ConvertedDate":"2026-11-02","Score__c":1.50}
          """,
          Lead.class);
    }

    @Test
    void refusesAMalformedIdNamingTheField() {
      assertThatThrownBy(() -> read("{\"Id\":\"00Q5f00000Abcd\"}", Lead.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("00Q5f00000Abcd")
          .hasMessageContaining("\"Id\"");
    }

    @Test
    void refusesADatetimeInAnUnknownFormatNamingTheField() {
      assertThatThrownBy(() -> read("{\"CreatedDate\":\"01/10/2026 09:15\"}", Lead.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("01/10/2026 09:15")
          .hasMessageContaining("CreatedDate");
    }

    @Test
    void refusesMoneyThatOverflowsNamingTheField() {
      assertThatThrownBy(() -> read("{\"AnnualRevenue\":1e30}", Lead.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Lead.AnnualRevenue")
          .hasMessageContaining("1000000000000000000000000000000");
    }
  }

  @Nested
  class Creating {
    @Test
    void sendsOnlyTheFieldsThatWereSet() {
      Lead lead =
          Lead.builder()
              .lastName("Ng")
              .company("Acme")
              .leadSource(Lead.LeadSource.WEB)
              .customField("Score__c", new BigDecimal("87.5"))
              .build();

      assertThat(lead.toCreateFields())
          .containsExactly(
              java.util.Map.entry("LastName", json("\"Ng\"")),
              java.util.Map.entry("Company", json("\"Acme\"")),
              java.util.Map.entry("LeadSource", json("\"Web\"")),
              java.util.Map.entry("Score__c", json("87.5")));
    }

    @Test
    void refusesReadOnlyFieldsInACreate() {
      Lead read = read(CONVERTED_LEAD, Lead.class);

      assertThatThrownBy(read::toCreateFields)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Lead.Id is read-only");
      assertThatThrownBy(() -> Lead.builder().lastName("Ng").isConverted(true).build().toCreateFields())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Lead.IsConverted");
    }

    @Test
    void refusesAModelledFieldSetAsACustomOne() {
      assertThatThrownBy(() -> Lead.builder().putOtherField("LastName", json("\"Ng\"")).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("lastName(..)");
      assertThatThrownBy(() -> Lead.builder().customField("LastName", "Ng"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("not a custom field");
    }

    @Test
    void writesAddressesAsTheirComponentFields() {
      Lead lead =
          Lead.builder()
              .lastName("Ng")
              .company("Acme")
              .addressFields(Address.builder().street("1 Main St").city("Springfield").build())
              .build();

      assertThat(lead.toCreateFields()).containsKeys("Street", "City").doesNotContainKey("Address");
    }
  }

  @Nested
  class Patching {
    @Test
    void distinguishesSetClearedAndUnsetFields() {
      LeadPatch patch =
          LeadPatch.builder()
              .status(Lead.Status.WORKING_CONTACTED)
              .rating(Lead.Rating.HOT)
              .clear("Title")
              .set("Score__c", new BigDecimal("87.5"))
              .build();

      assertThat(write(patch))
          .isEqualTo(
              "{\"Status\":\"Working - Contacted\",\"Rating\":\"Hot\",\"Title\":null,\"Score__c\":87.5}");
      assertThat(patch.clearedFields()).containsExactly("Title");
    }

    @Test
    void laterChangesOfAFieldReplaceEarlierOnesIgnoringCase() {
      LeadPatch patch = LeadPatch.builder().title("CTO").clear("title").build();

      assertThat(write(patch)).isEqualTo("{\"title\":null}");
    }

    @Test
    void refusesReadOnlyFieldsNamingThem() {
      assertThatThrownBy(() -> LeadPatch.builder().set("IsConverted", true))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Lead.IsConverted is read-only")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("Lead.IsConverted");
      assertThatThrownBy(() -> LeadPatch.builder().clear("Id"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Lead.Id is read-only");
    }

    @Test
    void refusesNullValuesAndPointsToClear() {
      assertThatThrownBy(() -> LeadPatch.builder().title(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("clear it");
    }

    @Test
    void refusesMoneyThatOverflows() {
      assertThatThrownBy(() -> LeadPatch.builder().annualRevenue(new BigDecimal("1e17")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Lead.AnnualRevenue = 100000000000000000");
    }
  }
}
