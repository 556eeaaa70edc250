package dev.salescloud.client.imports;

import dev.salescloud.model.error.InvalidArgumentException;

/**
 * How an import chooses and uses its path: up to {@link #bulkThreshold()} records go through sObject
 * Collections (200 per call, {@link #parallelism()} calls at a time), more through Bulk API 2.0.
 * Immutable.
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.builder().bulkThreshold(5_000).parallelism(3).build();
 * }</pre>
 */
public final class ImportOptions {
  /** The default threshold: inputs larger than this many records go through Bulk API 2.0. */
  public static final int DEFAULT_BULK_THRESHOLD = 2_000;
  /** The most sObject Collections calls an import runs at once, well within Salesforce's limits. */
  public static final int MAX_PARALLELISM = 5;

  private static final ImportOptions DEFAULTS = builder().build();

  private final int bulkThreshold;
  private final int parallelism;
  private final ImportListener listener;

  private ImportOptions(Builder b) {
    this.bulkThreshold = b.bulkThreshold;
    this.parallelism = b.parallelism;
    this.listener = b.listener;
  }

  /**
   * The defaults: threshold 2,000, one call at a time, no listener.
   *
   * @return the default options
   */
  public static ImportOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Inputs of more records than this go through Bulk API 2.0.
   *
   * @return the threshold
   */
  public int bulkThreshold() {
    return bulkThreshold;
  }

  /**
   * How many sObject Collections calls run at once.
   *
   * @return 1 to {@value #MAX_PARALLELISM}
   */
  public int parallelism() {
    return parallelism;
  }

  /**
   * Who hears the progress.
   *
   * @return the listener; {@link ImportListener#NONE} unless set
   */
  public ImportListener listener() {
    return listener;
  }

  /** Shows the threshold and parallelism. */
  @Override
  public String toString() {
    return "ImportOptions{bulkThreshold=" + bulkThreshold + ", parallelism=" + parallelism + "}";
  }

  /** Builds {@link ImportOptions}. */
  public static final class Builder {
    private int bulkThreshold = DEFAULT_BULK_THRESHOLD;
    private int parallelism = 1;
    private ImportListener listener = ImportListener.NONE;

    private Builder() {}

    /**
     * Sets the size above which Bulk API 2.0 is used.
     *
     * @param records at least 0; 0 sends everything through Bulk API 2.0
     * @return this builder
     */
    public Builder bulkThreshold(int records) {
      if (records < 0) {
        throw new InvalidArgumentException("bulkThreshold", "bulkThreshold must be 0 or more, not " + records);
      }
      this.bulkThreshold = records;
      return this;
    }

    /**
     * Sets how many sObject Collections calls run at once.
     *
     * @param calls 1 to {@value #MAX_PARALLELISM}
     * @return this builder
     */
    public Builder parallelism(int calls) {
      if (calls < 1 || calls > MAX_PARALLELISM) {
        throw new InvalidArgumentException(
            "parallelism", "parallelism must be between 1 and " + MAX_PARALLELISM + ", not " + calls);
      }
      this.parallelism = calls;
      return this;
    }

    /**
     * Sets who hears the progress.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ImportListener listener) {
      this.listener = InvalidArgumentException.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * The options.
     *
     * @return the options
     */
    public ImportOptions build() {
      return new ImportOptions(this);
    }
  }
}
