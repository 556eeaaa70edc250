package dev.salescloud.model.forecast;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.query.QueryResult;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PeriodTest {
  static final String QUARTER =
      """
      {"attributes":{"type":"Period","url":"/services/data/v66.0/sobjects/Period/0265f000000Qr7xAAC"},
       "Id":"0265f000000Qr7xAAC","Type":"Quarter","StartDate":"2026-10-01","EndDate":"2026-12-31",
       "Number":4,"PeriodLabel":"Q4","QuarterLabel":"Q4","FullyQualifiedLabel":"Q4 FY 2026",
       "IsForecastPeriod":true,"FiscalYearSettingsId":"022D00000004AbcIAE",
       "SystemModstamp":"2026-01-02T08:00:00.000+0000","Fiscal_Note__c":"Holiday quarter"}
      """;

  @Nested
  class ReadingJson {
    @Test
    void roundTripsAQueriedPeriodWithCustomFields() {
      Period period = assertRoundTrip(QUARTER, Period.class);

      assertThat(period.sobjectType()).isEqualTo("Period");
      assertThat(period.type()).contains(Period.Type.QUARTER);
      assertThat(period.startDate()).contains(LocalDate.of(2026, 10, 1));
      assertThat(period.endDate()).contains(LocalDate.of(2026, 12, 31));
      assertThat(period.number()).contains(4);
      assertThat(period.fullyQualifiedLabel()).contains("Q4 FY 2026");
      assertThat(period.isForecastPeriod()).contains(true);
      assertThat(period.fiscalYearSettingsId()).contains(SalesforceId.of("022D00000004AbcIAE"));
      assertThat(period.customField("Fiscal_Note__c", String.class)).contains("Holiday quarter");
    }

    @Test
    void readsThePeriodsOfAQueryPage() throws Exception {
      QueryResult<Period> page =
          dev.salescloud.model.JsonAssertions.MAPPER.readValue(
              "{\"totalSize\":1,\"done\":true,\"records\":[" + QUARTER + "]}",
              new com.fasterxml.jackson.core.type.TypeReference<QueryResult<Period>>() {});

      assertThat(page.records()).hasSize(1);
      assertThat(ForecastPeriod.of(page.records().get(0)).label()).contains("Q4 FY 2026");
    }

    @Test
    void showsTheIdAndFieldNames() {
      assertThat(read(QUARTER, Period.class).toString())
          .startsWith("Period{0265f000000Qr7xAAC, fields=[")
          .contains("Type", "StartDate", "EndDate");
    }
  }
}
