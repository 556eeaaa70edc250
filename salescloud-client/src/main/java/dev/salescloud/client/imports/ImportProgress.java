package dev.salescloud.client.imports;

/**
 * How far an import has come, reported to an {@link ImportListener} after each part: the
 * records done out of the total, how many of them were saved, and the API calls spent so far.
 *
 * @param path the path the import took
 * @param done the records whose outcome is known
 * @param total the records of the import
 * @param saved the records saved so far
 * @param apiCalls the API calls spent so far
 */
public record ImportProgress(ImportPath path, int done, int total, int saved, int apiCalls) {
  /**
   * The share of records done.
   *
   * @return 0.0 to 1.0
   */
  public double fraction() {
    return total == 0 ? 1.0 : (double) done / total;
  }
}
