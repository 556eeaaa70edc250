package dev.salescloud.client.soql;

import java.util.Arrays;

/**
 * The entry point for building SOSL searches safely: the search term is escaped, names are
 * validated, and the WHERE clauses of RETURNING are {@link Condition}s with escaped literals.
 *
 * <pre>{@code
 * SoslQuery s = Sosl.find("Acme Inc")
 *     .in(SearchGroup.NAME_FIELDS)
 *     .returning("Lead", "Id", "Name", "Email")
 *     .returning(Sosl.returning("Contact", "Id", "Name")
 *         .where(Soql.field("MailingCity").eq("Oslo"))
 *         .limit(5))
 *     .limit(20)
 *     .build();
 * // FIND {Acme Inc} IN NAME FIELDS RETURNING Lead(Id, Name, Email),
 * //   Contact(Id, Name WHERE MailingCity = 'Oslo' LIMIT 5) LIMIT 20
 * }</pre>
 *
 * <p>{@link #find(String)} escapes every character SOSL reserves ({@code & | ! ( ) { } [ ] ^ " ~ *
 * ? : \ ' + -}), so user input is searched for as typed; {@link #findWithWildcards(String)} keeps
 * {@code *} and {@code ?} as wildcards. Raw SOSL enters only through {@link #raw(String)}.
 */
public final class Sosl {
  private Sosl() {}

  /**
   * Starts a search for the text as given: every reserved character is escaped.
   *
   * @param text the text to search for, such as user input
   * @return the builder
   * @throws dev.salescloud.model.error.InvalidArgumentException if the text is blank
   */
  public static SoslBuilder find(String text) {
    return new SoslBuilder(SearchTerm.literal(text));
  }

  /**
   * Starts a search whose {@code *} (any run of characters) and {@code ?} (one character) are
   * wildcards; every other reserved character is escaped.
   *
   * @param text the text, such as {@code "Acm*"}
   * @return the builder
   * @throws dev.salescloud.model.error.InvalidArgumentException if the text is blank
   */
  public static SoslBuilder findWithWildcards(String text) {
    return new SoslBuilder(SearchTerm.withWildcards(text));
  }

  /**
   * Starts a search with a prepared term.
   *
   * @param term the term
   * @return the builder
   */
  public static SoslBuilder find(SearchTerm term) {
    return new SoslBuilder(term);
  }

  /**
   * One object of RETURNING with its fields; add {@code where}, {@code orderBy}, {@code limit} or
   * {@code offset} on the result.
   *
   * @param object the object's API name
   * @param fields its fields, as API names or dotted paths
   * @return the RETURNING item
   * @throws dev.salescloud.model.error.InvalidArgumentException if a name is invalid
   */
  public static SoslReturning returning(String object, String... fields) {
    return SoslReturning.of(object, Arrays.asList(fields));
  }

  /**
   * Parses raw SOSL into a search tree.
   *
   * <p><b>Plain SOSL</b>: the text is checked for syntax, not for intent; never concatenate user
   * input into it. Use {@link #find(String)} instead.
   *
   * @param sosl the search text
   * @return the tree
   * @throws SoqlSyntaxException if the text is not valid SOSL
   */
  @PlainSoql
  public static SoslQuery raw(String sosl) {
    return SoslParser.parse(sosl);
  }
}
