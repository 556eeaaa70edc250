package dev.salescloud.client.imports;

/**
 * Hears an import's progress: after each sObject Collections call, and after each Bulk API 2.0
 * object's jobs. Called on the thread that finished the part; keep it quick and thread-safe.
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.builder()
 *     .listener(p -> log.info("{}% of {} leads, {} API calls", (int) (p.fraction() * 100), p.total(), p.apiCalls()))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface ImportListener {
  /** A listener that hears nothing. */
  ImportListener NONE = progress -> {};

  /**
   * Hears the progress after a part of the import.
   *
   * @param progress the counts so far
   */
  void onProgress(ImportProgress progress);
}
