package dev.salescloud.client.soql;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Optional;

/**
 * One item of ORDER BY: {@code Name}, {@code CloseDate DESC NULLS LAST}, {@code SUM(Amount) DESC}.
 *
 * <pre>{@code
 * Soql.field("Name").asc().nullsLast()      // Name ASC NULLS LAST
 * Soql.sum("Amount").desc()                 // SUM(Amount) DESC
 * }</pre>
 *
 * @param expression the field or function ordered by
 * @param direction ascending (the default) or descending
 * @param nulls where nulls go, when written; see {@link #effectiveNulls()}
 */
public record OrderItem(Expression expression, OrderItem.Direction direction,
    Optional<OrderItem.Nulls> nulls) {

  /** The sort direction. */
  public enum Direction {
    /** Ascending, the default. */
    ASC,
    /** Descending. */
    DESC
  }

  /** Where rows whose value is null go. */
  public enum Nulls {
    /** Before the others; the default for ascending order. */
    FIRST,
    /** After the others; the default for descending order. */
    LAST
  }

  /**
   * Checks the parts.
   *
   * @param expression the field or function
   * @param direction the direction
   * @param nulls the nulls order
   * @throws InvalidArgumentException if one is null
   */
  public OrderItem {
    InvalidArgumentException.requireNonNull(expression, "expression");
    InvalidArgumentException.requireNonNull(direction, "direction");
    InvalidArgumentException.requireNonNull(nulls, "nulls");
  }

  /**
   * This item with nulls first.
   *
   * @return a copy with {@code NULLS FIRST}
   */
  public OrderItem nullsFirst() {
    return new OrderItem(expression, direction, Optional.of(Nulls.FIRST));
  }

  /**
   * This item with nulls last.
   *
   * @return a copy with {@code NULLS LAST}
   */
  public OrderItem nullsLast() {
    return new OrderItem(expression, direction, Optional.of(Nulls.LAST));
  }

  /**
   * Where nulls go, written or by Salesforce's default: first when ascending, last when
   * descending.
   *
   * @return the effective nulls order
   */
  public Nulls effectiveNulls() {
    return nulls.orElse(direction == Direction.ASC ? Nulls.FIRST : Nulls.LAST);
  }
}
