package dev.salescloud.model.forecast;

import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ForecastResultTest {
  static final SalesforceId ADA = SalesforceId.of("00558000000FkaVAAS");
  static final SalesforceId SAM = SalesforceId.of("00558000000FkbWAAS");
  static final ForecastPeriod Q4 =
      ForecastPeriod.thisQuarter().resolved(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** Ada: closed 40,000; commit 25,000 (90%); pipeline 10,000 (20%). Quota 80,000. */
  static final ForecastTotals ADA_TOTALS =
      ForecastTally.excludingOmitted()
          .addOpportunity("Closed", d("40000"), d("100"))
          .addOpportunity("Commit", d("25000"), d("90"))
          .addOpportunity("Pipeline", d("10000"), d("20"))
          .addOpportunity("Omitted", d("99000"), d("0"))
          .toTotals()
          .withQuota(d("80000"));

  /** Sam: closed 10,000; best case 30,000 (40%); most likely 5,000 (70%). */
  static final ForecastTotals SAM_TOTALS =
      ForecastTally.excludingOmitted()
          .addOpportunity("Closed", d("10000"), d("100"))
          .addOpportunity("BestCase", d("30000"), d("40"))
          .addOpportunity("MostLikely", d("5000"), d("70"))
          .toTotals();

  static final ForecastResult BY_OWNER =
      ForecastResult.builder()
          .period(Q4)
          .currencyIsoCode("USD")
          .addGroups(ForecastGroup.of(ADA, ADA_TOTALS))
          .addGroups(ForecastGroup.builder().ownerId(SAM).ownerName("Sam Rep").totals(SAM_TOTALS).build())
          .build();

  @Nested
  class Totals {
    @Test
    void addsUpTheGroupsWhenNotSet() {
      ForecastTotals team = BY_OWNER.totals();

      assertThat(team.closed()).isEqualByComparingTo("50000");
      assertThat(team.commitForecast()).isEqualByComparingTo("75000");
      assertThat(team.mostLikelyForecast()).isEqualByComparingTo("80000");
      assertThat(team.bestCaseForecast()).isEqualByComparingTo("110000");
      assertThat(team.openPipeline()).isEqualByComparingTo("70000");
      // 22,500 + 2,000 (Ada) + 12,000 + 3,500 (Sam)
      assertThat(team.weightedPipeline()).isEqualByComparingTo("40000");
      assertThat(team.opportunityCount()).isEqualTo(6);
      assertThat(team.quota()).isEmpty();
    }

    @Test
    void givesEachOwnerTheirOwnQuotaFigures() {
      ForecastTotals ada = BY_OWNER.group(ADA).orElseThrow().totals();

      assertThat(ada.attainment()).contains(d("0.5000"));
      assertThat(ada.gap()).contains(d("15000"));
      assertThat(BY_OWNER.group(SAM).flatMap(ForecastGroup::ownerName)).contains("Sam Rep");
      assertThat(BY_OWNER.group(SalesforceId.of("005D0000001KvxRIAS"))).isEmpty();
    }

    @Test
    void takesATeamQuotaOnTheTotals() {
      ForecastResult withQuota =
          BY_OWNER.toBuilder().totals(BY_OWNER.totals().withQuota(d("200000"))).build();

      assertThat(withQuota.totals().attainment()).contains(d("0.2500"));
      assertThat(withQuota.totals().gap()).contains(d("125000"));
    }

    @Test
    void holdsSetTotalsWhenNotGrouped() {
      ForecastResult ungrouped = ForecastResult.builder().period(Q4).totals(SAM_TOTALS).build();

      assertThat(ungrouped.groups()).isEmpty();
      assertThat(ungrouped.totals()).isEqualTo(SAM_TOTALS);
    }
  }

  @Nested
  class Refusing {
    @Test
    void refusesTotalsThatDoNotAddUpNamingTheFigure() {
      ForecastTotals wrong = BY_OWNER.totals().toBuilder().commit(d("1")).build();

      assertThatThrownBy(() -> BY_OWNER.toBuilder().totals(wrong).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("ForecastResult.totals do not add up to its 2 groups")
          .hasMessageContaining("commit 1 vs 25000")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("ForecastResult.totals");
    }

    @Test
    void refusesTwoGroupsOfOneOwner() {
      assertThatThrownBy(
              () ->
                  ForecastResult.builder()
                      .period(Q4)
                      .addGroups(ForecastGroup.of(ADA, ADA_TOTALS), ForecastGroup.of(ADA, SAM_TOTALS))
                      .build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("owner 00558000000FkaVAAS twice");
    }

    @Test
    void refusesAGroupOfANonUser() {
      assertThatThrownBy(() -> ForecastGroup.of(SalesforceId.of("00G5f000001AbcdEAC"), SAM_TOTALS))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("ForecastGroup.ownerId = 00G5f000001AbcdEAC is a Group id");
    }

    @Test
    void refusesACurrencyThatIsNotAnIsoCode() {
      assertThatThrownBy(() -> BY_OWNER.toBuilder().currencyIsoCode("usd").build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("ForecastResult.currencyIsoCode = 'usd'");
    }
  }

  @Nested
  class Json {
    @Test
    void readsBackWhatItWrites() {
      String written = write(BY_OWNER);

      assertThat(read(written, ForecastResult.class)).isEqualTo(BY_OWNER);
      assertThat(json(written).get("totals").get("commitForecast").decimalValue())
          .isEqualByComparingTo("75000");
      assertThat(json(written).get("groups").get(0).get("totals").get("attainment").decimalValue())
          .isEqualByComparingTo("0.5");
      assertThat(json(written).get("period"))
          .isEqualTo(json("{\"type\":\"Quarter\",\"soqlLiteral\":\"THIS_FISCAL_QUARTER\","
              + "\"startDate\":\"2026-10-01\",\"endDate\":\"2026-12-31\"}"));
    }

    @Test
    void showsNoAmountsInToString() {
      assertThat(BY_OWNER.toString())
          .contains("THIS_FISCAL_QUARTER", "groups=2", "opportunities=6")
          .doesNotContain("50000", "75000");
      assertThat(BY_OWNER.groups().get(0).toString()).contains("00558000000FkaVAAS");
    }
  }
}
