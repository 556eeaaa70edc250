package dev.salescloud.model.sales;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OpportunityLineItemTest {
  static final String LINE_ITEM =
      """
      {"attributes":{"type":"OpportunityLineItem","url":"/services/data/v66.0/sobjects/OpportunityLineItem/00kRO00000LnItmYAF"},
       "Id":"00kRO00000LnItmYAF","IsDeleted":false,"OpportunityId":"006D000000CpOSyIAN",
       "Opportunity":{"attributes":{"type":"Opportunity","url":"/services/data/v66.0/sobjects/Opportunity/006D000000CpOSyIAN"},"Name":"Acme — 50 seats"},
       "Product2Id":"01tRO00000Prod1YAB",
       "Product2":{"attributes":{"type":"Product2","url":"/services/data/v66.0/sobjects/Product2/01tRO00000Prod1YAB"},"Name":"Seat licence","Family":"Software"},
       "PricebookEntryId":"01uRO00000PbEntYAF","Name":"Acme — 50 seats Seat licence","ProductCode":"SEAT-1",
       "Quantity":50.00,"UnitPrice":900.00,"TotalPrice":40500.00,"ListPrice":1000.00,
       "Subtotal":45000.00,"Discount":10.00,"ServiceDate":"2027-01-01","Description":null,"SortOrder":1,
       "CreatedDate":"2026-10-03T10:00:00.000+0000","Seats_Tier__c":"Gold"}
      """;

  @Nested
  class ReadingJson {
    @Test
    void readsPricesQuantitiesAndTheProduct() {
      OpportunityLineItem line = read(LINE_ITEM, OpportunityLineItem.class);

      assertThat(line.id()).contains(SalesforceId.of("00kRO00000LnItmYAF"));
      assertThat(line.opportunityId()).contains(SalesforceId.of("006D000000CpOSyIAN"));
      assertThat(line.pricebookEntryId()).contains(SalesforceId.of("01uRO00000PbEntYAF"));
      assertThat(line.quantity()).contains(new BigDecimal("50.00"));
      assertThat(line.unitPrice()).contains(new BigDecimal("900.00"));
      assertThat(line.totalPrice()).contains(new BigDecimal("40500.00"));
      assertThat(line.listPrice()).contains(new BigDecimal("1000.00"));
      assertThat(line.subtotal()).contains(new BigDecimal("45000.00"));
      assertThat(line.discount()).contains(new BigDecimal("10.00"));
      assertThat(line.serviceDate()).contains(LocalDate.of(2027, 1, 1));
      assertThat(line.sortOrder()).contains(1);
      assertThat(line.productCode()).contains("SEAT-1");
      assertThat(line.description()).isEmpty();
      assertThat(line.product2().flatMap(p -> p.get("Family", String.class))).contains("Software");
    }

    @Test
    void keepsUnmodelledParentsAndCustomFields() {
      OpportunityLineItem line = read(LINE_ITEM, OpportunityLineItem.class);

      assertThat(line.customField("Seats_Tier__c", String.class)).contains("Gold");
      assertThat(line.otherField("Opportunity").map(n -> n.get("Name").asText()))
          .contains("Acme — 50 seats");
    }

    @Test
    void roundTripsALineItemWithoutNulls() {
      assertRoundTrip(LINE_ITEM.replace("\"Description\":null,", ""), OpportunityLineItem.class);
    }

    @Test
    void refusesAPriceThatOverflowsNamingTheFieldAndValue() {
      assertThatThrownBy(() -> read("{\"ListPrice\":99999999999999999}", OpportunityLineItem.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("OpportunityLineItem.ListPrice = 99999999999999999");
    }
  }

  @Nested
  class Creating {
    @Test
    void sendsEitherPriceWithTheCreateOnlyLookups() {
      OpportunityLineItem line =
          OpportunityLineItem.builder()
              .opportunityId(SalesforceId.of("006D000000CpOSyIAN"))
              .pricebookEntryId(SalesforceId.of("01uRO00000PbEntYAF"))
              .quantity(new BigDecimal("50"))
              .unitPrice(new BigDecimal("900.00"))
              .build();

      assertThat(write(line.toCreateFields()))
          .isEqualTo(
              "{\"OpportunityId\":\"006D000000CpOSyIAN\",\"PricebookEntryId\":\"01uRO00000PbEntYAF\","
                  + "\"Quantity\":50,\"UnitPrice\":900.00}");
    }

    @Test
    void refusesUnitPriceAndTotalPriceTogetherNamingBoth() {
      OpportunityLineItem line =
          OpportunityLineItem.builder()
              .opportunityId(SalesforceId.of("006D000000CpOSyIAN"))
              .quantity(new BigDecimal("50"))
              .unitPrice(new BigDecimal("900.00"))
              .totalPrice(new BigDecimal("45000.00"))
              .build();

      assertThat(line.unitPrice()).isPresent();
      assertThatThrownBy(line::toCreateFields)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("OpportunityLineItem.UnitPrice (900.00)")
          .hasMessageContaining("OpportunityLineItem.TotalPrice (45000.00)")
          .hasMessageContaining("cannot be sent together");
    }

    @Test
    void refusesEachDerivedFieldInACreateNamingIt() {
      OpportunityLineItem base =
          OpportunityLineItem.builder().opportunityId(SalesforceId.of("006D000000CpOSyIAN")).build();

      for (OpportunityLineItem line :
          List.of(
              base.toBuilder().listPrice(BigDecimal.ONE).build(),
              base.toBuilder().subtotal(BigDecimal.ONE).build(),
              base.toBuilder().name("Acme Seat licence").build(),
              base.toBuilder().productCode("SEAT-1").build())) {
        assertThatThrownBy(line::toCreateFields)
            .isInstanceOf(InvalidArgumentException.class)
            .hasMessageMatching(
                "OpportunityLineItem\\.(ListPrice|Subtotal|Name|ProductCode) is read-only.*");
      }
    }

    @Test
    void refusesTheProductRelationshipInACreate() {
      OpportunityLineItem read = read(LINE_ITEM, OpportunityLineItem.class);
      OpportunityLineItem copy =
          OpportunityLineItem.builder()
              .opportunityId(read.opportunityId().orElseThrow())
              .product2(read.product2().orElseThrow())
              .build();

      assertThatThrownBy(copy::toCreateFields)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("OpportunityLineItem.Product2 is a related record");
    }
  }

  @Nested
  class Patching {
    @Test
    void distinguishesSetClearedAndUnsetFields() {
      OpportunityLineItemPatch patch =
          OpportunityLineItemPatch.builder()
              .quantity(new BigDecimal("60"))
              .unitPrice(new BigDecimal("950.00"))
              .discount(new BigDecimal("5"))
              .serviceDate(LocalDate.of(2027, 2, 1))
              .sortOrder(2)
              .clear("Description")
              .build();

      assertThat(write(patch))
          .isEqualTo(
              "{\"Quantity\":60,\"UnitPrice\":950.00,\"Discount\":5,\"ServiceDate\":\"2027-02-01\","
                  + "\"SortOrder\":2,\"Description\":null}");
    }

    @Test
    void buildRefusesBothPricesWhetherSetOrCleared() {
      OpportunityLineItemPatch.Builder setBoth =
          OpportunityLineItemPatch.builder()
              .unitPrice(new BigDecimal("950.00"))
              .totalPrice(new BigDecimal("57000.00"));
      OpportunityLineItemPatch.Builder clearBoth =
          OpportunityLineItemPatch.builder().clear("unitprice").clear("TotalPrice");
      OpportunityLineItemPatch.Builder setOneClearOther =
          OpportunityLineItemPatch.builder().totalPrice(new BigDecimal("10")).clear("UnitPrice");

      assertThatThrownBy(setBoth::build)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("OpportunityLineItem.UnitPrice (950.00)")
          .hasMessageContaining("OpportunityLineItem.TotalPrice (57000.00)")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("OpportunityLineItem.TotalPrice");
      assertThatThrownBy(clearBoth::build)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("UnitPrice (null) and OpportunityLineItem.TotalPrice (null)");
      assertThatThrownBy(setOneClearOther::build).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void buildAcceptsOnePriceWithQuantityAndDiscount() {
      OpportunityLineItemPatch patch =
          OpportunityLineItemPatch.builder()
              .quantity(BigDecimal.TEN)
              .discount(BigDecimal.ONE)
              .totalPrice(new BigDecimal("9900.00"))
              .build();

      assertThat(patch.fields()).containsOnlyKeys("Quantity", "Discount", "TotalPrice");
    }

    @Test
    void refusesCreateOnlyLookupsNamingThem() {
      for (String field : List.of("OpportunityId", "PricebookEntryId", "Product2Id")) {
        assertThatThrownBy(
                () -> OpportunityLineItemPatch.builder().set(field, "006D000000CpOSyIAN"))
            .as(field)
            .isInstanceOf(InvalidArgumentException.class)
            .hasMessageContaining("OpportunityLineItem." + field + " can be set only when");
      }
    }

    @Test
    void refusesReadOnlyFieldsNamingThem() {
      assertThatThrownBy(() -> OpportunityLineItemPatch.builder().set("ListPrice", BigDecimal.ONE))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("OpportunityLineItem.ListPrice is read-only");
    }

    @Test
    void refusesPricesThatOverflowNamingTheFieldAndValue() {
      assertThatThrownBy(
              () -> OpportunityLineItemPatch.builder().unitPrice(new BigDecimal("-1e16")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("OpportunityLineItem.UnitPrice = -10000000000000000");
      assertThatThrownBy(
              () -> OpportunityLineItemPatch.builder().totalPrice(new BigDecimal("1e18")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("OpportunityLineItem.TotalPrice = 1000000000000000000");
    }
  }
}
