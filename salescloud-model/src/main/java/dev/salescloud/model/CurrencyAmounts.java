package dev.salescloud.model;

import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;

/**
 * The range of Salesforce currency fields: 18 digits in all, of which standard currency fields
 * ({@code Amount}, {@code AnnualRevenue}, {@code UnitPrice}, ...) keep 2 after the decimal point,
 * so at most 16 before it.
 */
public final class CurrencyAmounts {
  /** The most digits a standard currency field holds before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 16;

  private CurrencyAmounts() {}

  /**
   * Checks that an amount fits a standard currency field.
   *
   * @param field the field, for the message, e.g. {@code "Opportunity.Amount"}
   * @param amount the amount
   * @return the amount
   * @throws InvalidArgumentException if the amount is null or has more than 16 digits before the
   *     decimal point
   */
  public static BigDecimal requireInRange(String field, BigDecimal amount) {
    InvalidArgumentException.requireNonNull(amount, field);
    BigDecimal whole = amount.abs().setScale(0, java.math.RoundingMode.DOWN);
    int integerDigits = whole.signum() == 0 ? 0 : whole.precision();
    if (integerDigits > MAX_INTEGER_DIGITS) {
      throw new InvalidArgumentException(
          field,
          field
              + " = "
              + FieldNames.abbreviate(amount.toPlainString())
              + " overflows a Salesforce currency field (at most "
              + MAX_INTEGER_DIGITS
              + " digits before the decimal point); Salesforce would refuse it with"
              + " NUMBER_OUTSIDE_VALID_RANGE");
    }
    return amount;
  }
}
