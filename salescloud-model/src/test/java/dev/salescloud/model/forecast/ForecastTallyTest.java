package dev.salescloud.model.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ForecastTallyTest {
  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /**
   * Ten opportunities of one quarter. Hand-computed:
   * closed 50,000 + 12,500.25 = 62,500.25 (2); commit 30,000 + 10,000 = 40,000 (2);
   * most likely 8,000 (1); best case 20,000 (1); pipeline 100,000 + 333.33 = 100,333.33 (2);
   * omitted 70,000 (lost) + 5,000 = 75,000 (2).
   * Weighted over the open ones: 27,000 + 7,500 + 4,800 + 10,000 + 10,000 + 49.9995 = 59,349.9995.
   */
  static ForecastTally addQuarter(ForecastTally tally) {
    return tally
        .addOpportunity("Closed", d("50000"), d("100"))
        .addOpportunity(ForecastCategory.CLOSED, d("12500.25"), d("100"))
        .addOpportunity(ForecastCategory.Name.COMMIT, d("30000"), d("90"))
        .addOpportunity(ForecastCategory.FORECAST, d("10000"), d("75"))
        .addOpportunity("Most Likely", d("8000"), d("60"))
        .addOpportunity("Best Case", d("20000"), d("50"))
        .addOpportunity("Pipeline", d("100000"), d("10"))
        .addOpportunity("Pipeline", d("333.33"), d("15"))
        .addOpportunity("Omitted", d("70000"), d("0"))
        .addOpportunity("Omitted", d("5000"), d("20"));
  }

  @Nested
  class AddingOpportunities {
    final ForecastTotals totals = addQuarter(ForecastTally.excludingOmitted()).toTotals();

    @Test
    void sumsEachCategoryAcceptingBothSpellings() {
      assertThat(totals.closed()).isEqualByComparingTo("62500.25");
      assertThat(totals.closedCount()).isEqualTo(2);
      assertThat(totals.commit()).isEqualByComparingTo("40000");
      assertThat(totals.commitCount()).isEqualTo(2);
      assertThat(totals.mostLikely()).isEqualByComparingTo("8000");
      assertThat(totals.bestCase()).isEqualByComparingTo("20000");
      assertThat(totals.pipeline()).isEqualByComparingTo("100333.33");
      assertThat(totals.pipelineCount()).isEqualTo(2);
    }

    @Test
    void buildsTheCumulativeForecastsOnOneAnother() {
      assertThat(totals.commitForecast()).isEqualByComparingTo("102500.25");
      assertThat(totals.mostLikelyForecast()).isEqualByComparingTo("110500.25");
      assertThat(totals.bestCaseForecast()).isEqualByComparingTo("130500.25");
      assertThat(totals.openPipeline()).isEqualByComparingTo("168333.33");
      assertThat(totals.openCount()).isEqualTo(6);
      assertThat(totals.opportunityCount()).isEqualTo(8);
    }

    @Test
    void weighsOnlyOpenOpportunitiesExactly() {
      assertThat(totals.weightedPipeline()).isEqualTo(d("59349.9995"));
    }

    @Test
    void leavesOmittedOpportunitiesOutByDefault() {
      assertThat(totals.omitted()).isEqualByComparingTo("0");
      assertThat(totals.omittedCount()).isZero();
    }

    @Test
    void reportsOmittedOpportunitiesWhenAskedButCountsThemInNoForecast() {
      ForecastTotals withOmitted = addQuarter(ForecastTally.includingOmitted()).toTotals();

      assertThat(withOmitted.omitted()).isEqualByComparingTo("75000");
      assertThat(withOmitted.omittedCount()).isEqualTo(2);
      assertThat(withOmitted.bestCaseForecast()).isEqualByComparingTo("130500.25");
      assertThat(withOmitted.openPipeline()).isEqualByComparingTo("168333.33");
      assertThat(withOmitted.weightedPipeline()).isEqualTo(d("59349.9995"));
      assertThat(withOmitted.opportunityCount()).isEqualTo(8);
    }

    @Test
    void followsTheQueryOnOmittedOpportunities() {
      ForecastQuery query =
          ForecastQuery.builder().period(ForecastPeriod.thisQuarter()).includeOmitted(true).build();

      assertThat(addQuarter(ForecastTally.forQuery(query)).toTotals().omittedCount()).isEqualTo(2);
      assertThat(addQuarter(ForecastTally.forQuery(query.toBuilder().includeOmitted(false).build()))
              .toTotals().omittedCount())
          .isZero();
    }
  }

  @Nested
  class AddingCategoryTotals {
    @Test
    void addsAggregateRowsAndWeighsOnlyTheOpenCategories() {
      ForecastTotals totals =
          ForecastTally.excludingOmitted()
              .addCategoryTotal("Closed", d("62500.25"), 2, d("62500.25"))
              .addCategoryTotal("Commit", d("40000"), 2, d("34500"))
              .addCategoryTotal("Most Likely", d("8000"), 1, d("4800"))
              .addCategoryTotal("Best Case", d("20000"), 1, d("10000"))
              .addCategoryTotal("Pipeline", d("100333.33"), 2, d("10050.00"))
              .addCategoryTotal("Omitted", d("75000"), 2, d("1000"))
              .toTotals();

      assertThat(totals.commitForecast()).isEqualByComparingTo("102500.25");
      assertThat(totals.openPipeline()).isEqualByComparingTo("168333.33");
      // 34,500 + 4,800 + 10,000 + 10,050: closed and omitted revenue left out.
      assertThat(totals.weightedPipeline()).isEqualByComparingTo("59350.00");
      assertThat(totals.opportunityCount()).isEqualTo(8);
      assertThat(totals.omittedCount()).isZero();
    }

    @Test
    void agreesWithAddingTheSameOpportunitiesOneByOne() {
      Random random = new Random(20261124L);
      for (int round = 0; round < 200; round++) {
        ForecastTally oneByOne = ForecastTally.includingOmitted();
        ForecastTally byCategory = ForecastTally.includingOmitted();
        for (String category : ForecastCategory.apiValues()) {
          BigDecimal amount = BigDecimal.ZERO;
          BigDecimal weighted = BigDecimal.ZERO;
          int n = random.nextInt(4);
          for (int i = 0; i < n; i++) {
            BigDecimal a = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
            BigDecimal p = BigDecimal.valueOf(random.nextInt(101));
            oneByOne.addOpportunity(category, a, p);
            amount = amount.add(a);
            weighted = weighted.add(a.multiply(p).movePointLeft(2));
          }
          byCategory.addCategoryTotal(ForecastCategory.nameOf(category).orElseThrow(), amount, n, weighted);
        }

        assertThat(oneByOne.toTotals().sameFiguresAs(byCategory.toTotals())).isTrue();
      }
    }
  }

  @Nested
  class Refusing {
    @Test
    void refusesAnUnknownCategoryNamingItAndListingBothSpellings() {
      assertThatThrownBy(() -> ForecastTally.excludingOmitted().addOpportunity("Upside", d("1"), d("10")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("forecastCategory = 'Upside'")
          .hasMessageContaining("[Omitted, Pipeline, BestCase, MostLikely, Forecast, Closed]")
          .hasMessageContaining("[Omitted, Pipeline, Best Case, Most Likely, Commit, Closed]");
    }

    @Test
    void refusesAProbabilityOutsideAPercentage() {
      assertThatThrownBy(() -> ForecastTally.excludingOmitted().addOpportunity("Pipeline", d("1"), d("150")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("probability = 150");
      assertThatThrownBy(() -> ForecastTally.excludingOmitted().addOpportunity("Pipeline", d("1"), d("-1")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("probability = -1");
    }

    @Test
    void refusesANegativeCountAndAnOverflowingAmount() {
      assertThatThrownBy(
              () -> ForecastTally.excludingOmitted().addCategoryTotal("Pipeline", d("1"), -1, d("0")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("count = -1");
      assertThatThrownBy(
              () -> ForecastTally.excludingOmitted().addOpportunity("Pipeline", d("1e17"), d("10")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Opportunity.Amount");
    }

    @Test
    void countsWithoutShowingAmounts() {
      assertThat(addQuarter(ForecastTally.excludingOmitted()).toString())
          .isEqualTo("ForecastTally{opportunities=8}");
    }
  }
}
