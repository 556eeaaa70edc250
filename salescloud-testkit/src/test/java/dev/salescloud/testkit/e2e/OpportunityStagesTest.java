package dev.salescloud.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.model.sales.OpportunityPatch;
import dev.salescloud.model.sales.OpportunityStage;
import dev.salescloud.testkit.FakeSalesCloud;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OpportunityStagesTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final SalesCloudClient client = org.client();
  private final SalesforceId deal = client.opportunities().create(Opportunity.builder()
      .name("Acme - 50 seats").stageName(Opportunity.Stage.PROSPECTING)
      .closeDate(LocalDate.of(2030, 3, 31)).amount(new BigDecimal("50000")).build());

  private Opportunity read() {
    return client.opportunities().get(deal, "StageName", "Probability", "ForecastCategoryName",
        "IsClosed", "IsWon", "ExpectedRevenue");
  }

  @Nested
  class ChangingStage {
    @Test
    void takesTheStagesDefaultProbabilityAndForecastCategory() {
      OpportunityStage applied = client.opportunities().changeStage(deal, "negotiation/review");

      assertThat(applied.apiName()).contains("Negotiation/Review");
      Opportunity now = read();
      assertThat(now.stageName()).contains("Negotiation/Review");
      assertThat(now.probability()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("90"));
      assertThat(now.forecastCategoryName()).contains("Pipeline");
      assertThat(now.expectedRevenue()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("45000"));
    }

    @Test
    void keepsAProbabilityAndCategoryThePatchSets() {
      client.opportunities().changeStage(deal, OpportunityPatch.builder()
          .stageName("Proposal/Price Quote").probability(new BigDecimal("65"))
          .forecastCategoryName("Commit").build());

      Opportunity now = read();
      assertThat(now.probability()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("65"));
      assertThat(now.forecastCategoryName()).contains("Commit");
    }

    @Test
    void toAClosedStageClosesAndWinsTheDeal() {
      client.opportunities().changeStage(deal, Opportunity.Stage.CLOSED_WON);

      Opportunity now = read();
      assertThat(now.isClosed()).contains(true);
      assertThat(now.isWon()).contains(true);
      assertThat(now.forecastCategoryName()).contains("Closed");
      assertThat(now.probability()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("100"));
    }

    @Test
    void readsTheStagesOnceForTheWholeClient() {
      client.opportunities().changeStage(deal, "Value Proposition");
      int before = org.apiCallsToday();

      client.opportunities().changeStage(deal, "Id. Decision Makers");

      assertThat(org.apiCallsToday() - before).isEqualTo(1);
    }

    @Test
    void isRefusedBySalesforceWhenAValidationRuleLocksTheStage() {
      org.schema().addValidationRule("Opportunity", "LockStage",
          (before, after) -> before.isPresent()
              && !before.get().path("StageName").equals(after.path("StageName")),
          "Stage changes only in the UI", "StageName");

      assertThatThrownBy(() -> client.opportunities().changeStage(deal, "Closed Won"))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errors()).singleElement().satisfies(error -> {
              assertThat(error.errorCode()).contains("FIELD_CUSTOM_VALIDATION_EXCEPTION");
              assertThat(error.message()).isEqualTo("Stage changes only in the UI");
              assertThat(error.fields()).containsExactly("StageName");
            });
          });
      assertThat(read().stageName()).contains("Prospecting");
    }
  }

  @Nested
  class RefusedBeforeSending {
    @Test
    void anUnknownStageWithTheListOfValidOnes() {
      client.opportunities().stages().all();
      int before = org.apiCallsToday();

      assertThatThrownBy(() -> client.opportunities().changeStage(deal, "Signed"))
          .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
            assertThat(e.argument()).isEqualTo("stageName");
            assertThat(e.getMessage())
                .contains("no opportunity stage 'Signed'")
                .contains("Prospecting, Qualification, Needs Analysis")
                .contains("Closed Won, Closed Lost");
          });
      assertThat(org.apiCallsToday()).isEqualTo(before);
      assertThat(read().stageName()).contains("Prospecting");
    }

    @Test
    void anInactiveStage() {
      org.store().seed("OpportunityStage", JSON.objectNode().put("ApiName", "Legacy")
          .put("IsActive", false).put("DefaultProbability", 30));

      assertThatThrownBy(() -> client.opportunities().changeStage(deal, "Legacy"))
          .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
            assertThat(e.argument()).isEqualTo("stageName");
            assertThat(e.getMessage()).contains("'Legacy' is inactive").doesNotContain("Legacy,");
          });
    }

    @Test
    void aPatchWithoutStage() {
      assertThatThrownBy(() -> client.opportunities().changeStage(deal,
          OpportunityPatch.builder().amount(BigDecimal.TEN).build()))
          .isInstanceOfSatisfying(InvalidArgumentException.class,
              e -> assertThat(e.argument()).isEqualTo("patch"));
    }
  }

  @Nested
  class StagesOfTheOrg {
    @Test
    void areSalesforcesDefaultsInPicklistOrder() {
      assertThat(client.opportunities().stages().activeNames()).containsExactly(
          "Prospecting", "Qualification", "Needs Analysis", "Value Proposition",
          "Id. Decision Makers", "Perception Analysis", "Proposal/Price Quote",
          "Negotiation/Review", "Closed Won", "Closed Lost");
      assertThat(client.opportunities().stages().find("Closed Lost")).hasValueSatisfying(s -> {
        assertThat(s.isClosed()).contains(true);
        assertThat(s.isWon()).contains(false);
        assertThat(s.forecastCategory()).contains("Omitted");
      });
    }

    @Test
    void includeAStageATestDefinesOnceRefreshed() {
      client.opportunities().stages().all();
      org.store().seed("OpportunityStage", JSON.objectNode().put("ApiName", "Discovery")
          .put("DefaultProbability", 15).put("ForecastCategoryName", "Best Case"));

      assertThat(client.opportunities().stages().find("Discovery")).isEmpty();
      client.opportunities().stages().refresh();
      OpportunityStage discovery = client.opportunities().changeStage(deal, "Discovery");

      assertThat(discovery.sortOrder()).contains(11);
      assertThat(discovery.forecastCategory()).contains("BestCase");
      Opportunity now = read();
      assertThat(now.probability()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("15"));
      assertThat(now.forecastCategoryName()).contains("Best Case");
    }

    @Test
    void driveAPlainUpdateInTheFakeOrgToo() {
      org.store().seed("OpportunityStage", JSON.objectNode().put("ApiName", "Verbal Yes")
          .put("DefaultProbability", 95).put("ForecastCategoryName", "Commit"));

      client.opportunities().update(deal, OpportunityPatch.builder().stageName("Verbal Yes").build());

      Opportunity now = read();
      assertThat(now.probability()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("95"));
      assertThat(now.forecastCategoryName()).contains("Commit");
      assertThat(client.opportunities().describe().picklistValues("StageName"))
          .extracting(v -> v.value()).contains("Verbal Yes");
    }
  }
}
