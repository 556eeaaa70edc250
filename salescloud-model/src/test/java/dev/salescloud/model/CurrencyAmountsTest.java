package dev.salescloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CurrencyAmountsTest {
  @Test
  void acceptsSixteenDigitsBeforeTheDecimalPointInEitherSign() {
    assertThat(CurrencyAmounts.requireInRange("X.Amount", new BigDecimal("9999999999999999.99")))
        .isEqualByComparingTo("9999999999999999.99");
    assertThat(CurrencyAmounts.requireInRange("X.Amount", new BigDecimal("-9999999999999999")))
        .isNegative();
    assertThat(CurrencyAmounts.requireInRange("X.Amount", new BigDecimal("0.005"))).isPositive();
  }

  @Test
  void refusesSeventeenDigitsNamingFieldAndValue() {
    assertThatThrownBy(
            () -> CurrencyAmounts.requireInRange("Opportunity.Amount", new BigDecimal("-1E16")))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("Opportunity.Amount = -10000000000000000")
        .extracting(e -> ((InvalidArgumentException) e).argument())
        .isEqualTo("Opportunity.Amount");
  }
}
