package dev.salescloud.model.forecast;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ForecastPeriodTest {
  static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
  static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

  @Nested
  class RelativePeriods {
    @Test
    void staysRelativeHoldingTheFiscalLiteral() {
      ForecastPeriod quarter = ForecastPeriod.thisQuarter();

      assertThat(quarter.soqlLiteral()).contains("THIS_FISCAL_QUARTER");
      assertThat(quarter.type()).contains(ForecastPeriod.Type.QUARTER);
      assertThat(quarter.isRelative()).isTrue();
      assertThat(quarter.startDate()).isEmpty();
      assertThat(json(write(quarter)))
          .isEqualTo(json("{\"type\":\"Quarter\",\"soqlLiteral\":\"THIS_FISCAL_QUARTER\"}"));
    }

    @Test
    void namesEachFactoryByItsLiteralAndType() {
      assertThat(ForecastPeriod.nextQuarter().soqlLiteral()).contains("NEXT_FISCAL_QUARTER");
      assertThat(ForecastPeriod.lastQuarter().soqlLiteral()).contains("LAST_FISCAL_QUARTER");
      assertThat(ForecastPeriod.thisFiscalYear().soqlLiteral()).contains("THIS_FISCAL_YEAR");
      assertThat(ForecastPeriod.thisFiscalYear().type()).contains(ForecastPeriod.Type.YEAR);
      assertThat(ForecastPeriod.nextFiscalYear().soqlLiteral()).contains("NEXT_FISCAL_YEAR");
      assertThat(ForecastPeriod.thisMonth().type()).contains(ForecastPeriod.Type.MONTH);
      assertThat(ForecastPeriod.nextMonth().soqlLiteral()).contains("NEXT_MONTH");
      assertThat(ForecastPeriod.relative("this_week").type()).contains(ForecastPeriod.Type.WEEK);
      assertThat(ForecastPeriod.relative(" next_quarter ").soqlLiteral()).contains("NEXT_QUARTER");
      assertThat(ForecastPeriod.relative("LAST_90_DAYS").type()).isEmpty();
    }

    @Test
    void refusesWhatIsNotARangeLiteralListingTheAcceptedOnes() {
      assertThatThrownBy(() -> ForecastPeriod.relative("LAST_N_DAYS:30"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'LAST_N_DAYS:30'")
          .hasMessageContaining("THIS_FISCAL_QUARTER")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("ForecastPeriod.soqlLiteral");
      assertThatThrownBy(() -> ForecastPeriod.relative("2026-10-01"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'2026-10-01'");
    }

    @Test
    void keepsItsLiteralOnceResolved() {
      ForecastPeriod resolved = ForecastPeriod.thisQuarter().resolved(OCT_1, DEC_31);

      assertThat(resolved.isRelative()).isFalse();
      assertThat(resolved.soqlLiteral()).contains("THIS_FISCAL_QUARTER");
      assertThat(resolved.contains(LocalDate.of(2026, 11, 15))).isTrue();
      assertThat(resolved.toString()).isEqualTo("ForecastPeriod{THIS_FISCAL_QUARTER 2026-10-01..2026-12-31}");
      assertRoundTrip(write(resolved), ForecastPeriod.class);
    }

    @Test
    void refusesToTellDaysBeforeItIsResolved() {
      assertThatThrownBy(() -> ForecastPeriod.thisQuarter().contains(OCT_1))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("THIS_FISCAL_QUARTER is relative");
    }
  }

  @Nested
  class DatedPeriods {
    @Test
    void includesBothEndDays() {
      ForecastPeriod q4 = ForecastPeriod.of(OCT_1, DEC_31);

      assertThat(q4.isRelative()).isFalse();
      assertThat(q4.soqlLiteral()).isEmpty();
      assertThat(q4.contains(OCT_1)).isTrue();
      assertThat(q4.contains(DEC_31)).isTrue();
      assertThat(q4.contains(LocalDate.of(2027, 1, 1))).isFalse();
      assertThat(q4.contains(LocalDate.of(2026, 9, 30))).isFalse();
    }

    @Test
    void takesTypeDatesAndLabelFromAPeriodRecord() {
      Period period =
          Period.builder()
              .id(SalesforceId.of("0265f000000Qr7xAAC"))
              .type(Period.Type.QUARTER)
              .startDate(OCT_1)
              .endDate(DEC_31)
              .periodLabel("Q4")
              .fullyQualifiedLabel("Q4 FY 2026")
              .build();

      ForecastPeriod forecast = ForecastPeriod.of(period);

      assertThat(forecast.type()).contains("Quarter");
      assertThat(forecast.startDate()).contains(OCT_1);
      assertThat(forecast.endDate()).contains(DEC_31);
      assertThat(forecast.label()).contains("Q4 FY 2026");
      assertThat(ForecastPeriod.of(period.toBuilder().fullyQualifiedLabel(java.util.Optional.empty())
              .build()).label())
          .contains("Q4");
    }

    @Test
    void refusesAPeriodRecordWithoutDates() {
      Period noDates = Period.builder().id(SalesforceId.of("0265f000000Qr7xAAC")).build();

      assertThatThrownBy(() -> ForecastPeriod.of(noDates))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Period 0265f000000Qr7xAAC has no StartDate");
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
      assertThatThrownBy(() -> ForecastPeriod.of(DEC_31, OCT_1))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("ForecastPeriod.endDate 2026-10-01 is before startDate 2026-12-31");
    }

    @Test
    void refusesHalfARangeOrNothingAtAll() {
      assertThatThrownBy(() -> ForecastPeriod.builder().startDate(OCT_1).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("startDate needs an endDate")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("ForecastPeriod.endDate");
      assertThatThrownBy(() -> ForecastPeriod.builder().type("Quarter").build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("needs a soqlLiteral");
    }
  }
}
