package dev.salescloud.model.sales;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.query.QueryResult;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OpportunityTest {
  /** A row of {@code SELECT ..., Account.Name, Owner.Alias, (SELECT ... FROM OpportunityLineItems), (SELECT ... FROM OpportunityContactRoles) FROM Opportunity}. */
  static final String QUERIED_OPPORTUNITY =
      """
      {"attributes":{"type":"Opportunity","url":"/services/data/v66.0/sobjects/Opportunity/006D000000CpOSyIAN"},
       "Id":"006D000000CpOSyIAN","IsDeleted":false,"Name":"Acme — 50 seats",
       "AccountId":"001D000000IqhSLIAZ",
       "Account":{"attributes":{"type":"Account","url":"/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ"},"Name":"Acme","Industry":"Technology"},
       "OwnerId":"00558000001N0KeAAK",
       "Owner":{"attributes":{"type":"User","url":"/services/data/v66.0/sobjects/User/00558000001N0KeAAK"},"Alias":"srep"},
       "StageName":"Negotiation/Review","CloseDate":"2026-12-15","Amount":50000.00,"Probability":90,
       "ExpectedRevenue":45000.00,"IsClosed":false,"IsWon":false,
       "ForecastCategory":"Forecast","ForecastCategoryName":"Commit",
       "Type":"New Customer","LeadSource":"Web","NextStep":"Send the order form","Description":null,
       "CampaignId":"701RO00000CmpgnYAB","Pricebook2Id":"01sRO00000PbookYAB",
       "HasOpportunityLineItem":true,"FiscalYear":2026,"FiscalQuarter":4,"Fiscal":"2026 4",
       "HasOpenActivity":true,"HasOverdueTask":false,"LastActivityDate":"2026-11-20",
       "TotalOpportunityQuantity":50,"IsPrivate":false,"ContactId":"003RO0000035WQgYAM",
       "CreatedDate":"2026-10-01T09:15:00.000+0000","SystemModstamp":"2026-11-20T16:02:11.000+0000",
       "OpportunityLineItems":{"totalSize":2,"done":true,"records":[
         {"attributes":{"type":"OpportunityLineItem","url":"/services/data/v66.0/sobjects/OpportunityLineItem/00kRO00000LnItmYAF"},
          "Id":"00kRO00000LnItmYAF","Quantity":40,"UnitPrice":1000.00,"TotalPrice":40000.00,
          "Product2":{"attributes":{"type":"Product2","url":"/services/data/v66.0/sobjects/Product2/01tRO00000Prod1YAB"},"Name":"Seat licence"}},
         {"attributes":{"type":"OpportunityLineItem","url":"/services/data/v66.0/sobjects/OpportunityLineItem/00kRO00000LnIt2YAF"},
          "Id":"00kRO00000LnIt2YAF","Quantity":10,"UnitPrice":1000.00,"TotalPrice":10000.00,"Product2":null}]},
       "OpportunityContactRoles":{"totalSize":1,"done":true,"records":[
         {"attributes":{"type":"OpportunityContactRole","url":"/services/data/v66.0/sobjects/OpportunityContactRole/00KRO00000CtRol2AF"},
          "Id":"00KRO00000CtRol2AF","Role":"Economic Buyer","IsPrimary":true,
          "Contact":{"attributes":{"type":"Contact","url":"/services/data/v66.0/sobjects/Contact/003RO0000035WQgYAM"},"Name":"Ada Ng"}}]},
       "Region__c":"EMEA","acme__Deal_Score__c":87.50,"Brand_New_Field_v70":{"nested":[1,2,3]}}
      """;

  @Nested
  class ReadingJson {
    @Test
    void readsStandardFieldsIntoTypedAccessors() {
      Opportunity deal = read(QUERIED_OPPORTUNITY, Opportunity.class);

      assertThat(deal.id()).contains(SalesforceId.of("006D000000CpOSyIAN"));
      assertThat(deal.name()).contains("Acme — 50 seats");
      assertThat(deal.stageName()).contains(Opportunity.Stage.NEGOTIATION_REVIEW);
      assertThat(deal.closeDate()).contains(LocalDate.of(2026, 12, 15));
      assertThat(deal.amount()).contains(new BigDecimal("50000.00"));
      assertThat(deal.probability()).contains(new BigDecimal("90"));
      assertThat(deal.expectedRevenue()).contains(new BigDecimal("45000.00"));
      assertThat(deal.isClosed()).contains(false);
      assertThat(deal.forecastCategory()).contains(Opportunity.ForecastCategory.FORECAST);
      assertThat(deal.forecastCategoryName()).contains(Opportunity.ForecastCategoryName.COMMIT);
      assertThat(deal.type()).contains(Opportunity.Type.NEW_CUSTOMER);
      assertThat(deal.description()).isEmpty();
      assertThat(deal.fiscalYear()).contains(2026);
      assertThat(deal.fiscalQuarter()).contains(4);
      assertThat(deal.fiscal()).contains("2026 4");
      assertThat(deal.lastActivityDate()).contains(LocalDate.of(2026, 11, 20));
      assertThat(deal.totalOpportunityQuantity()).contains(new BigDecimal("50"));
      assertThat(deal.contactId()).contains(SalesforceId.of("003RO0000035WQgYAM"));
      assertThat(deal.pricebook2Id()).contains(SalesforceId.of("01sRO00000PbookYAB"));
      assertThat(deal.systemModstamp()).contains(Instant.parse("2026-11-20T16:02:11Z"));
    }

    @Test
    void readsParentRelationshipsAsGenericRecordsWithTheSelectedFields() {
      Opportunity deal = read(QUERIED_OPPORTUNITY, Opportunity.class);

      SObject account = deal.account().orElseThrow();
      assertThat(account.sobjectType()).isEqualTo("Account");
      assertThat(account.get("Name", String.class)).contains("Acme");
      assertThat(account.get("Industry", String.class)).contains(Industry.TECHNOLOGY);
      assertThat(deal.owner().flatMap(o -> o.get("Alias", String.class))).contains("srep");
    }

    @Test
    void readsChildRelationshipsAsQueryResults() {
      Opportunity deal = read(QUERIED_OPPORTUNITY, Opportunity.class);

      QueryResult<OpportunityLineItem> lines = deal.opportunityLineItems().orElseThrow();
      assertThat(lines.totalSize()).isEqualTo(2);
      assertThat(lines.done()).isTrue();
      assertThat(lines.records())
          .extracting(l -> l.totalPrice().orElseThrow())
          .containsExactly(new BigDecimal("40000.00"), new BigDecimal("10000.00"));
      assertThat(lines.records().get(0).product2().flatMap(p -> p.get("Name", String.class)))
          .contains("Seat licence");
      assertThat(lines.records().get(1).product2()).isEmpty();

      OpportunityContactRole role =
          deal.opportunityContactRoles().orElseThrow().records().get(0);
      assertThat(role.role()).contains(OpportunityContactRole.Role.ECONOMIC_BUYER);
      assertThat(role.isPrimary()).contains(true);
      assertThat(role.contact().flatMap(c -> c.get("Name", String.class))).contains("Ada Ng");
    }

    @Test
    void readsJsonNullChildRelationshipsAndParentsAsEmpty() {
      Opportunity deal =
          read(
              """
              {"attributes":{"type":"Opportunity","url":"/services/data/v66.0/sobjects/Opportunity/006D000000CpOSyIAN"},
               "Id":"006D000000CpOSyIAN","Name":"Quiet deal","AccountId":null,"Account":null,
               "OpportunityLineItems":null,"OpportunityContactRoles":null}
              """,
              Opportunity.class);

      assertThat(deal.opportunityLineItems()).isEmpty();
      assertThat(deal.opportunityContactRoles()).isEmpty();
      assertThat(deal.account()).isEmpty();
      assertThat(deal.accountId()).isEmpty();
      assertThat(deal.otherFields()).isEmpty();
      assertThat(json(write(deal)).has("OpportunityLineItems")).isFalse();
    }

    @Test
    void readsAChildRelationshipThatContinuesOnAnotherPage() {
      Opportunity deal =
          read(
              """
              {"attributes":{"type":"Opportunity"},"Id":"006D000000CpOSyIAN",
               "OpportunityLineItems":{"totalSize":2400,"done":false,
                 "nextRecordsUrl":"/services/data/v66.0/query/01gRO0000016PIAYA2-2000",
                 "records":[{"attributes":{"type":"OpportunityLineItem"},"Id":"00kRO00000LnItmYAF"}]}}
              """,
              Opportunity.class);

      QueryResult<OpportunityLineItem> lines = deal.opportunityLineItems().orElseThrow();
      assertThat(lines.done()).isFalse();
      assertThat(lines.totalSize()).isEqualTo(2400);
      assertThat(lines.nextRecordsUrl())
          .contains("/services/data/v66.0/query/01gRO0000016PIAYA2-2000");
    }

    @Test
    void keepsCustomAndUnknownFieldsExactly() {
      Opportunity deal = read(QUERIED_OPPORTUNITY, Opportunity.class);

      assertThat(deal.customField("Region__c", String.class)).contains("EMEA");
      assertThat(deal.customField("acme__Deal_Score__c", BigDecimal.class))
          .contains(new BigDecimal("87.50"));
      assertThat(deal.otherField("Brand_New_Field_v70").map(JsonNode::toString))
          .contains("{\"nested\":[1,2,3]}");
      assertThat(deal.otherFields()).containsOnlyKeys(
          "Region__c", "acme__Deal_Score__c", "Brand_New_Field_v70");
    }

    @Test
    void roundTripsAQueryRowWithParentsChildrenAndCustomFields() {
      assertRoundTrip(
          """
          {"attributes":{"type":"Opportunity","url":"/services/data/v66.0/sobjects/Opportunity/006D000000CpOSyIAN"},
           "Id":"006D000000CpOSyIAN","Name":"Acme — 50 seats",
           "Account":{"attributes":{"type":"Account","url":"/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ"},"Name":"Acme","Rating":null},
           "StageName":"Closed Won","CloseDate":"2026-12-15","Amount":50000.00,"Probability":100,
           "ExpectedRevenue":50000.00,"IsClosed":true,"IsWon":true,"ForecastCategory":"Closed",
           "ForecastCategoryName":"Closed","TotalOpportunityQuantity":50.5,
           "CreatedDate":"2026-10-01T09:15:00.000+0000",
           "OpportunityLineItems":{"totalSize":1,"done":true,"records":[
             {"attributes":{"type":"OpportunityLineItem","url":"/services/data/v66.0/sobjects/OpportunityLineItem/00kRO00000LnItmYAF"},
              "Id":"00kRO00000LnItmYAF","Quantity":50.5,"UnitPrice":990.10,"TotalPrice":50000.05,
              "Product2":{"attributes":{"type":"Product2","url":"/services/data/v66.0/sobjects/Product2/01tRO00000Prod1YAB"},"Name":"Seat licence"},
              "Seats_Tier__c":"Gold"}]},
           "OpportunityContactRoles":{"totalSize":1,"done":true,"records":[
             {"attributes":{"type":"OpportunityContactRole","url":"/services/data/v66.0/sobjects/OpportunityContactRole/00KRO00000CtRol2AF"},
              "Id":"00KRO00000CtRol2AF","ContactId":"003RO0000035WQgYAM","Role":"Decision Maker","IsPrimary":false}]},
           "Region__c":"EMEA","acme__Big__c":12345678901234567.89}
          """,
          Opportunity.class);
    }

    @Test
    void refusesMoneyThatOverflowsNamingTheFieldAndValue() {
      assertThatThrownBy(() -> read("{\"Amount\":1e17}", Opportunity.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Opportunity.Amount = 100000000000000000");
      assertThatThrownBy(() -> read("{\"ExpectedRevenue\":-1e20}", Opportunity.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Opportunity.ExpectedRevenue = -100000000000000000000");
    }

    @Test
    void refusesAProbabilityOutsideZeroToHundred() {
      assertThatThrownBy(() -> read("{\"Probability\":150}", Opportunity.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Opportunity.Probability = 150");
    }

    @Test
    void toStringNamesFieldsButNeverValues() {
      Opportunity deal = read(QUERIED_OPPORTUNITY, Opportunity.class);

      assertThat(deal.toString())
          .startsWith("Opportunity{006D000000CpOSyIAN, fields=[")
          .contains("Name", "Amount", "Region__c", "OpportunityLineItems")
          .doesNotContain("Acme", "50000", "EMEA", "Seat licence");
    }
  }

  @Nested
  class Creating {
    @Test
    void sendsOnlyTheFieldsThatWereSetIncludingTheCreateOnlyContact() {
      Opportunity deal =
          Opportunity.builder()
              .name("Acme — 50 seats")
              .accountId(SalesforceId.of("001D000000IqhSL"))
              .stageName(Opportunity.Stage.PROSPECTING)
              .closeDate(LocalDate.of(2026, 12, 31))
              .amount(new BigDecimal("50000.00"))
              .probability(new BigDecimal("10"))
              .contactId(SalesforceId.of("003RO0000035WQgYAM"))
              .customField("Region__c", "EMEA")
              .build();

      assertThat(write(deal.toCreateFields()))
          .isEqualTo(
              "{\"Name\":\"Acme — 50 seats\",\"AccountId\":\"001D000000IqhSLIAZ\","
                  + "\"StageName\":\"Prospecting\",\"CloseDate\":\"2026-12-31\","
                  + "\"Amount\":50000.00,\"Probability\":10,"
                  + "\"ContactId\":\"003RO0000035WQgYAM\",\"Region__c\":\"EMEA\"}");
    }

    @Test
    void refusesEachDerivedFieldInACreateNamingIt() {
      Opportunity base =
          Opportunity.builder()
              .name("Acme")
              .stageName(Opportunity.Stage.CLOSED_WON)
              .closeDate(LocalDate.of(2026, 12, 31))
              .build();
      Map<String, Opportunity> withDerived =
          Map.of(
              "ExpectedRevenue", base.toBuilder().expectedRevenue(BigDecimal.TEN).build(),
              "IsClosed", base.toBuilder().isClosed(true).build(),
              "IsWon", base.toBuilder().isWon(true).build(),
              "FiscalYear", base.toBuilder().fiscalYear(2026).build(),
              "FiscalQuarter", base.toBuilder().fiscalQuarter(4).build(),
              "Fiscal", base.toBuilder().fiscal("2026 4").build(),
              "HasOpportunityLineItem", base.toBuilder().hasOpportunityLineItem(true).build(),
              "HasOpenActivity", base.toBuilder().hasOpenActivity(true).build(),
              "HasOverdueTask", base.toBuilder().hasOverdueTask(false).build(),
              "LastActivityDate",
                  base.toBuilder().lastActivityDate(LocalDate.of(2026, 11, 1)).build());

      withDerived.forEach(
          (field, deal) ->
              assertThatThrownBy(deal::toCreateFields)
                  .as(field)
                  .isInstanceOf(InvalidArgumentException.class)
                  .hasMessageContaining("Opportunity." + field + " is read-only")
                  .extracting(e -> ((InvalidArgumentException) e).argument())
                  .isEqualTo("Opportunity." + field));
      assertThat(base.toCreateFields()).containsOnlyKeys("Name", "StageName", "CloseDate");
    }

    @Test
    void refusesParentRecordsAndChildRowsInACreate() {
      Opportunity read = read(QUERIED_OPPORTUNITY, Opportunity.class);
      Opportunity withAccount =
          Opportunity.builder().name("Acme").account(read.account().orElseThrow()).build();
      Opportunity withLines =
          Opportunity.builder()
              .name("Acme")
              .opportunityLineItems(read.opportunityLineItems().orElseThrow())
              .build();

      assertThatThrownBy(withAccount::toCreateFields)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Opportunity.Account is a related record");
      assertThatThrownBy(withLines::toCreateFields)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Opportunity.OpportunityLineItems is a child relationship");
    }

    @Test
    void refusesOverflowingMoneyAndABadProbabilityWhenBuilt() {
      assertThatThrownBy(
              () -> Opportunity.builder().amount(new BigDecimal("12345678901234567.00")).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Opportunity.Amount = 12345678901234567.00")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("Opportunity.Amount");
      assertThatThrownBy(() -> Opportunity.builder().probability(new BigDecimal("-0.5")).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Opportunity.Probability = -0.5")
          .hasMessageContaining("between 0 and 100");
    }

    @Test
    void acceptsTheBoundsOfAProbability() {
      assertThat(Opportunity.builder().probability(BigDecimal.ZERO).build().probability())
          .contains(BigDecimal.ZERO);
      assertThat(Opportunity.builder().probability(new BigDecimal("100.0")).build().probability())
          .contains(new BigDecimal("100.0"));
    }
  }

  @Nested
  class Patching {
    @Test
    void setsTheForecastCategoryNameButRefusesTheReadOnlyForecastCategory() {
      OpportunityPatch patch =
          OpportunityPatch.builder()
              .forecastCategoryName(Opportunity.ForecastCategoryName.BEST_CASE)
              .build();

      assertThat(write(patch)).isEqualTo("{\"ForecastCategoryName\":\"Best Case\"}");
      assertThatThrownBy(() -> OpportunityPatch.builder().set("ForecastCategory", "BestCase"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Opportunity.ForecastCategory is read-only");
    }

    @Test
    void distinguishesSetClearedAndUnsetFields() {
      OpportunityPatch patch =
          OpportunityPatch.builder()
              .stageName(Opportunity.Stage.NEGOTIATION_REVIEW)
              .amount(new BigDecimal("62500.00"))
              .probability(new BigDecimal("85"))
              .closeDate(LocalDate.of(2027, 1, 15))
              .clear("NextStep")
              .set("Region__c", "EMEA")
              .build();

      assertThat(write(patch))
          .isEqualTo(
              "{\"StageName\":\"Negotiation/Review\",\"Amount\":62500.00,\"Probability\":85,"
                  + "\"CloseDate\":\"2027-01-15\",\"NextStep\":null,\"Region__c\":\"EMEA\"}");
      assertThat(patch.clearedFields()).containsExactly("NextStep");
      assertThat(patch.sobjectType()).isEqualTo("Opportunity");
    }

    @Test
    void anEmptyPatchSendsAnEmptyObject() {
      assertThat(write(OpportunityPatch.builder().build())).isEqualTo("{}");
    }

    @Test
    void refusesDerivedFieldsNamingThem() {
      for (String field : List.of("IsClosed", "IsWon", "ExpectedRevenue", "FiscalYear")) {
        assertThatThrownBy(() -> OpportunityPatch.builder().set(field, true))
            .as(field)
            .isInstanceOf(InvalidArgumentException.class)
            .hasMessageContaining("Opportunity." + field + " is read-only");
      }
    }

    @Test
    void refusesTheCreateOnlyPrimaryContact() {
      assertThatThrownBy(
              () -> OpportunityPatch.builder().set("ContactId", SalesforceId.of("003RO0000035WQg")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Opportunity.ContactId can be set only when the record is created")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("Opportunity.ContactId");
      assertThatThrownBy(() -> OpportunityPatch.builder().clear("contactid"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Opportunity.contactid can be set only");
    }

    @Test
    void refusesMoneyThatOverflowsNamingTheFieldAndValue() {
      assertThatThrownBy(() -> OpportunityPatch.builder().amount(new BigDecimal("1e17")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Opportunity.Amount = 100000000000000000");
    }

    @Test
    void refusesAProbabilityOutsideZeroToHundred() {
      assertThatThrownBy(() -> OpportunityPatch.builder().probability(new BigDecimal("100.01")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Opportunity.Probability = 100.01");
    }
  }

  @Nested
  class StandardValues {
    @Test
    void forecastCategoryApiValuesPairWithTheirLabels() {
      List<String> apiValues =
          List.of(
              Opportunity.ForecastCategory.OMITTED,
              Opportunity.ForecastCategory.PIPELINE,
              Opportunity.ForecastCategory.BEST_CASE,
              Opportunity.ForecastCategory.MOST_LIKELY,
              Opportunity.ForecastCategory.FORECAST,
              Opportunity.ForecastCategory.CLOSED);
      List<String> labels =
          List.of(
              Opportunity.ForecastCategoryName.OMITTED,
              Opportunity.ForecastCategoryName.PIPELINE,
              Opportunity.ForecastCategoryName.BEST_CASE,
              Opportunity.ForecastCategoryName.MOST_LIKELY,
              Opportunity.ForecastCategoryName.COMMIT,
              Opportunity.ForecastCategoryName.CLOSED);

      assertThat(apiValues)
          .containsExactly("Omitted", "Pipeline", "BestCase", "MostLikely", "Forecast", "Closed");
      assertThat(labels)
          .containsExactly("Omitted", "Pipeline", "Best Case", "Most Likely", "Commit", "Closed");
    }

    @Test
    void defaultStagesAreSpelledAsInANewOrg() {
      assertThat(
              List.of(
                  Opportunity.Stage.PROSPECTING,
                  Opportunity.Stage.QUALIFICATION,
                  Opportunity.Stage.NEEDS_ANALYSIS,
                  Opportunity.Stage.VALUE_PROPOSITION,
                  Opportunity.Stage.ID_DECISION_MAKERS,
                  Opportunity.Stage.PERCEPTION_ANALYSIS,
                  Opportunity.Stage.PROPOSAL_PRICE_QUOTE,
                  Opportunity.Stage.NEGOTIATION_REVIEW,
                  Opportunity.Stage.CLOSED_WON,
                  Opportunity.Stage.CLOSED_LOST))
          .containsExactly(
              "Prospecting",
              "Qualification",
              "Needs Analysis",
              "Value Proposition",
              "Id. Decision Makers",
              "Perception Analysis",
              "Proposal/Price Quote",
              "Negotiation/Review",
              "Closed Won",
              "Closed Lost");
    }
  }
}
