package dev.salescloud.model.forecast;

import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.json.SalesCloudJackson;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ForecastTotalsTest {
  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  static final ForecastTotals TEAM =
      ForecastTotals.builder()
          .closed(d("50000")).closedCount(1)
          .commit(d("30000")).commitCount(2)
          .mostLikely(d("5000")).mostLikelyCount(1)
          .bestCase(d("15000")).bestCaseCount(1)
          .pipeline(d("100000")).pipelineCount(4)
          .omitted(d("9000")).omittedCount(1)
          .weightedPipeline(d("37000"))
          .quota(d("120000"))
          .build();

  @Nested
  class Arithmetic {
    @Test
    void derivesTheCumulativeFiguresFromTheCategories() {
      assertThat(TEAM.commitForecast()).isEqualByComparingTo("80000");
      assertThat(TEAM.mostLikelyForecast()).isEqualByComparingTo("85000");
      assertThat(TEAM.bestCaseForecast()).isEqualByComparingTo("100000");
      assertThat(TEAM.openPipeline()).isEqualByComparingTo("150000");
      assertThat(TEAM.openCount()).isEqualTo(8);
      assertThat(TEAM.opportunityCount()).isEqualTo(9);
    }

    @Test
    void comparesClosedAndCommitWithTheQuota() {
      // 50,000 / 120,000 = 0.41666.. -> 0.4167; 120,000 - 80,000 = 40,000.
      assertThat(TEAM.attainment()).contains(d("0.4167"));
      assertThat(TEAM.gap()).contains(d("40000"));
      ForecastTotals over = TEAM.withQuota(d("75000"));
      assertThat(over.attainment()).contains(d("0.6667"));
      assertThat(over.gap()).contains(d("-5000"));
    }

    @Test
    void hasNoAttainmentWithoutAQuotaOrWithAZeroOne() {
      ForecastTotals noQuota = TEAM.toBuilder().quota(java.util.Optional.empty()).build();

      assertThat(noQuota.attainment()).isEmpty();
      assertThat(noQuota.gap()).isEmpty();
      assertThat(TEAM.withQuota(BigDecimal.ZERO).attainment()).isEmpty();
      assertThat(TEAM.withQuota(BigDecimal.ZERO).gap()).contains(d("-80000"));
    }

    @Test
    void readsCategoriesInEitherSpelling() {
      assertThat(TEAM.amountOf("Commit")).isEqualByComparingTo("30000");
      assertThat(TEAM.amountOf("Forecast")).isEqualByComparingTo("30000");
      assertThat(TEAM.amountOf("best case")).isEqualByComparingTo("15000");
      assertThat(TEAM.countOf("Pipeline")).isEqualTo(4);
      assertThat(TEAM.countOf("Omitted")).isEqualTo(1);
      assertThatThrownBy(() -> TEAM.amountOf("Upside"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("category = 'Upside'");
    }

    @Test
    void addsUpFiguresButNotQuotas() {
      ForecastTotals sum = ForecastTotals.sum(List.of(TEAM, TEAM, ForecastTotals.empty()));

      assertThat(sum.commitForecast()).isEqualByComparingTo("160000");
      assertThat(sum.weightedPipeline()).isEqualByComparingTo("74000");
      assertThat(sum.opportunityCount()).isEqualTo(18);
      assertThat(sum.quota()).isEmpty();
      assertThat(ForecastTotals.sum(List.of())).isEqualTo(ForecastTotals.empty());
    }
  }

  @Nested
  class Refusing {
    @Test
    void refusesAnAmountWithoutOpportunitiesNamingIt() {
      assertThatThrownBy(() -> ForecastTotals.builder().commit(d("30000")).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("ForecastTotals.commit = 30000 but commitCount = 0")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("ForecastTotals.commit");
      assertThatThrownBy(() -> ForecastTotals.builder().weightedPipeline(d("10")).closed(d("10"))
              .closedCount(1).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("ForecastTotals.weightedPipeline = 10 but openCount = 0");
    }

    @Test
    void refusesNegativeCountsAndOverflowingAmounts() {
      assertThatThrownBy(() -> ForecastTotals.builder().pipelineCount(-2).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("ForecastTotals.pipelineCount = -2");
      assertThatThrownBy(() -> TEAM.withQuota(d("1e20")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("ForecastTotals.quota");
    }
  }

  @Nested
  class Json {
    final ObjectMapper strict =
        JsonMapper.builder()
            .addModule(new SalesCloudJackson())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Test
    void writesTheDerivedFiguresForReaders() {
      assertThat(json(write(TEAM)))
          .isEqualTo(
              json(
                  """
                  {"closed":50000,"commit":30000,"mostLikely":5000,"bestCase":15000,"pipeline":100000,
                   "omitted":9000,"closedCount":1,"commitCount":2,"mostLikelyCount":1,"bestCaseCount":1,
                   "pipelineCount":4,"omittedCount":1,"weightedPipeline":37000,"quota":120000,
                   "commitForecast":80000,"mostLikelyForecast":85000,"bestCaseForecast":100000,
                   "openPipeline":150000,"openCount":8,"opportunityCount":9,"attainment":0.4167,"gap":40000}
                  """));
    }

    @Test
    void ignoresDerivedFiguresWhenReadingEvenWithAStrictMapper() throws Exception {
      ForecastTotals back = strict.readValue(write(TEAM), ForecastTotals.class);

      assertThat(back).isEqualTo(TEAM);
      ForecastTotals lying =
          read("{\"closed\":10,\"closedCount\":1,\"commitForecast\":999}", ForecastTotals.class);
      assertThat(lying.commitForecast()).isEqualByComparingTo("10");
    }

    @Test
    void showsCountsButNoAmountsInToString() {
      assertThat(TEAM.toString())
          .isEqualTo("ForecastTotals{opportunities=9, open=8, closed=1, omitted=1, with quota}")
          .doesNotContain("50000");
    }
  }
}
