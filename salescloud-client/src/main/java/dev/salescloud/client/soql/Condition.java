package dev.salescloud.client.soql;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * A condition of a WHERE or HAVING clause: a comparison, a {@code LIKE}, an {@code IN} list, a
 * semi-join, or {@code AND}, {@code OR} and {@code NOT} over other conditions.
 *
 * <p>Conditions are immutable values: build them with the methods of {@link Expression}, combine
 * them with {@link #and(Condition)}, {@link #or(Condition)}, {@link Soql#and(Condition...)},
 * {@link Soql#or(Condition...)} and {@link Soql#not(Condition)}, pass them around, and hand the
 * result to {@link SoqlBuilder#where(Condition)}.
 *
 * <pre>{@code
 * Condition open = Soql.field("IsClosed").eq(false);
 * Condition big = Soql.field("Amount").gt(100_000).or(Soql.field("Probability").ge(90));
 * Condition both = open.and(big);       // IsClosed = false AND (Amount > 100000 OR Probability >= 90)
 * }</pre>
 *
 * <h2>Shape of the tree</h2>
 *
 * <p>{@link And} and {@link Or} hold two or more operands; the parser groups {@code a AND b AND c}
 * into one {@code And} and keeps explicit parentheses as nesting. SOQL refuses {@code AND} and
 * {@code OR} side by side without parentheses, and so does the parser. An evaluator switches on the
 * seven record types; none of them holds SOQL text.
 */
public sealed interface Condition
    permits Condition.And,
        Condition.Or,
        Condition.Not,
        Condition.Comparison,
        Condition.Like,
        Condition.In,
        Condition.SemiJoin {

  /**
   * Both this and the other condition. If this is already an {@code AND}, the other joins its
   * operands.
   *
   * @param other another condition
   * @return the conjunction
   */
  default Condition and(Condition other) {
    InvalidArgumentException.requireNonNull(other, "other");
    List<Condition> operands = new ArrayList<>();
    if (this instanceof And) {
      operands.addAll(((And) this).operands());
    } else {
      operands.add(this);
    }
    operands.add(other);
    return new And(operands);
  }

  /**
   * This or the other condition. If this is already an {@code OR}, the other joins its operands.
   *
   * @param other another condition
   * @return the disjunction
   */
  default Condition or(Condition other) {
    InvalidArgumentException.requireNonNull(other, "other");
    List<Condition> operands = new ArrayList<>();
    if (this instanceof Or) {
      operands.addAll(((Or) this).operands());
    } else {
      operands.add(this);
    }
    operands.add(other);
    return new Or(operands);
  }

  /**
   * All operands hold: {@code a AND b AND c}.
   *
   * @param operands two or more conditions
   */
  record And(List<Condition> operands) implements Condition {
    /**
     * Checks the operands.
     *
     * @param operands the conditions
     * @throws InvalidArgumentException if there are fewer than two, or one is null
     */
    public And {
      operands = requireOperands(operands, "AND");
    }
  }

  /**
   * At least one operand holds: {@code a OR b OR c}.
   *
   * @param operands two or more conditions
   */
  record Or(List<Condition> operands) implements Condition {
    /**
     * Checks the operands.
     *
     * @param operands the conditions
     * @throws InvalidArgumentException if there are fewer than two, or one is null
     */
    public Or {
      operands = requireOperands(operands, "OR");
    }
  }

  /**
   * The operand does not hold: {@code NOT Name = 'x'}, {@code NOT (a OR b)}.
   *
   * @param operand the negated condition
   */
  record Not(Condition operand) implements Condition {
    /**
     * Checks the operand.
     *
     * @param operand the condition
     * @throws InvalidArgumentException if it is null
     */
    public Not {
      InvalidArgumentException.requireNonNull(operand, "operand");
    }
  }

  /**
   * {@code left op value}: {@code Amount > 1000}, {@code CloseDate = THIS_QUARTER}, {@code
   * Email = null}.
   *
   * @param left the field or function compared
   * @param operator the operator
   * @param right the value
   */
  record Comparison(Expression left, ComparisonOperator operator, Literal right)
      implements Condition {
    /**
     * Checks the parts.
     *
     * @param left the field or function
     * @param operator the operator
     * @param right the value
     * @throws InvalidArgumentException if one is null
     */
    public Comparison {
      InvalidArgumentException.requireNonNull(left, "left");
      InvalidArgumentException.requireNonNull(operator, "operator");
      InvalidArgumentException.requireNonNull(right, "right");
    }
  }

  /**
   * {@code left LIKE 'pattern'}; matching ignores case.
   *
   * @param left the field compared
   * @param pattern the pattern
   */
  record Like(Expression left, LikePattern pattern) implements Condition {
    /**
     * Checks the parts.
     *
     * @param left the field
     * @param pattern the pattern
     * @throws InvalidArgumentException if one is null
     */
    public Like {
      InvalidArgumentException.requireNonNull(left, "left");
      InvalidArgumentException.requireNonNull(pattern, "pattern");
    }
  }

  /**
   * {@code left IN (...)}, {@code NOT IN (...)}, {@code INCLUDES (...)} or {@code EXCLUDES (...)}
   * with a list of values.
   *
   * @param left the field compared
   * @param operator the operator
   * @param values one or more values; strings for {@code INCLUDES} and {@code EXCLUDES}
   */
  record In(Expression left, SetOperator operator, List<Literal> values) implements Condition {
    /**
     * Checks the parts.
     *
     * @param left the field
     * @param operator the operator
     * @param values the values
     * @throws InvalidArgumentException if there are no values, or a multi-select picklist
     *     operator is given a value that is not a string
     */
    public In {
      InvalidArgumentException.requireNonNull(left, "left");
      InvalidArgumentException.requireNonNull(operator, "operator");
      InvalidArgumentException.requireNonNull(values, "values");
      for (Literal value : values) {
        InvalidArgumentException.requireNonNull(value, "values");
        if (operator.isMultiPicklist() && !(value instanceof Literal.StringValue)) {
          throw new InvalidArgumentException(
              "values",
              operator.keyword() + " compares multi-select picklist values, which are strings");
        }
      }
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new InvalidArgumentException(
            "values", operator.keyword() + " needs at least one value");
      }
    }
  }

  /**
   * A semi-join or anti-join: {@code Id IN (SELECT AccountId FROM Contact)}, {@code Id NOT IN
   * (SELECT ...)}.
   *
   * @param left the field compared, usually an id
   * @param negated {@code true} for {@code NOT IN}
   * @param query the subquery, selecting one id field
   */
  record SemiJoin(Expression left, boolean negated, SoqlQuery query) implements Condition {
    /**
     * Checks the parts.
     *
     * @param left the field
     * @param negated whether it is {@code NOT IN}
     * @param query the subquery
     * @throws InvalidArgumentException if one is null
     */
    public SemiJoin {
      InvalidArgumentException.requireNonNull(left, "left");
      InvalidArgumentException.requireNonNull(query, "query");
    }
  }

  private static List<Condition> requireOperands(List<Condition> operands, String keyword) {
    InvalidArgumentException.requireNonNull(operands, "operands");
    for (Condition c : operands) {
      InvalidArgumentException.requireNonNull(c, "operands");
    }
    if (operands.size() < 2) {
      throw new InvalidArgumentException(
          "operands", keyword + " needs at least two conditions, not " + operands.size());
    }
    return List.copyOf(operands);
  }
}
