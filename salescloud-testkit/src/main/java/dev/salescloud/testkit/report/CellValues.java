package dev.salescloud.testkit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.report.DataCell;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Reads a column's value from a record the SOQL engine returned and shapes it as the Reports API
 * does: a cell {@code {label, value}} where currency is {@code {"amount":n,"currency":null}},
 * dates are ISO text labelled {@code M/d/yyyy}, lookups are ids labelled by name, and an empty
 * value is {@code {"label":"-","value":null}}. Labels are those of an {@code en_US} user in USD.
 */
final class CellValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter DATE_LABEL = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
  private static final DateTimeFormatter DATETIME_LABEL =
      DateTimeFormatter.ofPattern("M/d/yyyy h:mm a", Locale.US);
  private static final DateTimeFormatter DATETIME_READ =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private CellValues() {}

  /** The value of a field path such as {@code Account.Name}, or null when absent or null. */
  static JsonNode read(ObjectNode record, String path) {
    JsonNode node = record;
    for (String part : path.split("\\.")) {
      node = node == null || !node.isObject() ? null : node.get(part);
    }
    return node == null || node.isNull() || node.isMissingNode() ? null : node;
  }

  /** The column's raw value: the id of a lookup, the number of a currency, the text of a date. */
  static JsonNode value(ReportColumn column, ObjectNode record) {
    return read(record, column.valueField());
  }

  /** The number of a numeric column, or null. */
  static BigDecimal number(ReportColumn column, ObjectNode record) {
    JsonNode v = value(column, record);
    return v != null && v.isNumber() ? v.decimalValue() : null;
  }

  /** The detail-row cell of a column. */
  static DataCell cell(ReportColumn column, ObjectNode record) {
    JsonNode value = value(column, record);
    if (value == null) {
      return DataCell.empty();
    }
    if (column.isLookup()) {
      JsonNode name = read(record, column.labelField());
      return DataCell.of(name == null ? value.asText() : name.asText(), value);
    }
    switch (column.dataType()) {
      case "currency": {
        ObjectNode amount = NODES.objectNode();
        amount.set("amount", NODES.numberNode(value.decimalValue()));
        amount.set("currency", NullNode.getInstance());
        return DataCell.of(currency(value.decimalValue()), amount);
      }
      case "percent":
        return DataCell.of(percent(value.decimalValue()), value);
      case "int":
      case "double":
        return DataCell.of(number(value.decimalValue()), value);
      case "date":
        return DataCell.of(LocalDate.parse(value.asText()).format(DATE_LABEL), value);
      case "datetime":
        return DataCell.of(dateTime(value.asText()), value);
      default:
        return DataCell.of(value.asText(), value);
    }
  }

  /** A label for a number of the column's type, as aggregates show it. */
  static String label(String dataType, BigDecimal n) {
    switch (dataType) {
      case "currency":
        return currency(n);
      case "percent":
        return percent(n);
      default:
        return number(n);
    }
  }

  static String currency(BigDecimal n) {
    String digits = format("#,##0.00", n.abs().setScale(2, RoundingMode.HALF_UP));
    return (n.signum() < 0 ? "-$" : "$") + digits;
  }

  static String percent(BigDecimal n) {
    return format("#,##0.##", n) + "%";
  }

  static String number(BigDecimal n) {
    return format("#,##0.##", n);
  }

  static String date(LocalDate day) {
    return day.format(DATE_LABEL);
  }

  private static String dateTime(String text) {
    try {
      return OffsetDateTime.parse(text, DATETIME_READ).format(DATETIME_LABEL);
    } catch (java.time.format.DateTimeParseException e) {
      return text;
    }
  }

  private static String format(String pattern, BigDecimal n) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US)).format(n);
  }
}
