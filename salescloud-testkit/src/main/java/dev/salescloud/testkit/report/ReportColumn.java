package dev.salescloud.testkit.report;

import java.util.Set;

/**
 * One column of a report type: its API name, label and report data type, the field its value is
 * read from and the field its label is read from (a lookup's value is the id, its label the name).
 */
record ReportColumn(String name, String label, String dataType, String valueField, String labelField) {
  private static final Set<String> NUMERIC = Set.of("currency", "percent", "double", "int");
  private static final Set<String> DATES = Set.of("date", "datetime");

  /** A column whose value and label are the same field. */
  static ReportColumn of(String name, String label, String dataType, String field) {
    return new ReportColumn(name, label, dataType, field, field);
  }

  /** A name column: the value is the record's id, the label its name. */
  static ReportColumn named(String name, String label, String idField, String nameField) {
    return new ReportColumn(name, label, "string", idField, nameField);
  }

  boolean isNumeric() {
    return NUMERIC.contains(dataType);
  }

  boolean isDate() {
    return DATES.contains(dataType);
  }

  /** Whether the value is an id shown by a name, so that filters compare the name. */
  boolean isLookup() {
    return !valueField.equals(labelField);
  }

  /** The field a filter on this column compares. */
  String filterField() {
    return labelField;
  }
}
