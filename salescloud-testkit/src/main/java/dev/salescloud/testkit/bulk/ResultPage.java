package dev.salescloud.testkit.bulk;

import dev.salescloud.model.error.InvalidArgumentException;

/**
 * One page of a query job's results: the CSV (with its own header row), how many rows it holds
 * ({@code Sforce-NumberOfRecords}) and the locator of the next page ({@code Sforce-Locator}, the
 * text {@code null} on the last page).
 *
 * <pre>{@code
 * ResultPage page = jobs.queries().results(jobId, OptionalInt.of(2_000), Optional.empty());
 * response.header("Sforce-Locator", page.locator());
 * }</pre>
 */
public final class ResultPage {
  private final byte[] csv;
  private final int numberOfRecords;
  private final String locator;

  ResultPage(byte[] csv, int numberOfRecords, String locator) {
    this.csv = InvalidArgumentException.requireNonNull(csv, "csv");
    this.numberOfRecords = numberOfRecords;
    this.locator = InvalidArgumentException.requireNonNull(locator, "locator");
  }

  /**
   * The page as CSV, UTF-8, every value quoted.
   *
   * @return a copy of the bytes
   */
  public byte[] csv() {
    return csv.clone();
  }

  /**
   * The rows on this page, the value of {@code Sforce-NumberOfRecords}.
   *
   * @return the row count
   */
  public int numberOfRecords() {
    return numberOfRecords;
  }

  /**
   * The locator of the next page, the value of {@code Sforce-Locator}: letters and digits, or
   * the text {@code null} on the last page.
   *
   * @return the locator
   */
  public String locator() {
    return locator;
  }

  /** Shows the row count and the locator; never values. */
  @Override
  public String toString() {
    return "ResultPage{" + numberOfRecords + " rows, next=" + locator + "}";
  }
}
