package dev.salescloud.client.report;

import dev.salescloud.model.error.InvalidArgumentException;

/**
 * The operators of a report's run-time filters, as the Reports and Dashboards REST API names them.
 *
 * <pre>{@code
 * ReportRun run = ReportRun.withDetails()
 *     .filter("AMOUNT", FilterOperator.GREATER_THAN, "100000")
 *     .filter("STAGE_NAME", FilterOperator.EQUALS, "Prospecting,Qualification")
 *     .build();
 * }</pre>
 */
public enum FilterOperator {
  /** Equal to one of the comma-separated values; an empty value means the field is blank. */
  EQUALS("equals"),
  /** Equal to none of the comma-separated values; an empty value means the field is not blank. */
  NOT_EQUAL("notEqual"),
  /** Less than the value. */
  LESS_THAN("lessThan"),
  /** Greater than the value. */
  GREATER_THAN("greaterThan"),
  /** Less than or equal to the value. */
  LESS_OR_EQUAL("lessOrEqual"),
  /** Greater than or equal to the value. */
  GREATER_OR_EQUAL("greaterOrEqual"),
  /** Contains one of the comma-separated texts. */
  CONTAINS("contains"),
  /** Contains none of the comma-separated texts. */
  NOT_CONTAIN("notContain"),
  /** Starts with one of the comma-separated texts. */
  STARTS_WITH("startsWith"),
  /** A multi-select picklist includes one of the values. */
  INCLUDES("includes"),
  /** A multi-select picklist includes none of the values. */
  EXCLUDES("excludes"),
  /** A location lies within a distance. */
  WITHIN("within");

  private final String apiName;

  FilterOperator(String apiName) {
    this.apiName = apiName;
  }

  /**
   * The operator as the API writes it.
   *
   * @return for example {@code "greaterThan"}
   */
  public String apiName() {
    return apiName;
  }

  /**
   * The operator with an API name.
   *
   * @param apiName for example {@code "greaterThan"}, any case
   * @return the operator
   * @throws InvalidArgumentException if no operator has that name; the message lists them
   */
  public static FilterOperator of(String apiName) {
    InvalidArgumentException.requireNonNull(apiName, "operator");
    for (FilterOperator op : values()) {
      if (op.apiName.equalsIgnoreCase(apiName.trim())) {
        return op;
      }
    }
    StringBuilder names = new StringBuilder();
    for (FilterOperator op : values()) {
      names.append(names.length() == 0 ? "" : ", ").append(op.apiName);
    }
    throw new InvalidArgumentException("operator", "'" + apiName + "' is not a report filter"
        + " operator; use one of " + names);
  }

  /** Returns the API name. */
  @Override
  public String toString() {
    return apiName;
  }
}
