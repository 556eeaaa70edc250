package dev.salescloud.client.soql;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The entry point for building SOQL safely: names are validated, values are always typed and
 * escaped literals, and the result is the same {@link SoqlQuery} tree the parser reads.
 *
 * <pre>{@code
 * SoqlQuery q = Soql.select("Id", "Name")
 *     .from("Account")
 *     .where(Soql.field("Industry").eq(userInput)
 *         .and(Soql.field("AnnualRevenue").gt(new BigDecimal("1e6"))))
 *     .orderBy(Soql.field("Name").asc().nullsLast())
 *     .limit(50)
 *     .offset(10)
 *     .build();
 * // SELECT Id, Name FROM Account WHERE Industry = '...' AND AnnualRevenue > 1000000
 * //   ORDER BY Name ASC NULLS LAST LIMIT 50 OFFSET 10
 *
 * Soql.select("StageName", Soql.sum("Amount").as("total"))
 *     .from("Opportunity")
 *     .where(Soql.field("CloseDate").eq(DateLiteral.THIS_QUARTER))
 *     .groupBy("StageName")
 *     .having(Soql.sum("Amount").gt(100_000))
 *     .toSoql();
 *
 * Soql.select("Name", Soql.subquery(Soql.select("LastName").from("Contacts"))).from("Account");
 * Soql.select(Soql.count()).from("Lead").where(Soql.field("CreatedDate").ge(DateLiteral.lastNDays(30)));
 * }</pre>
 *
 * <h2>Safety</h2>
 *
 * <p>A value never becomes SOQL text by concatenation: {@link Expression#eq(Object)} and its
 * siblings wrap it into a {@link Literal}, which the renderer quotes and escapes ({@code '} as
 * {@code \'}, {@code \} as {@code \\}, newlines as {@code \n}, ...). Field and object names must be
 * API names (letters, digits, underscores; dotted for relationship paths). Clauses are called in
 * SOQL's order, each at most once; a mistake fails at once with a message that says which.
 *
 * <p>Raw SOQL enters only through {@link #raw(String)} (and {@link SoqlParser#parse(String)}),
 * which are labelled {@link PlainSoql}: parse-checked, but never safe to concatenate values into.
 *
 * <p>Builders and trees are immutable and thread-safe; each call returns a new builder.
 */
public final class Soql {
  private Soql() {}

  /**
   * Starts a query with its SELECT list.
   *
   * @param items field names or dotted paths ({@code "Account.Name"}), {@link Expression}s
   *     ({@link #field(String)}, {@link #count()}, {@link #sum(String)}, ...), aliased items
   *     ({@link Expression#as(String)}) and subqueries ({@link #subquery(SoqlBuilder)})
   * @return the next step, which takes the object: {@link SoqlSelect#from(String)}
   * @throws InvalidArgumentException if there are no items, or one is not a valid name or of
   *     another type
   */
  public static SoqlSelect select(Object... items) {
    InvalidArgumentException.requireNonNull(items, "select");
    return select(Arrays.asList(items));
  }

  /**
   * Starts a query with its SELECT list, for fields chosen at run time.
   *
   * <pre>{@code
   * List<String> fields = List.of("Id", "Name", "Owner.Name");   // e.g. from a request
   * Soql.select(fields).from("Account");
   * }</pre>
   *
   * @param items the items, as for {@link #select(Object...)}
   * @return the next step, which takes the object
   * @throws InvalidArgumentException if there are no items, or one is not a valid name or of
   *     another type
   */
  public static SoqlSelect select(Collection<?> items) {
    InvalidArgumentException.requireNonNull(items, "select");
    if (items.isEmpty()) {
      throw new InvalidArgumentException("select", "select(..) needs at least one field");
    }
    List<SelectItem> selectItems = new ArrayList<>(items.size());
    for (Object item : items) {
      selectItems.add(selectItem(item));
    }
    return new SoqlSelect(selectItems);
  }

  /**
   * A field or relationship path, to compare, order or group by.
   *
   * @param path an API name ({@code "Industry"}) or dotted path ({@code "Account.Owner.Name"})
   * @return the field
   * @throws InvalidArgumentException if a segment is not a valid API name
   */
  public static FieldPath field(String path) {
    FieldPath field = FieldPath.of(path);
    for (String segment : field.segments()) {
      Identifiers.requireApiName(segment, "field");
    }
    return field;
  }

  /**
   * {@code COUNT()}: the number of rows. Alone in the SELECT list Salesforce answers with the count
   * and no records; in HAVING it counts the rows of a group.
   *
   * @return the call
   */
  public static FunctionCall count() {
    return new FunctionCall(SoqlFunction.COUNT, Optional.empty());
  }

  /**
   * {@code COUNT(field)}: the rows where the field is not null.
   *
   * @param field the field, such as {@code "Id"}
   * @return the call
   */
  public static FunctionCall countOf(String field) {
    return function(SoqlFunction.COUNT, field);
  }

  /**
   * {@code COUNT_DISTINCT(field)}.
   *
   * @param field the field
   * @return the call
   */
  public static FunctionCall countDistinct(String field) {
    return function(SoqlFunction.COUNT_DISTINCT, field);
  }

  /**
   * {@code SUM(field)}.
   *
   * @param field a number or currency field
   * @return the call
   */
  public static FunctionCall sum(String field) {
    return function(SoqlFunction.SUM, field);
  }

  /**
   * {@code AVG(field)}.
   *
   * @param field a number or currency field
   * @return the call
   */
  public static FunctionCall avg(String field) {
    return function(SoqlFunction.AVG, field);
  }

  /**
   * {@code MIN(field)}.
   *
   * @param field the field
   * @return the call
   */
  public static FunctionCall min(String field) {
    return function(SoqlFunction.MIN, field);
  }

  /**
   * {@code MAX(field)}.
   *
   * @param field the field
   * @return the call
   */
  public static FunctionCall max(String field) {
    return function(SoqlFunction.MAX, field);
  }

  /**
   * Any SOQL function of a field: {@code Soql.function(SoqlFunction.CALENDAR_YEAR, "CloseDate")}.
   *
   * @param function the function
   * @param field the field
   * @return the call
   */
  public static FunctionCall function(SoqlFunction function, String field) {
    return FunctionCall.of(function, field(field));
  }

  /**
   * A function of another expression, such as {@code FORMAT(MIN(CloseDate))}.
   *
   * @param function the function
   * @param argument a field or another call
   * @return the call
   */
  public static FunctionCall function(SoqlFunction function, Expression argument) {
    return FunctionCall.of(function, argument);
  }

  /**
   * A parent-to-child subquery for the SELECT list: {@code (SELECT LastName FROM Contacts)}.
   *
   * @param subquery a query whose FROM is a child relationship name
   * @return the SELECT item
   */
  public static SelectItem subquery(SoqlBuilder subquery) {
    InvalidArgumentException.requireNonNull(subquery, "subquery");
    return new SelectItem.Subquery(subquery.build());
  }

  /**
   * All the conditions hold.
   *
   * @param conditions one or more conditions
   * @return their conjunction (the condition itself if there is one)
   * @throws InvalidArgumentException if there are none
   */
  public static Condition and(Condition... conditions) {
    List<Condition> list = conditions("and", conditions);
    return list.size() == 1 ? list.get(0) : new Condition.And(list);
  }

  /**
   * At least one of the conditions holds.
   *
   * @param conditions one or more conditions
   * @return their disjunction (the condition itself if there is one)
   * @throws InvalidArgumentException if there are none
   */
  public static Condition or(Condition... conditions) {
    List<Condition> list = conditions("or", conditions);
    return list.size() == 1 ? list.get(0) : new Condition.Or(list);
  }

  /**
   * The condition does not hold: {@code NOT (...)}.
   *
   * @param condition the condition
   * @return its negation
   */
  public static Condition not(Condition condition) {
    return new Condition.Not(condition);
  }

  /**
   * Parses raw SOQL into a query tree.
   *
   * <p><b>Plain SOQL</b>: the text is checked for syntax, not for intent. Never concatenate values
   * into it — a value holding a quote changes the query (SOQL injection); build such queries with
   * {@link #select(Object...)} instead.
   *
   * @param soql the query text
   * @return the tree
   * @throws SoqlSyntaxException if the text is not valid SOQL
   */
  @PlainSoql
  public static SoqlQuery raw(String soql) {
    return SoqlParser.parse(soql);
  }

  private static List<Condition> conditions(String what, Condition... conditions) {
    InvalidArgumentException.requireNonNull(conditions, what);
    if (conditions.length == 0) {
      throw new InvalidArgumentException(what, what + "(..) needs at least one condition");
    }
    return Arrays.asList(conditions);
  }

  static SelectItem selectItem(Object item) {
    if (item instanceof String) {
      return new SelectItem.Field(field((String) item), Optional.empty());
    }
    if (item instanceof FieldPath) {
      return new SelectItem.Field((FieldPath) item, Optional.empty());
    }
    if (item instanceof FunctionCall) {
      return new SelectItem.Function((FunctionCall) item, Optional.empty());
    }
    if (item instanceof SelectItem) {
      return (SelectItem) item;
    }
    if (item instanceof SoqlBuilder || item instanceof SoqlQuery) {
      throw new InvalidArgumentException(
          "select", "Wrap a child-relationship subquery in Soql.subquery(..)");
    }
    throw new InvalidArgumentException(
        "select",
        "A SELECT item is a field name, an Expression, an aliased item or a subquery, not "
            + (item == null ? "null" : "a " + item.getClass().getName()));
  }

  static Expression expression(Object item, String what) {
    if (item instanceof String) {
      return field((String) item);
    }
    if (item instanceof Expression) {
      return (Expression) item;
    }
    throw new InvalidArgumentException(
        what,
        what + " takes field names or Expressions, not "
            + (item == null ? "null" : "a " + item.getClass().getName()));
  }
}
