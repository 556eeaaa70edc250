package dev.salescloud.client.soql;

/** Which fields a SOSL search looks in: {@code IN ALL FIELDS}, {@code IN NAME FIELDS}, ... */
public enum SearchGroup {
  /** {@code IN ALL FIELDS}: every searchable field (the default). */
  ALL_FIELDS("ALL FIELDS"),
  /** {@code IN NAME FIELDS}: name fields only. */
  NAME_FIELDS("NAME FIELDS"),
  /** {@code IN EMAIL FIELDS}: email fields only. */
  EMAIL_FIELDS("EMAIL FIELDS"),
  /** {@code IN PHONE FIELDS}: phone fields only. */
  PHONE_FIELDS("PHONE FIELDS"),
  /** {@code IN SIDEBAR FIELDS}: the fields the sidebar search uses. */
  SIDEBAR_FIELDS("SIDEBAR FIELDS");

  private final String soql;

  SearchGroup(String soql) {
    this.soql = soql;
  }

  /**
   * The group as SOSL writes it after {@code IN}.
   *
   * @return for example {@code "NAME FIELDS"}
   */
  public String soql() {
    return soql;
  }
}
