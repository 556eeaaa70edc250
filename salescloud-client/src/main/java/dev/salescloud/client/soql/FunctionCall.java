package dev.salescloud.client.soql;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Optional;

/**
 * A function applied to a field: {@code COUNT()}, {@code SUM(Amount)}, {@code
 * CALENDAR_YEAR(CloseDate)}, {@code FORMAT(MIN(CloseDate))}.
 *
 * <p>Only {@code COUNT} may have no argument. The argument is a field path or, for conversions and
 * date functions, another call ({@code HOUR_IN_DAY(convertTimezone(CreatedDate))}).
 *
 * <pre>{@code
 * FunctionCall total = Soql.sum("Amount");
 * total.function();        // SUM
 * total.field();           // Optional[Amount]
 * total.gt(100_000);       // SUM(Amount) > 100000, for HAVING
 * total.as("total");       // SUM(Amount) total, for SELECT
 * }</pre>
 *
 * @param function the function
 * @param argument the field (or call) it applies to; empty only for {@code COUNT()}
 */
public record FunctionCall(SoqlFunction function, Optional<Expression> argument)
    implements Expression {
  /**
   * Checks that only {@code COUNT} goes without an argument.
   *
   * @param function the function
   * @param argument its argument
   * @throws InvalidArgumentException if an argument is missing
   */
  public FunctionCall {
    InvalidArgumentException.requireNonNull(function, "function");
    InvalidArgumentException.requireNonNull(argument, "argument");
    if (argument.isEmpty() && function != SoqlFunction.COUNT) {
      throw new InvalidArgumentException(
          "argument",
          function.soqlName() + "() needs a field, as in " + function.soqlName() + "(Amount)");
    }
  }

  /**
   * A call with one argument.
   *
   * @param function the function
   * @param argument a field path or another call
   * @return the call
   */
  public static FunctionCall of(SoqlFunction function, Expression argument) {
    InvalidArgumentException.requireNonNull(argument, "argument");
    return new FunctionCall(function, Optional.of(argument));
  }

  /**
   * Whether this is {@code COUNT()} without a field, which Salesforce answers with a bare count.
   *
   * @return {@code true} for {@code COUNT()}
   */
  public boolean isCountOfRows() {
    return function == SoqlFunction.COUNT && argument.isEmpty();
  }

  /**
   * Whether this computes over a group of rows: an aggregate function, or a conversion of one
   * ({@code FORMAT(SUM(Amount))}).
   *
   * @return {@code true} for aggregates
   */
  public boolean isAggregate() {
    return function.kind() == SoqlFunction.Kind.AGGREGATE
        || argument.filter(a -> a instanceof FunctionCall && ((FunctionCall) a).isAggregate())
            .isPresent();
  }

  /**
   * Whether Salesforce names the column of this call {@code exprN} when it has no alias: true for
   * aggregate and date functions and for conversions of them; a plain conversion such as {@code
   * toLabel(Status)} keeps the field's name.
   *
   * @return {@code true} if an unaliased column of this call is numbered
   */
  public boolean isNumberedColumn() {
    return function.kind() != SoqlFunction.Kind.CONVERSION
        || argument
            .filter(a -> a instanceof FunctionCall && ((FunctionCall) a).isNumberedColumn())
            .isPresent();
  }

  /**
   * The field the call finally applies to, through nested calls.
   *
   * @return the field, or empty for {@code COUNT()}
   */
  public Optional<FieldPath> field() {
    if (argument.isEmpty()) {
      return Optional.empty();
    }
    Expression a = argument.get();
    return a instanceof FieldPath ? Optional.of((FieldPath) a) : ((FunctionCall) a).field();
  }

  /** The call as SOQL writes it; it holds names only. */
  @Override
  public String toString() {
    return function.soqlName() + "(" + argument.map(Object::toString).orElse("") + ")";
  }
}
