package dev.salescloud.client.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DateLiteralTest {
  @Test
  void knowsEveryLiteralOfSalesforce() {
    assertThat(DateLiteral.Kind.values()).hasSize(44);
    assertThat(List.of(DateLiteral.Kind.values()).stream().filter(DateLiteral.Kind::parameterised))
        .hasSize(21);
  }

  @Test
  void constantsAreTheFixedLiterals() {
    assertThat(DateLiteral.THIS_QUARTER).isEqualTo(DateLiteral.of(DateLiteral.Kind.THIS_QUARTER));
    assertThat(DateLiteral.THIS_QUARTER.n()).isEmpty();
    assertThat(DateLiteral.NEXT_FISCAL_YEAR.toSoql()).isEqualTo("NEXT_FISCAL_YEAR");
    assertThat(DateLiteral.LAST_90_DAYS.kind()).isEqualTo(DateLiteral.Kind.LAST_90_DAYS);
  }

  @Test
  void factoriesMakeEachParameterisedLiteral() {
    List<DateLiteral> made =
        List.of(
            DateLiteral.lastNDays(1), DateLiteral.nextNDays(2), DateLiteral.nDaysAgo(3),
            DateLiteral.lastNWeeks(4), DateLiteral.nextNWeeks(5), DateLiteral.nWeeksAgo(6),
            DateLiteral.lastNMonths(7), DateLiteral.nextNMonths(8), DateLiteral.nMonthsAgo(9),
            DateLiteral.lastNQuarters(10), DateLiteral.nextNQuarters(11),
            DateLiteral.nQuartersAgo(12), DateLiteral.lastNYears(13), DateLiteral.nextNYears(14),
            DateLiteral.nYearsAgo(15), DateLiteral.lastNFiscalQuarters(16),
            DateLiteral.nextNFiscalQuarters(17), DateLiteral.nFiscalQuartersAgo(18),
            DateLiteral.lastNFiscalYears(19), DateLiteral.nextNFiscalYears(20),
            DateLiteral.nFiscalYearsAgo(21));

    assertThat(made)
        .extracting(DateLiteral::toSoql)
        .containsExactly(
            "LAST_N_DAYS:1", "NEXT_N_DAYS:2", "N_DAYS_AGO:3", "LAST_N_WEEKS:4", "NEXT_N_WEEKS:5",
            "N_WEEKS_AGO:6", "LAST_N_MONTHS:7", "NEXT_N_MONTHS:8", "N_MONTHS_AGO:9",
            "LAST_N_QUARTERS:10", "NEXT_N_QUARTERS:11", "N_QUARTERS_AGO:12", "LAST_N_YEARS:13",
            "NEXT_N_YEARS:14", "N_YEARS_AGO:15", "LAST_N_FISCAL_QUARTERS:16",
            "NEXT_N_FISCAL_QUARTERS:17", "N_FISCAL_QUARTERS_AGO:18", "LAST_N_FISCAL_YEARS:19",
            "NEXT_N_FISCAL_YEARS:20", "N_FISCAL_YEARS_AGO:21");
    assertThat(made).extracting(d -> d.kind().parameterised()).containsOnly(true);
  }

  @Test
  void refusesAMissingSuperfluousOrNegativeNumber() {
    assertThatThrownBy(() -> new DateLiteral(DateLiteral.Kind.LAST_N_DAYS, OptionalInt.empty()))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("LAST_N_DAYS needs a number of units, as in LAST_N_DAYS:30");
    assertThatThrownBy(() -> DateLiteral.of(DateLiteral.Kind.TODAY, 3))
        .hasMessageContaining("TODAY takes no number");
    assertThatThrownBy(() -> DateLiteral.lastNDays(-1))
        .hasMessageContaining("LAST_N_DAYS needs a non-negative number, not -1");
    assertThatThrownBy(() -> DateLiteral.of(DateLiteral.Kind.N_WEEKS_AGO))
        .hasMessageContaining("N_WEEKS_AGO needs a number");
    assertThat(DateLiteral.nDaysAgo(0).toSoql()).isEqualTo("N_DAYS_AGO:0");
  }

  @Test
  void findsLiteralsByNameIgnoringCase() {
    assertThat(DateLiteral.Kind.byName("last_n_days")).contains(DateLiteral.Kind.LAST_N_DAYS);
    assertThat(DateLiteral.Kind.byName("Today")).contains(DateLiteral.Kind.TODAY);
    assertThat(DateLiteral.Kind.byName("YESTERYEAR")).isEmpty();
    assertThat(DateLiteral.Kind.byName("")).isEmpty();
  }
}
