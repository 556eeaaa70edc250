package dev.salescloud.client.soql;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What SOQL compares, groups and orders by: a {@link FieldPath} or a {@link FunctionCall}.
 *
 * <p>Its methods build the conditions of a WHERE or HAVING clause and the items of ORDER BY. Every
 * value becomes a typed {@link Literal} (see {@link Literal#of(Object)} for the accepted Java
 * types), which the renderer quotes and escapes, so no value can change the query's structure:
 *
 * <pre>{@code
 * Soql.field("Industry").eq(userInput)                    // Industry = '...escaped...'
 * Soql.field("AnnualRevenue").gt(new BigDecimal("1e6"))   // AnnualRevenue > 1000000
 * Soql.field("CloseDate").eq(DateLiteral.THIS_QUARTER)    // CloseDate = THIS_QUARTER
 * Soql.field("Id").in(listOfIds)                          // Id IN ('001...', '001...')
 * Soql.field("Name").startsWith(userInput)                // Name LIKE 'abc%' (user's % escaped)
 * Soql.field("Interests__c").includes("Golf;Tennis")      // multi-select picklists
 * Soql.field("Id").in(Soql.select("AccountId").from("Contact"))   // semi-join
 * Soql.count().gt(1)                                      // COUNT() > 1, for HAVING
 * }</pre>
 */
public sealed interface Expression permits FieldPath, FunctionCall {

  /**
   * {@code this = value}.
   *
   * @param value a String, Number, Boolean, LocalDate, Instant, OffsetDateTime, SalesforceId,
   *     DateLiteral or Literal
   * @return the condition
   * @throws InvalidArgumentException if the value is null or of another type
   */
  default Condition eq(Object value) {
    return new Condition.Comparison(this, ComparisonOperator.EQUALS, Literal.of(value));
  }

  /**
   * {@code this != value}.
   *
   * @param value a value accepted by {@link Literal#of(Object)}
   * @return the condition
   * @throws InvalidArgumentException if the value is null or of another type
   */
  default Condition ne(Object value) {
    return new Condition.Comparison(this, ComparisonOperator.NOT_EQUALS, Literal.of(value));
  }

  /**
   * {@code this < value}.
   *
   * @param value a value accepted by {@link Literal#of(Object)}
   * @return the condition
   * @throws InvalidArgumentException if the value is null or of another type
   */
  default Condition lt(Object value) {
    return new Condition.Comparison(this, ComparisonOperator.LESS_THAN, Literal.of(value));
  }

  /**
   * {@code this <= value}.
   *
   * @param value a value accepted by {@link Literal#of(Object)}
   * @return the condition
   * @throws InvalidArgumentException if the value is null or of another type
   */
  default Condition le(Object value) {
    return new Condition.Comparison(this, ComparisonOperator.LESS_OR_EQUAL, Literal.of(value));
  }

  /**
   * {@code this > value}.
   *
   * @param value a value accepted by {@link Literal#of(Object)}
   * @return the condition
   * @throws InvalidArgumentException if the value is null or of another type
   */
  default Condition gt(Object value) {
    return new Condition.Comparison(this, ComparisonOperator.GREATER_THAN, Literal.of(value));
  }

  /**
   * {@code this >= value}.
   *
   * @param value a value accepted by {@link Literal#of(Object)}
   * @return the condition
   * @throws InvalidArgumentException if the value is null or of another type
   */
  default Condition ge(Object value) {
    return new Condition.Comparison(this, ComparisonOperator.GREATER_OR_EQUAL, Literal.of(value));
  }

  /**
   * {@code this = null}.
   *
   * @return the condition
   */
  default Condition isNull() {
    return new Condition.Comparison(this, ComparisonOperator.EQUALS, Literal.NULL);
  }

  /**
   * {@code this != null}.
   *
   * @return the condition
   */
  default Condition isNotNull() {
    return new Condition.Comparison(this, ComparisonOperator.NOT_EQUALS, Literal.NULL);
  }

  /**
   * {@code this LIKE 'pattern'}, where {@code %} and {@code _} in the pattern are wildcards. For
   * user input, prefer {@link #startsWith(String)}, {@link #contains(String)} or {@link
   * #endsWith(String)}, which escape them.
   *
   * @param pattern a wildcard pattern; {@code \%}, {@code \_} and {@code \\} are literal
   * @return the condition
   * @throws InvalidArgumentException if a backslash escapes any other character
   */
  default Condition like(String pattern) {
    return new Condition.Like(this, LikePattern.of(pattern));
  }

  /**
   * {@code this LIKE pattern}.
   *
   * @param pattern the pattern
   * @return the condition
   */
  default Condition like(LikePattern pattern) {
    return new Condition.Like(this, pattern);
  }

  /**
   * Values that start with the text: {@code LIKE 'text%'}, with the text's own {@code %} and
   * {@code _} escaped.
   *
   * @param text any text, such as user input
   * @return the condition
   */
  default Condition startsWith(String text) {
    return new Condition.Like(this, LikePattern.startsWith(text));
  }

  /**
   * Values that contain the text: {@code LIKE '%text%'}, with the text's own {@code %} and {@code
   * _} escaped.
   *
   * @param text any text, such as user input
   * @return the condition
   */
  default Condition contains(String text) {
    return new Condition.Like(this, LikePattern.contains(text));
  }

  /**
   * Values that end with the text: {@code LIKE '%text'}, with the text's own {@code %} and {@code
   * _} escaped.
   *
   * @param text any text, such as user input
   * @return the condition
   */
  default Condition endsWith(String text) {
    return new Condition.Like(this, LikePattern.endsWith(text));
  }

  /**
   * {@code this IN (v1, v2, ...)}.
   *
   * @param values one or more values accepted by {@link Literal#of(Object)}, for example {@link
   *     SalesforceId}s
   * @return the condition
   * @throws InvalidArgumentException if there are no values or one is null or of another type
   */
  default Condition in(Collection<?> values) {
    return new Condition.In(this, SetOperator.IN, literals(values));
  }

  /**
   * {@code this IN (v1, v2, ...)}.
   *
   * @param values one or more values accepted by {@link Literal#of(Object)}
   * @return the condition
   * @throws InvalidArgumentException if there are no values or one is null or of another type
   */
  default Condition in(Object... values) {
    InvalidArgumentException.requireNonNull(values, "values");
    return in(Arrays.asList(values));
  }

  /**
   * A semi-join: {@code this IN (SELECT ...)}.
   *
   * @param subquery a query selecting one id field, such as {@code
   *     Soql.select("AccountId").from("Contact")}
   * @return the condition
   */
  default Condition in(SoqlBuilder subquery) {
    InvalidArgumentException.requireNonNull(subquery, "subquery");
    return new Condition.SemiJoin(this, false, subquery.build());
  }

  /**
   * A semi-join: {@code this IN (SELECT ...)}.
   *
   * @param subquery a query selecting one id field
   * @return the condition
   */
  default Condition in(SoqlQuery subquery) {
    return new Condition.SemiJoin(this, false, subquery);
  }

  /**
   * {@code this NOT IN (v1, v2, ...)}.
   *
   * @param values one or more values accepted by {@link Literal#of(Object)}
   * @return the condition
   * @throws InvalidArgumentException if there are no values or one is null or of another type
   */
  default Condition notIn(Collection<?> values) {
    return new Condition.In(this, SetOperator.NOT_IN, literals(values));
  }

  /**
   * {@code this NOT IN (v1, v2, ...)}.
   *
   * @param values one or more values accepted by {@link Literal#of(Object)}
   * @return the condition
   * @throws InvalidArgumentException if there are no values or one is null or of another type
   */
  default Condition notIn(Object... values) {
    InvalidArgumentException.requireNonNull(values, "values");
    return notIn(Arrays.asList(values));
  }

  /**
   * An anti-join: {@code this NOT IN (SELECT ...)}.
   *
   * @param subquery a query selecting one id field
   * @return the condition
   */
  default Condition notIn(SoqlBuilder subquery) {
    InvalidArgumentException.requireNonNull(subquery, "subquery");
    return new Condition.SemiJoin(this, true, subquery.build());
  }

  /**
   * An anti-join: {@code this NOT IN (SELECT ...)}.
   *
   * @param subquery a query selecting one id field
   * @return the condition
   */
  default Condition notIn(SoqlQuery subquery) {
    return new Condition.SemiJoin(this, true, subquery);
  }

  /**
   * For multi-select picklists: {@code this INCLUDES ('a', 'b;c')} — rows whose selection holds
   * {@code a}, or both {@code b} and {@code c}.
   *
   * @param values one or more values; a value joining several with {@code ;} requires all of them
   * @return the condition
   * @throws InvalidArgumentException if there are no values
   */
  default Condition includes(String... values) {
    InvalidArgumentException.requireNonNull(values, "values");
    return includes(Arrays.asList(values));
  }

  /**
   * For multi-select picklists: {@code this INCLUDES (...)}.
   *
   * @param values one or more values; a value joining several with {@code ;} requires all of them
   * @return the condition
   * @throws InvalidArgumentException if there are no values
   */
  default Condition includes(Collection<String> values) {
    return new Condition.In(this, SetOperator.INCLUDES, literals(values));
  }

  /**
   * For multi-select picklists: {@code this EXCLUDES ('a', 'b;c')}.
   *
   * @param values one or more values
   * @return the condition
   * @throws InvalidArgumentException if there are no values
   */
  default Condition excludes(String... values) {
    InvalidArgumentException.requireNonNull(values, "values");
    return excludes(Arrays.asList(values));
  }

  /**
   * For multi-select picklists: {@code this EXCLUDES (...)}.
   *
   * @param values one or more values
   * @return the condition
   * @throws InvalidArgumentException if there are no values
   */
  default Condition excludes(Collection<String> values) {
    return new Condition.In(this, SetOperator.EXCLUDES, literals(values));
  }

  /**
   * Orders by this, ascending.
   *
   * @return the ORDER BY item; add {@link OrderItem#nullsFirst()} or {@link OrderItem#nullsLast()}
   */
  default OrderItem asc() {
    return new OrderItem(this, OrderItem.Direction.ASC, Optional.empty());
  }

  /**
   * Orders by this, descending.
   *
   * @return the ORDER BY item; add {@link OrderItem#nullsFirst()} or {@link OrderItem#nullsLast()}
   */
  default OrderItem desc() {
    return new OrderItem(this, OrderItem.Direction.DESC, Optional.empty());
  }

  /**
   * Selects this under an alias: {@code SUM(Amount) total}. The alias names the column in the
   * aggregate result instead of {@code expr0}.
   *
   * @param alias a name that is not a SOQL keyword
   * @return the SELECT item
   * @throws InvalidArgumentException if the alias is not a name or is a keyword
   */
  default SelectItem as(String alias) {
    Optional<String> name = Optional.of(Identifiers.requireAlias(alias));
    return this instanceof FieldPath
        ? new SelectItem.Field((FieldPath) this, name)
        : new SelectItem.Function((FunctionCall) this, name);
  }

  private static List<Literal> literals(Collection<?> values) {
    InvalidArgumentException.requireNonNull(values, "values");
    List<Literal> literals = new ArrayList<>(values.size());
    for (Object value : values) {
      literals.add(Literal.of(value));
    }
    return literals;
  }
}
