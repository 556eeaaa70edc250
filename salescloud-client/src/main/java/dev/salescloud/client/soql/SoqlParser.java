package dev.salescloud.client.soql;

/**
 * Reads raw SOQL into a {@link SoqlQuery}, the same tree the builder makes.
 *
 * <p>The client parses every raw query before sending it, so a malformed query fails fast with the
 * position Salesforce would report, and callers can ask what a query touches ({@link
 * SoqlQuery#objects()}, {@link SoqlQuery#fields()}, {@link SoqlQuery#limit()}). Only SELECT
 * statements parse.
 *
 * <pre>{@code
 * SoqlQuery q = SoqlParser.parse("SELECT Id, Name FROM Account WHERE Industry = 'Energy' LIMIT 10");
 * q.limit();                    // OptionalInt[10]
 *
 * SoqlParser.parse("SELECT Id FORM Account");
 * // SoqlSyntaxException: errorCode MALFORMED_QUERY, row 1, column 11, token FORM
 * //   unexpected token: 'FORM'
 * }</pre>
 *
 * <h2>Raw SOQL is plain text</h2>
 *
 * <p><b>Never build the string by concatenating values</b>: a value holding a quote changes the
 * query (SOQL injection). Parsing checks the syntax, not the intent. Build queries with values
 * through {@link Soql}, whose literals are always escaped.
 *
 * <p>Thread-safe: parsing keeps no state between calls.
 */
public final class SoqlParser {
  private SoqlParser() {}

  /**
   * Parses a SOQL query.
   *
   * @param soql the query, at most 100,000 characters; keywords in any case
   * @return the syntax tree
   * @throws SoqlSyntaxException with {@code MALFORMED_QUERY} for a syntax error, or {@code
   *     NUMBER_OUTSIDE_VALID_RANGE} for an OFFSET above 2,000
   * @throws dev.salescloud.model.error.InvalidArgumentException if {@code soql} is null
   */
  @PlainSoql
  public static SoqlQuery parse(String soql) {
    return SoqlGrammar.parseQuery(soql);
  }
}
