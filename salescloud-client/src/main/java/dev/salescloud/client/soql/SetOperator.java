package dev.salescloud.client.soql;

/**
 * The operators that compare with a list of values: {@code IN} and {@code NOT IN} for any field,
 * {@code INCLUDES} and {@code EXCLUDES} for multi-select picklists.
 */
public enum SetOperator {
  /** {@code IN (...)}: equal to one of the values. */
  IN("IN"),
  /** {@code NOT IN (...)}: equal to none of the values. */
  NOT_IN("NOT IN"),
  /**
   * {@code INCLUDES (...)}: the selection holds one of the values; a value {@code 'a;b'} needs
   * both {@code a} and {@code b}.
   */
  INCLUDES("INCLUDES"),
  /** {@code EXCLUDES (...)}: the selection holds none of the values. */
  EXCLUDES("EXCLUDES");

  private final String keyword;

  SetOperator(String keyword) {
    this.keyword = keyword;
  }

  /**
   * The operator as the renderer writes it.
   *
   * @return for example {@code "NOT IN"}
   */
  public String keyword() {
    return keyword;
  }

  /**
   * Whether the operator is for multi-select picklists, whose values must be strings.
   *
   * @return {@code true} for {@link #INCLUDES} and {@link #EXCLUDES}
   */
  public boolean isMultiPicklist() {
    return this == INCLUDES || this == EXCLUDES;
  }
}
