package dev.salescloud.client.soql;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The clauses of a built query after FROM, in SOQL's order: {@code usingScope}, {@code where},
 * {@code withSecurityEnforced}, {@code groupBy} (or {@code groupByRollup}, {@code groupByCube}),
 * {@code having}, {@code orderBy}, {@code limit}, {@code offset}, {@code forView}/{@code
 * forReference}/{@code forUpdate}, {@code allRows}. Get it from {@link SoqlSelect#from(String)}.
 *
 * <pre>{@code
 * SoqlBuilder open = Soql.select("Id", "Name", "Amount").from("Opportunity")
 *     .where(Soql.field("IsClosed").eq(false));
 * String top = open.orderBy(Soql.field("Amount").desc().nullsLast()).limit(10).toSoql();
 * // SELECT Id, Name, Amount FROM Opportunity WHERE IsClosed = false
 * //   ORDER BY Amount DESC NULLS LAST LIMIT 10
 * }</pre>
 *
 * <p>Each clause may be given once, and only before the clauses that follow it in SOQL: {@code
 * .limit(5).where(..)} fails at once, saying that {@code where(..)} must come before {@code
 * limit(..)}; a second {@code where(..)} fails too (combine conditions with {@link
 * Condition#and(Condition)}). {@code having(..)} needs {@code groupBy(..)}.
 *
 * <p>Immutable and thread-safe: every call returns a new builder, so a partly built query can be
 * shared and extended in several ways.
 */
public final class SoqlBuilder {
  /** The clauses, in the order SOQL writes them. */
  private enum Clause {
    FROM("from(..)"),
    USING_SCOPE("usingScope(..)"),
    WHERE("where(..)"),
    WITH("withSecurityEnforced()"),
    GROUP_BY("groupBy(..)"),
    HAVING("having(..)"),
    ORDER_BY("orderBy(..)"),
    LIMIT("limit(..)"),
    OFFSET("offset(..)"),
    FOR("forView()/forReference()/forUpdate()"),
    ALL_ROWS("allRows()");

    final String method;

    Clause(String method) {
      this.method = method;
    }
  }

  private static final String ORDER =
      "SOQL clauses come in the order SELECT, FROM, USING SCOPE, WHERE, WITH, GROUP BY, HAVING,"
          + " ORDER BY, LIMIT, OFFSET, FOR, ALL ROWS";

  private final ImmutableSoqlQuery query;
  private final Clause last;

  private SoqlBuilder(ImmutableSoqlQuery query, Clause last) {
    this.query = query;
    this.last = last;
  }

  static SoqlBuilder start(List<SelectItem> select, String object, String alias) {
    ImmutableSoqlQuery.Builder b = SoqlQuery.builder().addAllSelect(select).object(object);
    if (alias != null) {
      b.alias(alias);
    }
    return new SoqlBuilder((ImmutableSoqlQuery) b.build(), Clause.FROM);
  }

  private ImmutableSoqlQuery next(Clause clause) {
    if (clause == last && clause != Clause.FOR) {
      throw new InvalidArgumentException(
          clause.method,
          clause.method
              + " was already called"
              + (clause == Clause.WHERE || clause == Clause.HAVING
                  ? "; combine conditions with and(..) or or(..)"
                  : ""));
    }
    if (clause.ordinal() < last.ordinal()) {
      throw new InvalidArgumentException(
          clause.method, clause.method + " must be called before " + last.method + ": " + ORDER);
    }
    return query;
  }

  /**
   * {@code USING SCOPE scope}: limits the rows to a filter scope such as {@code Mine} or {@code
   * Team}.
   *
   * @param scope the scope's name
   * @return the next builder
   */
  public SoqlBuilder usingScope(String scope) {
    return new SoqlBuilder(
        next(Clause.USING_SCOPE).withScope(Identifiers.requireApiName(scope, "scope")),
        Clause.USING_SCOPE);
  }

  /**
   * {@code WHERE condition}.
   *
   * @param condition the filter, built with {@link Soql#field(String)} and its methods
   * @return the next builder
   */
  public SoqlBuilder where(Condition condition) {
    InvalidArgumentException.requireNonNull(condition, "where");
    return new SoqlBuilder(next(Clause.WHERE).withWhere(condition), Clause.WHERE);
  }

  /**
   * {@code WITH SECURITY_ENFORCED}: Salesforce refuses the query if the user cannot read a field or
   * object in it.
   *
   * @return the next builder
   */
  public SoqlBuilder withSecurityEnforced() {
    return new SoqlBuilder(next(Clause.WITH).withSecurityEnforced(true), Clause.WITH);
  }

  /**
   * {@code GROUP BY a, b}.
   *
   * @param items field names or {@link Expression}s such as date functions
   * @return the next builder
   */
  public SoqlBuilder groupBy(Object... items) {
    return groupBy(GroupBy.Kind.PLAIN, items);
  }

  /**
   * {@code GROUP BY ROLLUP(a, b)}: with subtotal rows.
   *
   * @param items field names or {@link Expression}s
   * @return the next builder
   */
  public SoqlBuilder groupByRollup(Object... items) {
    return groupBy(GroupBy.Kind.ROLLUP, items);
  }

  /**
   * {@code GROUP BY CUBE(a, b)}: with subtotals for every combination.
   *
   * @param items field names or {@link Expression}s
   * @return the next builder
   */
  public SoqlBuilder groupByCube(Object... items) {
    return groupBy(GroupBy.Kind.CUBE, items);
  }

  private SoqlBuilder groupBy(GroupBy.Kind kind, Object... items) {
    InvalidArgumentException.requireNonNull(items, "groupBy");
    List<Expression> expressions = new ArrayList<>(items.length);
    for (Object item : items) {
      expressions.add(Soql.expression(item, "groupBy(..)"));
    }
    return new SoqlBuilder(
        next(Clause.GROUP_BY).withGroupBy(new GroupBy(kind, expressions)), Clause.GROUP_BY);
  }

  /**
   * {@code HAVING condition}: filters the groups.
   *
   * @param condition a condition over aggregates, such as {@code Soql.count().gt(1)}
   * @return the next builder
   * @throws InvalidArgumentException if there is no GROUP BY
   */
  public SoqlBuilder having(Condition condition) {
    InvalidArgumentException.requireNonNull(condition, "having");
    ImmutableSoqlQuery q = next(Clause.HAVING);
    if (q.groupBy().isEmpty()) {
      throw new InvalidArgumentException(
          "having(..)", "having(..) needs groupBy(..) first: HAVING filters groups");
    }
    return new SoqlBuilder(q.withHaving(condition), Clause.HAVING);
  }

  /**
   * {@code ORDER BY ...}.
   *
   * @param items field names (ascending), {@link Expression}s (ascending) or {@link OrderItem}s
   *     such as {@code Soql.field("Name").desc().nullsLast()}
   * @return the next builder
   */
  public SoqlBuilder orderBy(Object... items) {
    return new SoqlBuilder(next(Clause.ORDER_BY).withOrderBy(orderItems(items)), Clause.ORDER_BY);
  }

  /**
   * {@code LIMIT rows}.
   *
   * @param rows a positive number of rows
   * @return the next builder
   * @throws InvalidArgumentException if {@code rows} is not positive
   */
  public SoqlBuilder limit(int rows) {
    return new SoqlBuilder(next(Clause.LIMIT).withLimit(rows), Clause.LIMIT);
  }

  /**
   * {@code OFFSET rows}; order the rows too, so that pages are stable.
   *
   * @param rows zero to {@value SoqlQuery#MAX_OFFSET}
   * @return the next builder
   * @throws InvalidArgumentException if {@code rows} is negative or above 2,000 (Salesforce's
   *     NUMBER_OUTSIDE_VALID_RANGE)
   */
  public SoqlBuilder offset(int rows) {
    return new SoqlBuilder(next(Clause.OFFSET).withOffset(OptionalInt.of(rows)), Clause.OFFSET);
  }

  /**
   * {@code FOR VIEW}: marks the records as recently viewed.
   *
   * @return the next builder
   */
  public SoqlBuilder forView() {
    return forOption(SoqlQuery.ForOption.VIEW);
  }

  /**
   * {@code FOR REFERENCE}: marks the records as recently referenced.
   *
   * @return the next builder
   */
  public SoqlBuilder forReference() {
    return forOption(SoqlQuery.ForOption.REFERENCE);
  }

  /**
   * {@code FOR UPDATE}: locks the rows (meaningful in Apex).
   *
   * @return the next builder
   */
  public SoqlBuilder forUpdate() {
    return forOption(SoqlQuery.ForOption.UPDATE);
  }

  private SoqlBuilder forOption(SoqlQuery.ForOption option) {
    ImmutableSoqlQuery q = next(Clause.FOR);
    List<SoqlQuery.ForOption> options = new ArrayList<>(q.forOptions());
    options.add(option);
    return new SoqlBuilder(q.withForOptions(options), Clause.FOR);
  }

  /**
   * {@code ALL ROWS}: includes deleted and archived rows in Apex. Over REST, prefer the queryAll
   * endpoint.
   *
   * @return the next builder
   */
  public SoqlBuilder allRows() {
    return new SoqlBuilder(next(Clause.ALL_ROWS).withAllRows(true), Clause.ALL_ROWS);
  }

  /**
   * The syntax tree of the query built so far.
   *
   * @return the query
   */
  public SoqlQuery build() {
    return query;
  }

  /**
   * Renders the query as SOQL.
   *
   * @return the SOQL text
   * @throws InvalidArgumentException if it would exceed Salesforce's 100,000 characters
   */
  public String toSoql() {
    return query.toSoql();
  }

  /** Shows the shape of the query, never its values. */
  @Override
  public String toString() {
    return query.toString();
  }

  static List<OrderItem> orderItems(Object... items) {
    InvalidArgumentException.requireNonNull(items, "orderBy");
    if (items.length == 0) {
      throw new InvalidArgumentException("orderBy", "orderBy(..) needs at least one field");
    }
    List<OrderItem> orderItems = new ArrayList<>(items.length);
    for (Object item : items) {
      orderItems.add(
          item instanceof OrderItem
              ? (OrderItem) item
              : Soql.expression(item, "orderBy(..)").asc());
    }
    return orderItems;
  }
}
