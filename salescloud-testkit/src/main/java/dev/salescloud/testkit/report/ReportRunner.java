package dev.salescloud.testkit.report;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.describe.PicklistValue;
import dev.salescloud.model.report.AggregateValue;
import dev.salescloud.model.report.ColumnInfo;
import dev.salescloud.model.report.DataCell;
import dev.salescloud.model.report.DetailRow;
import dev.salescloud.model.report.Fact;
import dev.salescloud.model.report.GroupingInfo;
import dev.salescloud.model.report.GroupingValue;
import dev.salescloud.model.report.Groupings;
import dev.salescloud.model.report.ReportExtendedMetadata;
import dev.salescloud.model.report.ReportMetadata;
import dev.salescloud.model.report.ReportResult;
import dev.salescloud.testkit.schema.FieldSchema;
import dev.salescloud.testkit.schema.FiscalCalendar;
import dev.salescloud.testkit.soql.SoqlEngine;
import dev.salescloud.testkit.store.OrgStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs a report over the org's records: selects them through the SOQL engine with the report's
 * filters, groups them down and across, summarises every group and crossing of groups, and lays
 * the result out as the Reports API's fact map.
 */
final class ReportRunner {
  /** The most detail rows a run returns; past it {@code allData} is false. */
  static final int MAX_DETAIL_ROWS = 2_000;

  private final OrgStore store;
  private final SoqlEngine engine;

  ReportRunner(OrgStore store) {
    this.store = store;
    this.engine = new SoqlEngine(store);
  }

  /** A record with its groups at each level. */
  private record Row(ObjectNode record, List<GroupValue> down, List<GroupValue> across) {}

  /** A group found, with its key, the rows in it and the groups inside it. */
  private record Group(String key, GroupValue value, List<Row> rows, List<Group> children) {}

  ReportResult run(ReportKind kind, ReportMetadata metadata, boolean includeDetails, String base) {
    ReportQuery query = new ReportQuery(kind, metadata);
    String format = query.check();
    List<ObjectNode> records = engine.execute(query.query(), false, base).records();
    FiscalCalendar fiscal = store.schema().fiscalCalendar();
    List<Row> rows = new ArrayList<>();
    for (ObjectNode record : records) {
      rows.add(new Row(record, groups(kind, query, metadata.groupingsDown(), record, fiscal),
          groups(kind, query, metadata.groupingsAcross(), record, fiscal)));
    }
    List<Group> down = group(rows, 0, metadata.groupingsDown(), "", true);
    List<Group> across = group(rows, 0, metadata.groupingsAcross(), "", false);
    List<Group> downKeys = flatten(down);
    List<Group> acrossKeys = flatten(across);
    Group all = new Group(ReportResult.TOTAL, null, rows, down);
    downKeys.add(all);
    acrossKeys.add(new Group(ReportResult.TOTAL, null, rows, across));
    int downDepth = metadata.groupingsDown().size();
    int acrossDepth = metadata.groupingsAcross().size();
    int[] budget = {MAX_DETAIL_ROWS};
    boolean[] cut = {false};
    Map<String, Fact> facts = new LinkedHashMap<>();
    for (Group d : downKeys) {
      for (Group a : acrossKeys) {
        List<Row> in = intersect(d.rows, a.rows);
        boolean leaf = depth(d.key) == downDepth && depth(a.key) == acrossDepth;
        Fact.Builder fact = Fact.builder().aggregates(aggregates(query, metadata.aggregates(), in));
        if (includeDetails && leaf) {
          for (Row r : in) {
            if (budget[0] == 0) {
              cut[0] = true;
              break;
            }
            budget[0]--;
            fact.addRows(detail(query, metadata.detailColumns(), r.record));
          }
        }
        facts.put(d.key + "!" + a.key, fact.build());
      }
    }
    return ReportResult.builder()
        .allData(!cut[0])
        .factMap(facts)
        .groupingsAcross(Groupings.of(values(across)))
        .groupingsDown(Groupings.of(values(down)))
        .hasDetailRows(includeDetails)
        .reportMetadata(metadata.toBuilder().reportFormat(format).build())
        .reportExtendedMetadata(extended(query, metadata))
        .build();
  }

  /** The extended metadata: labels and data types of the aggregates and columns. */
  ReportExtendedMetadata extended(ReportQuery query, ReportMetadata metadata) {
    ReportExtendedMetadata.Builder b = ReportExtendedMetadata.builder();
    for (String aggregate : metadata.aggregates()) {
      Optional<ReportColumn> column = query.aggregateColumn(aggregate);
      b.putAggregateColumnInfo(aggregate, column
          .map(c -> ColumnInfo.of(aggregateLabel(aggregate.charAt(0), c.label()),
              aggregate.charAt(0) == 'u' ? "int" : c.dataType()))
          .orElse(ColumnInfo.of("Record Count", "int")));
    }
    for (String name : metadata.detailColumns()) {
      ReportColumn c = query.column(name);
      b.putDetailColumnInfo(name, ColumnInfo.of(c.label(), c.dataType()));
    }
    int level = 0;
    for (GroupingInfo g : metadata.groupingsDown()) {
      b.putGroupingColumnInfo(g.name(), groupingInfo(query.column(g.name()), level++));
    }
    level = 0;
    for (GroupingInfo g : metadata.groupingsAcross()) {
      b.putGroupingColumnInfo(g.name(), groupingInfo(query.column(g.name()), level++));
    }
    return b.build();
  }

  private static ColumnInfo groupingInfo(ReportColumn c, int level) {
    return ColumnInfo.builder().label(c.label()).dataType(c.dataType())
        .putOtherField("groupingLevel", IntNode.valueOf(level)).build();
  }

  private static String aggregateLabel(char kind, String column) {
    switch (kind) {
      case 's':
        return "Sum of " + column;
      case 'a':
        return "Average " + column;
      case 'm':
        return "Smallest " + column;
      case 'x':
        return "Largest " + column;
      default:
        return "Unique " + column;
    }
  }

  private List<GroupValue> groups(
      ReportKind kind, ReportQuery query, List<GroupingInfo> levels, ObjectNode record,
      FiscalCalendar fiscal) {
    List<GroupValue> values = new ArrayList<>();
    for (GroupingInfo g : levels) {
      ReportColumn column = query.column(g.name());
      values.add(GroupValue.of(column, g, record, picklist(kind, column), fiscal));
    }
    return values;
  }

  private List<String> picklist(ReportKind kind, ReportColumn column) {
    if (!column.dataType().equals("picklist")) {
      return List.of();
    }
    return store.requireObject(kind.sobjectType()).field(column.valueField())
        .map(FieldSchema::picklistValues).orElse(List.of()).stream()
        .map(PicklistValue::value).toList();
  }

  private static List<Group> group(
      List<Row> rows, int level, List<GroupingInfo> levels, String prefix, boolean down) {
    if (level == levels.size()) {
      return List.of();
    }
    boolean descending = levels.get(level).sortOrder().filter(GroupingInfo.SortOrder.DESC::equalsIgnoreCase).isPresent();
    Map<GroupValue, List<Row>> buckets = new TreeMap<>(descending ? GroupValue.ORDER.reversed() : GroupValue.ORDER);
    for (Row r : rows) {
      GroupValue v = (down ? r.down : r.across).get(level);
      buckets.computeIfAbsent(v, k -> new ArrayList<>()).add(r);
    }
    List<Group> groups = new ArrayList<>();
    int i = 0;
    for (Map.Entry<GroupValue, List<Row>> e : buckets.entrySet()) {
      String key = prefix.isEmpty() ? Integer.toString(i) : prefix + "_" + i;
      groups.add(new Group(key, e.getKey(), e.getValue(),
          group(e.getValue(), level + 1, levels, key, down)));
      i++;
    }
    return groups;
  }

  private static List<Group> flatten(List<Group> groups) {
    List<Group> all = new ArrayList<>();
    for (Group g : groups) {
      all.add(g);
      all.addAll(flatten(g.children));
    }
    return all;
  }

  private static List<GroupingValue> values(List<Group> groups) {
    List<GroupingValue> out = new ArrayList<>();
    for (Group g : groups) {
      out.add(GroupingValue.builder().key(g.key).label(g.value.label()).value(g.value.value())
          .groupings(values(g.children)).build());
    }
    return out;
  }

  private static int depth(String key) {
    return key.equals(ReportResult.TOTAL) ? 0 : key.split("_").length;
  }

  private static List<Row> intersect(List<Row> a, List<Row> b) {
    if (a == b) {
      return a;
    }
    Set<Row> inB = Collections.newSetFromMap(new IdentityHashMap<>());
    inB.addAll(b);
    return a.stream().filter(inB::contains).toList();
  }

  private static DetailRow detail(ReportQuery query, List<String> columns, ObjectNode record) {
    List<DataCell> cells = new ArrayList<>();
    for (String name : columns) {
      cells.add(CellValues.cell(query.column(name), record));
    }
    return DetailRow.of(cells);
  }

  private static List<AggregateValue> aggregates(ReportQuery query, List<String> names, List<Row> rows) {
    List<AggregateValue> values = new ArrayList<>();
    for (String name : names) {
      Optional<ReportColumn> column = query.aggregateColumn(name);
      if (column.isEmpty()) {
        values.add(AggregateValue.of(Integer.toString(rows.size()), BigDecimal.valueOf(rows.size())));
        continue;
      }
      values.add(summary(name.charAt(0), column.get(), rows));
    }
    return values;
  }

  private static AggregateValue summary(char kind, ReportColumn column, List<Row> rows) {
    if (kind == 'u') {
      Set<String> distinct = new HashSet<>();
      rows.forEach(r -> Optional.ofNullable(CellValues.value(column, r.record))
          .ifPresent(v -> distinct.add(v.asText())));
      return AggregateValue.of(Integer.toString(distinct.size()), BigDecimal.valueOf(distinct.size()));
    }
    List<BigDecimal> numbers = new ArrayList<>();
    for (Row r : rows) {
      BigDecimal n = CellValues.number(column, r.record);
      if (n != null) {
        numbers.add(n);
      }
    }
    BigDecimal sum = numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (kind == 's') {
      return AggregateValue.of(CellValues.label(column.dataType(), sum), sum);
    }
    if (numbers.isEmpty()) {
      return AggregateValue.builder().label(DataCell.EMPTY_LABEL).value(NullNode.getInstance()).build();
    }
    BigDecimal value = kind == 'a'
        ? sum.divide(BigDecimal.valueOf(numbers.size()), 2, RoundingMode.HALF_UP).stripTrailingZeros()
        : kind == 'm' ? numbers.stream().min(BigDecimal::compareTo).orElseThrow()
        : numbers.stream().max(BigDecimal::compareTo).orElseThrow();
    return AggregateValue.of(CellValues.label(column.dataType(), value), value);
  }
}
