package dev.salescloud.client.soql;

/**
 * The comparison operators of SOQL. {@code <>} is read as {@link #NOT_EQUALS} and written
 * {@code !=}.
 */
public enum ComparisonOperator {
  /** {@code =}; with a date literal, "inside the range". */
  EQUALS("="),
  /** {@code !=} (also read as {@code <>}). */
  NOT_EQUALS("!="),
  /** {@code <}. */
  LESS_THAN("<"),
  /** {@code <=}. */
  LESS_OR_EQUAL("<="),
  /** {@code >}. */
  GREATER_THAN(">"),
  /** {@code >=}. */
  GREATER_OR_EQUAL(">=");

  private final String symbol;

  ComparisonOperator(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The operator as the renderer writes it.
   *
   * @return for example {@code "!="}
   */
  public String symbol() {
    return symbol;
  }
}
