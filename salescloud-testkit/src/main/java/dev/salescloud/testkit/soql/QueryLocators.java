package dev.salescloud.testkit.soql;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The open query cursors of a fake org: each holds a snapshot of one result, so later pages show
 * the rows as they were when the query ran, as Salesforce's locators do.
 *
 * <pre>{@code
 * String locator = locators.open(result.records());   // "0r85g0000000001AAA"
 * locators.records(locator).orElseThrow().subList(2000, 4000);
 * }</pre>
 *
 * <p>Locators look like Salesforce's: 18 characters with the prefix {@code 0r8}. The newest
 * {@value #CAPACITY} stay open; older ones are closed. It is safe to use from several threads.
 */
public final class QueryLocators {
  /** How many cursors stay open; opening another closes the oldest. */
  public static final int CAPACITY = 1_000;

  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private final Map<String, List<ObjectNode>> open =
      new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<ObjectNode>> eldest) {
          return size() > CAPACITY;
        }
      };
  private long counter;

  /** Creates a store with no open cursors. */
  public QueryLocators() {}

  /**
   * Opens a cursor over a snapshot of records.
   *
   * @param records the whole result, in order
   * @return the new locator
   */
  public synchronized String open(List<ObjectNode> records) {
    InvalidArgumentException.requireNonNull(records, "records");
    StringBuilder digits = new StringBuilder();
    for (long v = ++counter; v > 0; v /= 62) {
      digits.insert(0, BASE62.charAt((int) (v % 62)));
    }
    while (digits.length() < 10) {
      digits.insert(0, '0');
    }
    String locator = SalesforceId.of("0r85g" + digits).value();
    open.put(locator, List.copyOf(records));
    return locator;
  }

  /**
   * The snapshot behind a locator.
   *
   * @param locator a locator from {@link #open(List)}
   * @return the records, or empty for a locator that is unknown or closed
   */
  public synchronized Optional<List<ObjectNode>> records(String locator) {
    InvalidArgumentException.requireNonNull(locator, "locator");
    return Optional.ofNullable(open.get(locator));
  }

  /** Describes this by counts, never by record values. */
  @Override
  public synchronized String toString() {
    return "QueryLocators{" + open.size() + " open}";
  }
}
