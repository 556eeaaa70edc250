package dev.salescloud.client.soql;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;

/**
 * A GROUP BY clause: plain, {@code ROLLUP(...)} or {@code CUBE(...)}, over fields and date
 * functions.
 *
 * <pre>{@code
 * GROUP BY StageName
 * GROUP BY ROLLUP(LeadSource, Rating)
 * GROUP BY CALENDAR_YEAR(CloseDate)
 * }</pre>
 *
 * @param kind plain, rollup or cube
 * @param expressions one or more fields or functions
 */
public record GroupBy(GroupBy.Kind kind, List<Expression> expressions) {
  /** How the groups are formed. */
  public enum Kind {
    /** {@code GROUP BY a, b}. */
    PLAIN,
    /** {@code GROUP BY ROLLUP(a, b)}: adds subtotal rows. */
    ROLLUP,
    /** {@code GROUP BY CUBE(a, b)}: adds subtotals for every combination. */
    CUBE
  }

  /**
   * Checks the parts.
   *
   * @param kind the kind
   * @param expressions the expressions
   * @throws InvalidArgumentException if there is no expression
   */
  public GroupBy {
    InvalidArgumentException.requireNonNull(kind, "kind");
    InvalidArgumentException.requireNonNull(expressions, "expressions");
    expressions = List.copyOf(expressions);
    if (expressions.isEmpty()) {
      throw new InvalidArgumentException("groupBy", "GROUP BY needs at least one field");
    }
  }
}
