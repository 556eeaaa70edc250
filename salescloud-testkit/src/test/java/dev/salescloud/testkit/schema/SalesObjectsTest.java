package dev.salescloud.testkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.testkit.FakeSalesCloud;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SalesObjectsTest {
  private final FakeSalesCloud org =
      FakeSalesCloud.builder().fixedAt(Instant.parse("2025-02-10T12:00:00Z")).build();
  private final SalesCloudClient client = org.client();

  private List<SObject> query(String soql) {
    return client.query(soql, SObject.class).toList();
  }

  private static String text(SObject row, String field) {
    return row.get(field).orElseThrow().asText();
  }

  private SalesforceId opportunity() {
    return client.opportunities().create(Opportunity.builder().name("Deal")
        .stageName("Prospecting").closeDate(LocalDate.of(2025, 3, 1)).build());
  }

  @Nested
  class LeadStatuses {
    @Test
    void holdTheDefaultStatusesTheLeadStatusPicklistAgreesWith() {
      List<SObject> rows =
          query("SELECT Id, MasterLabel, ApiName, SortOrder, IsDefault, IsConverted FROM LeadStatus"
              + " ORDER BY SortOrder");

      assertThat(rows).extracting(r -> text(r, "ApiName"))
          .containsExactlyElementsOf(
              org.schema().object("Lead").orElseThrow().field("Status").orElseThrow()
                  .picklistValues().stream().map(v -> v.value()).collect(Collectors.toList()));
      assertThat(rows).extracting(r -> text(r, "MasterLabel"), r -> r.get("IsDefault").orElseThrow().asBoolean(),
              r -> r.get("IsConverted").orElseThrow().asBoolean())
          .containsExactly(
              tuple("Open - Not Contacted", true, false),
              tuple("Working - Contacted", false, false),
              tuple("Closed - Converted", false, true),
              tuple("Closed - Not Converted", false, false));
      assertThat(rows.get(0).id().orElseThrow().keyPrefix()).isEqualTo("01J");
      String defaultStatus = text(query("SELECT ApiName FROM LeadStatus WHERE IsDefault = true").get(0), "ApiName");
      SalesforceId lead = client.leads().create(Lead.builder().lastName("Ng").company("A").build());
      assertThat(client.leads().get(lead).status()).contains(defaultStatus);
    }
  }

  @Nested
  class OpportunityStages {
    @Test
    void holdTheDefaultStagesWithTheirProbabilitiesAndCategories() {
      List<SObject> rows = query("SELECT ApiName, DefaultProbability, ForecastCategory,"
          + " ForecastCategoryName, IsClosed, IsWon, IsActive FROM OpportunityStage ORDER BY SortOrder");

      assertThat(rows).hasSize(10);
      assertThat(rows.get(0)).satisfies(r -> {
        assertThat(text(r, "ApiName")).isEqualTo("Prospecting");
        assertThat(r.get("DefaultProbability").orElseThrow().intValue()).isEqualTo(10);
        assertThat(text(r, "ForecastCategory")).isEqualTo("Pipeline");
        assertThat(r.get("IsActive").orElseThrow().asBoolean()).isTrue();
      });
      assertThat(rows.get(8)).satisfies(r -> {
        assertThat(text(r, "ApiName")).isEqualTo("Closed Won");
        assertThat(r.get("IsWon").orElseThrow().asBoolean()).isTrue();
        assertThat(text(r, "ForecastCategoryName")).isEqualTo("Closed");
      });
    }

    @Test
    void areFoundByIdThoughTheyShareTheirPrefixWithLeadStatuses() {
      SalesforceId stage = query("SELECT Id FROM OpportunityStage LIMIT 1").get(0).id().orElseThrow();

      List<SObject> rows = query("SELECT ApiName FROM OpportunityStage WHERE Id = '" + stage.value() + "'");

      assertThat(rows).extracting(r -> text(r, "ApiName")).containsExactly("Prospecting");
      assertThat(org.store().row(stage)).isPresent();
    }
  }

  @Nested
  class ReadOnlyObjects {
    @Test
    void refuseCreatesUpdatesAndDeletesThroughTheApi() {
      RawApi api = new RawApi(org);
      String stage = query("SELECT Id FROM OpportunityStage LIMIT 1").get(0).id().orElseThrow().value();

      HttpResponse created = api.send("POST", "sobjects/OpportunityStage", "{\"MasterLabel\":\"X\"}");
      HttpResponse updated = api.send("PATCH", "sobjects/OpportunityStage/" + stage, "{\"MasterLabel\":\"X\"}");
      HttpResponse deleted = api.send("DELETE", "sobjects/OpportunityStage/" + stage, null);

      assertThat(created.status()).isEqualTo(400);
      JsonNode error = RawApi.json(created).get(0);
      assertThat(error.get("errorCode").asText()).isEqualTo("INVALID_TYPE_FOR_OPERATION");
      assertThat(error.get("message").asText()).isEqualTo("entity type cannot be inserted: OpportunityStage");
      assertThat(RawApi.json(updated).get(0).get("message").asText())
          .isEqualTo("entity type cannot be updated: OpportunityStage");
      assertThat(RawApi.json(deleted).get(0).get("message").asText())
          .isEqualTo("entity type cannot be deleted: OpportunityStage");
      assertThat(org.store().count("OpportunityStage")).isEqualTo(10);
    }

    @Test
    void takeRecordsSeededByTests() {
      org.store().seed("Report", RawApi.JSON.createObjectNode().put("Name", "Pipeline")
          .put("DeveloperName", "Pipeline_Report").put("Format", "SUMMARY")
          .put("FolderName", "Sales").put("LastRunDate", "2025-02-01T10:00:00.000+0000"));

      SObject report = query("SELECT Id, Name, DeveloperName, Format, FolderName, LastRunDate FROM Report").get(0);

      assertThat(report.id().orElseThrow().keyPrefix()).isEqualTo("00O");
      assertThat(text(report, "DeveloperName")).isEqualTo("Pipeline_Report");
      assertThat(text(report, "LastRunDate")).isEqualTo("2025-02-01T10:00:00.000+0000");
    }
  }

  @Nested
  class Periods {
    private List<org.assertj.core.groups.Tuple> current(SalesCloudClient c) {
      return c.query("SELECT Type, StartDate, EndDate, Number FROM Period"
              + " WHERE StartDate <= TODAY AND EndDate >= TODAY", SObject.class).stream()
          .map(r -> tuple(text(r, "Type"), text(r, "StartDate"), text(r, "EndDate"),
              r.get("Number").orElseThrow().intValue()))
          .collect(Collectors.toList());
    }

    @Test
    void coverTheCalendarYearsAroundTheClockByDefault() {
      assertThat(current(client)).containsExactlyInAnyOrder(
          tuple("Year", "2025-01-01", "2025-12-31", 2025),
          tuple("Quarter", "2025-01-01", "2025-03-31", 1),
          tuple("Month", "2025-02-01", "2025-02-28", 2));
      assertThat(query("SELECT Id FROM Period WHERE Type = 'Year'")).hasSize(11);
    }

    @Test
    void followTheFiscalYearNamedByItsEndingMonth() {
      FakeSalesCloud april = FakeSalesCloud.builder().fixedAt(Instant.parse("2025-02-10T12:00:00Z"))
          .fiscalYearStartMonth(Month.APRIL).build();

      assertThat(current(april.client())).containsExactlyInAnyOrder(
          tuple("Year", "2024-04-01", "2025-03-31", 2025),
          tuple("Quarter", "2025-01-01", "2025-03-31", 4),
          tuple("Month", "2025-02-01", "2025-02-28", 11));
    }
  }

  @Nested
  class FiscalDateLiterals {
    @Test
    void followTheFiscalYearStartMonth() {
      FakeSalesCloud april = FakeSalesCloud.builder().fixedAt(Instant.parse("2025-02-10T12:00:00Z"))
          .fiscalYearStartMonth(Month.APRIL).build();
      SalesCloudClient c = april.client();
      for (String close : List.of("2024-03-31", "2024-04-01", "2025-01-01", "2025-03-31", "2025-04-01")) {
        c.opportunities().create(Opportunity.builder().name(close).stageName("Prospecting")
            .closeDate(LocalDate.parse(close)).build());
      }

      assertThat(names(c, "THIS_FISCAL_YEAR")).containsExactly("2024-04-01", "2025-01-01", "2025-03-31");
      assertThat(names(c, "THIS_FISCAL_QUARTER")).containsExactly("2025-01-01", "2025-03-31");
      assertThat(names(c, "NEXT_FISCAL_QUARTER")).containsExactly("2025-04-01");
      assertThat(names(c, "LAST_FISCAL_YEAR")).containsExactly("2024-03-31");
      assertThat(names(c, "LAST_N_FISCAL_QUARTERS:4")).containsExactly("2024-03-31", "2024-04-01");
      assertThat(names(c, "THIS_YEAR")).containsExactly("2025-01-01", "2025-03-31", "2025-04-01");
    }

    private List<String> names(SalesCloudClient c, String literal) {
      return c.query("SELECT Name FROM Opportunity WHERE CloseDate = " + literal + " ORDER BY Name",
              SObject.class).stream().map(r -> text(r, "Name")).collect(Collectors.toList());
    }
  }

  @Nested
  class LineItems {
    @Test
    void computeTheTotalFromUnitPriceQuantityAndDiscount() {
      SalesforceId opp = opportunity();

      SalesforceId item = client.sobjects("OpportunityLineItem").create(SObject.builder("OpportunityLineItem")
          .put("OpportunityId", opp.value()).put("Quantity", 3).put("UnitPrice", 100)
          .put("Discount", 10).build());

      SObject row = client.sobjects("OpportunityLineItem").get(item);
      assertThat(row.get("TotalPrice").orElseThrow().decimalValue()).isEqualByComparingTo("270");
      assertThat(row.get("Subtotal").orElseThrow().decimalValue()).isEqualByComparingTo("300");
    }

    @Test
    void computeTheUnitPriceFromTheTotal() {
      SalesforceId item = client.sobjects("OpportunityLineItem").create(SObject.builder("OpportunityLineItem")
          .put("OpportunityId", opportunity().value()).put("Quantity", 4).put("TotalPrice", 100).build());

      assertThat(client.sobjects("OpportunityLineItem").get(item).get("UnitPrice").orElseThrow().decimalValue())
          .isEqualByComparingTo("25");
    }

    @Test
    void refuseBothPricesAndNeedOpportunityAndQuantity() {
      SalesforceId opp = opportunity();

      assertThatThrownBy(() -> client.sobjects("OpportunityLineItem").create(SObject.builder("OpportunityLineItem")
              .put("OpportunityId", opp.value()).put("Quantity", 1).put("UnitPrice", 1).put("TotalPrice", 1).build()))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.errors().get(0).errorCode()).contains("FIELD_INTEGRITY_EXCEPTION"));
      assertThatThrownBy(() -> client.sobjects("OpportunityLineItem").create(SObject.builder("OpportunityLineItem")
              .put("UnitPrice", 1).build()))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.errors().get(0).fields()).containsExactly("OpportunityId", "Quantity"));
    }
  }

  @Nested
  class ChildSubqueries {
    @Test
    void readLineItemsAndContactRolesOfOpportunities() {
      SalesforceId opp = opportunity();
      SalesforceId contact = client.contacts().create(Contact.builder().lastName("Ng").build());
      client.sobjects("OpportunityLineItem").create(SObject.builder("OpportunityLineItem")
          .put("OpportunityId", opp.value()).put("Quantity", 2).put("UnitPrice", 5).build());
      client.sobjects("OpportunityContactRole").create(SObject.builder("OpportunityContactRole")
          .put("OpportunityId", opp.value()).put("ContactId", contact.value()).build());

      SObject row = query("SELECT Id, (SELECT TotalPrice FROM OpportunityLineItems),"
          + " (SELECT ContactId FROM OpportunityContactRoles) FROM Opportunity").get(0);

      assertThat(row.get("OpportunityLineItems").orElseThrow().get("records").get(0)
              .get("TotalPrice").decimalValue())
          .isEqualByComparingTo("10");
      assertThat(row.get("OpportunityContactRoles").orElseThrow().get("totalSize").asInt()).isEqualTo(1);
    }
  }

  @Nested
  class ContactRoles {
    @Test
    void linkContactsToOpportunitiesWithARole() {
      SalesforceId contact = client.contacts().create(Contact.builder().lastName("Ng").build());

      SalesforceId role = client.sobjects("OpportunityContactRole").create(SObject.builder("OpportunityContactRole")
          .put("OpportunityId", opportunity().value()).put("ContactId", contact.value())
          .put("Role", "Decision Maker").build());

      SObject row = client.sobjects("OpportunityContactRole").get(role);
      assertThat(text(row, "Role")).isEqualTo("Decision Maker");
      assertThat(row.get("IsPrimary").orElseThrow().asBoolean()).isFalse();
      assertThat(role.keyPrefix()).isEqualTo("00K");
    }
  }
}
