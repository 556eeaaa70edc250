package dev.salescloud.testkit.soql;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What a query matched: its records, shaped like Salesforce's REST records, and its
 * {@code totalSize}.
 *
 * <p>For {@code SELECT COUNT() ...} the records are empty and the total is the count.
 */
public final class SoqlResult {
  private final List<ObjectNode> records;
  private final int totalSize;

  SoqlResult(List<ObjectNode> records, int totalSize) {
    this.records = List.copyOf(records);
    this.totalSize = totalSize;
  }

  /**
   * The matched records in result order, each starting with its {@code attributes}.
   *
   * @return the records; callers must not change them
   */
  public List<ObjectNode> records() {
    return records;
  }

  /**
   * The number of rows the query matched: the count of {@code COUNT()}, else the number of
   * records.
   *
   * @return the total size
   */
  public int totalSize() {
    return totalSize;
  }

  /** Describes this by counts, never by record values. */
  @Override
  public String toString() {
    return "SoqlResult{" + records.size() + " records, totalSize=" + totalSize + "}";
  }
}
