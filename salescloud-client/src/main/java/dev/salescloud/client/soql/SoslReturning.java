package dev.salescloud.client.soql;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One object of a SOSL {@code RETURNING} clause, with the fields to return and, optionally, a
 * filter, an order, a limit and an offset: {@code Contact(Id, Name WHERE MailingCity = 'Oslo'
 * ORDER BY Name LIMIT 10)}.
 *
 * <pre>{@code
 * Sosl.returning("Contact", "Id", "Name")
 *     .where(Soql.field("MailingCity").eq("Oslo"))
 *     .orderBy(Soql.field("Name").asc())
 *     .limit(10)
 * }</pre>
 *
 * <p>Without fields, Salesforce returns the ids only ({@code RETURNING Contact}); WHERE, ORDER BY,
 * LIMIT and OFFSET need at least one field.
 *
 * @param object the object searched, such as {@code Lead}
 * @param fields the fields returned
 * @param where the filter
 * @param orderBy the order of the rows
 * @param limit the most rows of this object
 * @param offset the rows skipped, zero to 2,000
 */
public record SoslReturning(
    String object,
    List<FieldPath> fields,
    Optional<Condition> where,
    List<OrderItem> orderBy,
    OptionalInt limit,
    OptionalInt offset) {

  /**
   * Checks the parts.
   *
   * @param object the object
   * @param fields the fields
   * @param where the filter
   * @param orderBy the order
   * @param limit the limit
   * @param offset the offset
   * @throws InvalidArgumentException if the object is not a name, a clause is given without
   *     fields, the limit is not positive or the offset is outside 0 to 2,000
   */
  public SoslReturning {
    Identifiers.requireName(object, "object");
    InvalidArgumentException.requireNonNull(fields, "fields");
    InvalidArgumentException.requireNonNull(where, "where");
    InvalidArgumentException.requireNonNull(orderBy, "orderBy");
    InvalidArgumentException.requireNonNull(limit, "limit");
    InvalidArgumentException.requireNonNull(offset, "offset");
    fields = List.copyOf(fields);
    orderBy = List.copyOf(orderBy);
    if (fields.isEmpty()
        && (where.isPresent() || !orderBy.isEmpty() || limit.isPresent() || offset.isPresent())) {
      throw new InvalidArgumentException(
          "fields",
          "RETURNING " + object + " needs at least one field before WHERE, ORDER BY, LIMIT or"
              + " OFFSET");
    }
    if (limit.isPresent() && limit.getAsInt() < 1) {
      throw new InvalidArgumentException(
          "limit", "LIMIT must be a positive number of rows, not " + limit.getAsInt());
    }
    if (offset.isPresent() && (offset.getAsInt() < 0 || offset.getAsInt() > SoqlQuery.MAX_OFFSET)) {
      throw new InvalidArgumentException(
          "offset",
          "NUMBER_OUTSIDE_VALID_RANGE: Maximum SOSL offset allowed is 2000 (got "
              + offset.getAsInt()
              + ")");
    }
  }

  /**
   * An object with the given fields and no other clause.
   *
   * @param object the object
   * @param fields the fields, as dotted paths
   * @return the item
   */
  static SoslReturning of(String object, List<String> fields) {
    List<FieldPath> paths = new ArrayList<>(fields.size());
    for (String field : fields) {
      paths.add(Soql.field(field));
    }
    return new SoslReturning(
        Identifiers.requireApiName(object, "object"),
        paths,
        Optional.empty(),
        List.of(),
        OptionalInt.empty(),
        OptionalInt.empty());
  }

  /**
   * A copy with a WHERE filter.
   *
   * @param condition the filter
   * @return the copy
   */
  public SoslReturning where(Condition condition) {
    InvalidArgumentException.requireNonNull(condition, "where");
    return new SoslReturning(object, fields, Optional.of(condition), orderBy, limit, offset);
  }

  /**
   * A copy with an ORDER BY.
   *
   * @param items field names (ascending), {@link Expression}s or {@link OrderItem}s
   * @return the copy
   */
  public SoslReturning orderBy(Object... items) {
    return new SoslReturning(object, fields, where, SoqlBuilder.orderItems(items), limit, offset);
  }

  /**
   * A copy with a LIMIT.
   *
   * @param rows a positive number of rows
   * @return the copy
   */
  public SoslReturning limit(int rows) {
    return new SoslReturning(object, fields, where, orderBy, OptionalInt.of(rows), offset);
  }

  /**
   * A copy with an OFFSET.
   *
   * @param rows zero to 2,000 rows to skip
   * @return the copy
   */
  public SoslReturning offset(int rows) {
    return new SoslReturning(object, fields, where, orderBy, limit, OptionalInt.of(rows));
  }
}
