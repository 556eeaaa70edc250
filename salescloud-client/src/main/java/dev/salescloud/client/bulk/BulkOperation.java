package dev.salescloud.client.bulk;

/** What a Bulk API 2.0 ingest job does with each row of its CSV. */
public enum BulkOperation {
  /** Creates a record per row. */
  INSERT("insert"),
  /** Changes the record whose {@code Id} the row carries. */
  UPDATE("update"),
  /** Creates or changes the record matched by the job's external id field. */
  UPSERT("upsert"),
  /** Moves the record whose {@code Id} the row carries to the recycle bin. */
  DELETE("delete"),
  /** Deletes the record for good; the user needs the "Bulk API Hard Delete" permission. */
  HARD_DELETE("hardDelete");

  private final String wireName;

  BulkOperation(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The name Salesforce uses in the job's {@code operation}.
   *
   * @return for example {@code hardDelete}
   */
  public String wireName() {
    return wireName;
  }
}
