package dev.salescloud.model.sales;

import static dev.salescloud.model.JsonAssertions.MAPPER;
import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.query.QueryResult;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OpportunityStageTest {
  /** {@code SELECT ... FROM OpportunityStage ORDER BY SortOrder}, three of a new org's stages. */
  static final String STAGES_QUERY =
      """
      {"totalSize":3,"done":true,"records":[
        {"attributes":{"type":"OpportunityStage","url":"/services/data/v66.0/sobjects/OpportunityStage/01JRO00000Stag12AB"},
         "Id":"01JRO00000Stag12AB","ApiName":"Prospecting","MasterLabel":"Prospecting","IsActive":true,
         "SortOrder":1,"IsClosed":false,"IsWon":false,"DefaultProbability":10,
         "ForecastCategory":"Pipeline","ForecastCategoryName":"Pipeline","Description":null},
        {"attributes":{"type":"OpportunityStage","url":"/services/data/v66.0/sobjects/OpportunityStage/01JRO00000Stag22AB"},
         "Id":"01JRO00000Stag22AB","ApiName":"Closed Won","MasterLabel":"Closed Won","IsActive":true,
         "SortOrder":9,"IsClosed":true,"IsWon":true,"DefaultProbability":100,
         "ForecastCategory":"Closed","ForecastCategoryName":"Closed","Description":null},
        {"attributes":{"type":"OpportunityStage","url":"/services/data/v66.0/sobjects/OpportunityStage/01JRO00000Stag32AB"},
         "Id":"01JRO00000Stag32AB","ApiName":"Closed Lost","MasterLabel":"Closed Lost","IsActive":true,
         "SortOrder":10,"IsClosed":true,"IsWon":false,"DefaultProbability":0,
         "ForecastCategory":"Omitted","ForecastCategoryName":"Omitted","Description":null,
         "SomeFutureFlag":true}]}
      """;

  static QueryResult<OpportunityStage> stages() {
    try {
      return MAPPER.readValue(STAGES_QUERY, new TypeReference<QueryResult<OpportunityStage>>() {});
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class ReadingJson {
    @Test
    void readsAQueryOfStagesWithWhatEachImplies() {
      List<OpportunityStage> stages = stages().records();

      assertThat(stages)
          .extracting(s -> s.apiName().orElseThrow())
          .containsExactly(
              Opportunity.Stage.PROSPECTING,
              Opportunity.Stage.CLOSED_WON,
              Opportunity.Stage.CLOSED_LOST);
      OpportunityStage won = stages.get(1);
      assertThat(won.isClosed()).contains(true);
      assertThat(won.isWon()).contains(true);
      assertThat(won.defaultProbability()).contains(new BigDecimal("100"));
      assertThat(won.forecastCategory()).contains(Opportunity.ForecastCategory.CLOSED);
      assertThat(won.sortOrder()).contains(9);
      assertThat(won.description()).isEmpty();
      assertThat(stages.get(2).forecastCategoryName())
          .contains(Opportunity.ForecastCategoryName.OMITTED);
    }

    @Test
    void keepsFieldsOfNewerApiVersions() {
      OpportunityStage lost = stages().records().get(2);

      assertThat(lost.otherField("SomeFutureFlag")).map(n -> n.asBoolean()).contains(true);
    }

    @Test
    void roundTripsAStage() {
      assertRoundTrip(
          """
          {"attributes":{"type":"OpportunityStage","url":"/services/data/v66.0/sobjects/OpportunityStage/01JRO00000Stag12AB"},
           "Id":"01JRO00000Stag12AB","ApiName":"Value Proposition","MasterLabel":"Value Proposition",
           "IsActive":true,"SortOrder":4,"IsClosed":false,"IsWon":false,"DefaultProbability":50,
           "ForecastCategory":"Pipeline","ForecastCategoryName":"Pipeline","Description":"Show the value"}
          """,
          OpportunityStage.class);
    }

    @Test
    void refusesADefaultProbabilityOutsideZeroToHundred() {
      assertThatThrownBy(() -> read("{\"DefaultProbability\":101}", OpportunityStage.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("OpportunityStage.DefaultProbability = 101");
    }
  }

  @Test
  void cannotBeCreatedAsEveryFieldIsReadOnly() {
    OpportunityStage stage =
        OpportunityStage.builder().apiName("Discovery").masterLabel("Discovery").build();

    assertThatThrownBy(stage::toCreateFields)
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("OpportunityStage.ApiName is read-only");
  }
}
