package dev.salescloud.client;

import dev.salescloud.model.error.SalesCloudException;

/**
 * A query matched more records than the {@code maxRecords} guard allows. Raised before the
 * records beyond the guard are read, never by silently stopping early.
 */
public class QueryTooLargeException extends SalesCloudException {
  private static final long serialVersionUID = 1L;

  private final long matched;
  private final long maxRecords;

  /**
   * Creates the exception.
   *
   * @param object the queried object
   * @param matched how many records the query matches
   * @param maxRecords the configured guard
   */
  public QueryTooLargeException(String object, long matched, long maxRecords) {
    super(
        "The "
            + object
            + " query matches "
            + matched
            + " records, more than maxRecords ("
            + maxRecords
            + "). Narrow the WHERE clause, add a LIMIT, or raise maxRecords.");
    this.matched = matched;
    this.maxRecords = maxRecords;
  }

  /**
   * How many records the query matches.
   *
   * @return Salesforce's {@code totalSize}
   */
  public long matched() {
    return matched;
  }

  /**
   * The guard that was exceeded.
   *
   * @return the maximum
   */
  public long maxRecords() {
    return maxRecords;
  }
}
