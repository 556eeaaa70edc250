package dev.salescloud.client.soql;

/**
 * Reads raw SOSL into a {@link SoslQuery}, the same tree {@link Sosl} builds. The WHERE clauses of
 * RETURNING are read by the same grammar as SOQL's.
 *
 * <pre>{@code
 * SoslQuery s = SoslParser.parse(
 *     "FIND {Acme} IN ALL FIELDS RETURNING Lead(Id, Name WHERE Status = 'Open'), Contact LIMIT 20");
 *
 * SoslParser.parse("FIND Acme RETURNING Lead");
 * // SoqlSyntaxException: errorCode MALFORMED_SEARCH,
 * //   No search term found. The search term must be enclosed in braces.
 * }</pre>
 *
 * <p>Raw SOSL is plain text: never build it by concatenating user input; use {@link
 * Sosl#find(String)}, which escapes the search term. Thread-safe.
 */
public final class SoslParser {
  private SoslParser() {}

  /**
   * Parses a SOSL search.
   *
   * @param sosl the search, at most 100,000 characters
   * @return the syntax tree
   * @throws SoqlSyntaxException with {@code MALFORMED_SEARCH} for a syntax error (including a
   *     search term without braces), or {@code NUMBER_OUTSIDE_VALID_RANGE} for an OFFSET above
   *     2,000
   * @throws dev.salescloud.model.error.InvalidArgumentException if {@code sosl} is null
   */
  @PlainSoql
  public static SoslQuery parse(String sosl) {
    return SoqlGrammar.parseSearch(sosl);
  }
}
