package dev.salescloud.testkit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.salescloud.model.report.DataCell;
import dev.salescloud.model.report.GroupingInfo;
import dev.salescloud.testkit.schema.FiscalCalendar;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The group a record falls into at one grouping level: the grouping's value ({@code
 * "2026-05-01"} for the May 2026 group of a month grouping, the id of a lookup), its label and
 * where it sorts (a picklist by its values' order, anything else by value; the empty group first).
 */
record GroupValue(
    String identity, JsonNode value, String label, int rank, BigDecimal number, String sortText) {
  /** Ascending order of groups. */
  static final Comparator<GroupValue> ORDER =
      Comparator.comparing((GroupValue g) -> g.value.isNull() ? 0 : 1)
          .thenComparingInt(GroupValue::rank)
          .thenComparing(g -> g.number, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(GroupValue::sortText)
          .thenComparing(GroupValue::identity);

  /** The group of a record for one grouping. */
  static GroupValue of(
      ReportColumn column, GroupingInfo grouping, ObjectNode record, List<String> picklist,
      FiscalCalendar fiscal) {
    JsonNode raw = CellValues.value(column, record);
    if (raw == null) {
      return new GroupValue("", NullNode.getInstance(), DataCell.EMPTY_LABEL, 0, null, "");
    }
    if (column.isDate()) {
      LocalDate day = LocalDate.parse(raw.asText().substring(0, 10));
      return ofDate(day, grouping.dateGranularity().orElse(GroupingInfo.DateGranularity.DAY), fiscal);
    }
    DataCell cell = CellValues.cell(column, record);
    int rank = picklist.indexOf(raw.asText());
    BigDecimal number = raw.isNumber() ? raw.decimalValue() : null;
    return new GroupValue(raw.asText(), raw, cell.label(), rank < 0 ? picklist.size() : rank, number,
        cell.label().toLowerCase(Locale.ROOT));
  }

  private static GroupValue ofDate(LocalDate day, String granularity, FiscalCalendar fiscal) {
    LocalDate start;
    String label;
    switch (granularity) {
      case GroupingInfo.DateGranularity.WEEK:
        start = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        label = CellValues.date(start);
        break;
      case GroupingInfo.DateGranularity.MONTH:
        start = day.withDayOfMonth(1);
        label = start.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + start.getYear();
        break;
      case GroupingInfo.DateGranularity.QUARTER:
        start = day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        label = "Q" + ((start.getMonthValue() - 1) / 3 + 1) + "-" + start.getYear();
        break;
      case GroupingInfo.DateGranularity.YEAR:
        start = day.withDayOfYear(1);
        label = Integer.toString(start.getYear());
        break;
      case GroupingInfo.DateGranularity.FISCAL_QUARTER: {
        start = fiscal.quarterStart(day);
        Month first = fiscal.yearStart(day).getMonth();
        int quarter = Math.floorMod(start.getMonthValue() - first.getValue(), 12) / 3 + 1;
        label = "Q" + quarter + "-" + fiscal.yearName(day);
        break;
      }
      case GroupingInfo.DateGranularity.FISCAL_YEAR:
        start = fiscal.yearStart(day);
        label = "FY" + fiscal.yearName(day);
        break;
      default:
        start = day;
        label = CellValues.date(day);
        break;
    }
    String iso = start.toString();
    return new GroupValue(iso, TextNode.valueOf(iso), label, 0, null, iso);
  }
}
