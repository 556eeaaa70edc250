package dev.salescloud.client.soql;

import dev.salescloud.model.SObjectRecord;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * The clauses of a built SOSL search, in SOSL's order: {@code in}, {@code returning} (repeatable),
 * {@code limit}. Get it from {@link Sosl#find(String)}.
 *
 * <pre>{@code
 * String sosl = Sosl.find(userInput).in(SearchGroup.EMAIL_FIELDS)
 *     .returning("Contact", "Id", "Email").limit(10).toSosl();
 * }</pre>
 *
 * <p>Immutable and thread-safe: every call returns a new builder. A clause out of order, or {@code
 * in} or {@code limit} given twice, fails at once.
 */
public final class SoslBuilder {
  private static final int IN = 1;
  private static final int RETURNING = 2;
  private static final int LIMIT = 3;

  private final ImmutableSoslQuery search;
  private final int last;

  SoslBuilder(SearchTerm term) {
    this((ImmutableSoslQuery) SoslQuery.builder().term(term).build(), 0);
  }

  private SoslBuilder(ImmutableSoslQuery search, int last) {
    this.search = search;
    this.last = last;
  }

  private void next(int clause, String method) {
    if (clause < last || (clause == last && clause != RETURNING)) {
      throw new InvalidArgumentException(
          method,
          method
              + (clause == last ? " was already called" : " comes too late")
              + ": SOSL clauses come in the order FIND, IN, RETURNING, LIMIT");
    }
  }

  /**
   * {@code IN ... FIELDS}: which fields to search.
   *
   * @param group the fields
   * @return the next builder
   */
  public SoslBuilder in(SearchGroup group) {
    InvalidArgumentException.requireNonNull(group, "in");
    next(IN, "in(..)");
    return new SoslBuilder(search.withSearchGroup(group), IN);
  }

  /**
   * Adds an object to RETURNING with its fields: {@code Lead(Id, Name, Email)}.
   *
   * @param object the object's API name
   * @param fields its fields; none for {@code RETURNING Lead} (ids only)
   * @return the next builder
   */
  public SoslBuilder returning(String object, String... fields) {
    return returning(Sosl.returning(object, fields));
  }

  /**
   * Adds a typed record's object to RETURNING: {@code returning(Lead.class, "Id", "Name")} is
   * {@code Lead(Id, Name)}.
   *
   * @param type a typed record class with a {@code SOBJECT_TYPE} constant, e.g. {@code Lead.class}
   * @param fields its fields
   * @return the next builder
   * @throws InvalidArgumentException if the class names no object
   */
  public SoslBuilder returning(Class<? extends SObjectRecord> type, String... fields) {
    InvalidArgumentException.requireNonNull(type, "type");
    String object =
        SObjectRecord.sobjectTypeOf(type)
            .orElseThrow(
                () ->
                    new InvalidArgumentException(
                        "type",
                        type.getSimpleName()
                            + " has no SOBJECT_TYPE constant; pass the object's API name"));
    return returning(object, fields);
  }

  /**
   * Adds an object to RETURNING with its fields.
   *
   * @param object the object's API name
   * @param fields its fields
   * @return the next builder
   */
  public SoslBuilder returning(String object, List<String> fields) {
    InvalidArgumentException.requireNonNull(fields, "fields");
    return returning(SoslReturning.of(object, fields));
  }

  /**
   * Adds an object to RETURNING, with its WHERE, ORDER BY, LIMIT or OFFSET if any.
   *
   * @param returning the item, from {@link Sosl#returning(String, String...)}
   * @return the next builder
   */
  public SoslBuilder returning(SoslReturning returning) {
    InvalidArgumentException.requireNonNull(returning, "returning");
    next(RETURNING, "returning(..)");
    List<SoslReturning> all = new ArrayList<>(search.returning());
    all.add(returning);
    return new SoslBuilder(search.withReturning(all), RETURNING);
  }

  /**
   * {@code LIMIT rows}: the most rows in all.
   *
   * @param rows a positive number
   * @return the next builder
   */
  public SoslBuilder limit(int rows) {
    next(LIMIT, "limit(..)");
    return new SoslBuilder(search.withLimit(rows), LIMIT);
  }

  /**
   * The syntax tree of the search.
   *
   * @return the search
   */
  public SoslQuery build() {
    return search;
  }

  /**
   * Renders the search as SOSL.
   *
   * @return the SOSL text
   */
  public String toSosl() {
    return search.toSosl();
  }

  /** Shows the shape of the search, never its term. */
  @Override
  public String toString() {
    return search.toString();
  }
}
