package dev.salescloud.model.forecast;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.SalesforceId;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ForecastingQuotaTest {
  static final String QUOTA =
      """
      {"attributes":{"type":"ForecastingQuota","url":"/services/data/v66.0/sobjects/ForecastingQuota/0J95f000000Kx1aCAC"},
       "Id":"0J95f000000Kx1aCAC","QuotaOwnerId":"00558000000FkaVAAS","StartDate":"2026-10-01",
       "PeriodId":"0265f000000Qr7xAAC","QuotaAmount":80000.00,"IsAmount":true,"IsQuantity":false,
       "ForecastingTypeId":"0Db5f000000Hq2bCAC","ProductFamily":"Hardware","CurrencyIsoCode":"USD"}
      """;

  @Nested
  class ReadingJson {
    @Test
    void roundTripsAQueriedQuota() {
      ForecastingQuota quota = assertRoundTrip(QUOTA, ForecastingQuota.class);

      assertThat(quota.sobjectType()).isEqualTo("ForecastingQuota");
      assertThat(quota.quotaOwnerId()).contains(SalesforceId.of("00558000000FkaVAAS"));
      assertThat(quota.periodId()).contains(SalesforceId.of("0265f000000Qr7xAAC"));
      assertThat(quota.quotaAmount()).contains(new BigDecimal("80000.00"));
      assertThat(quota.quotaQuantity()).isEmpty();
      assertThat(quota.isAmount()).contains(true);
      assertThat(quota.productFamily()).contains("Hardware");
      assertThat(quota.currencyIsoCode()).contains("USD");
    }

    @Test
    void feedsTheQuotaOfAForecast() {
      ForecastingQuota quota = read(QUOTA, ForecastingQuota.class);

      ForecastTotals totals =
          ForecastTally.excludingOmitted()
              .addOpportunity("Closed", new BigDecimal("20000"), new BigDecimal("100"))
              .toTotals()
              .withQuota(quota.quotaAmount().orElseThrow());

      assertThat(totals.attainment()).contains(new BigDecimal("0.2500"));
    }

    @Test
    void refusesAQuotaThatOverflowsNamingTheField() {
      assertThatThrownBy(
              () -> read("{\"QuotaAmount\":1e20}", ForecastingQuota.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("ForecastingQuota.QuotaAmount");
    }

    @Test
    void hidesTheAmountInToString() {
      assertThat(read(QUOTA, ForecastingQuota.class).toString())
          .startsWith("ForecastingQuota{0J95f000000Kx1aCAC, fields=[")
          .contains("QuotaAmount")
          .doesNotContain("00558000000FkaVAAS");
    }
  }
}
