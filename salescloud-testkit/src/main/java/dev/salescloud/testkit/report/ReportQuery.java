package dev.salescloud.testkit.report;

import dev.salescloud.client.soql.Condition;
import dev.salescloud.client.soql.DateLiteral;
import dev.salescloud.client.soql.FieldPath;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.client.soql.SoqlBuilder;
import dev.salescloud.client.soql.SoqlQuery;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.report.GroupingInfo;
import dev.salescloud.model.report.ReportFilter;
import dev.salescloud.model.report.ReportMetadata;
import dev.salescloud.model.report.SortColumn;
import dev.salescloud.model.report.StandardDateFilter;
import dev.salescloud.testkit.schema.SalesforceFault;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a report definition against its report type and turns its filters into the SOQL query
 * whose records the report summarises. Refusals are the Reports API's 400 {@code BAD_REQUEST}.
 */
final class ReportQuery {
  /** The most filters a run takes. */
  static final int MAX_FILTERS = 20;

  private static final Set<String> OPERATORS = Set.of("equals", "notEqual", "lessThan",
      "greaterThan", "lessOrEqual", "greaterOrEqual", "contains", "notContain", "startsWith",
      "includes", "excludes", "within");
  private static final Pattern AGGREGATE = Pattern.compile("([samxu])!(.+)");
  private static final Pattern RELATIVE = Pattern.compile("([A-Z_]+?)(?::(\\d{1,6}))?");
  private static final Set<String> GRANULARITIES = Set.of("None", "Day", "Week", "Month",
      "Quarter", "Year", "FiscalQuarter", "FiscalYear");

  private final ReportKind kind;
  private final ReportMetadata metadata;

  ReportQuery(ReportKind kind, ReportMetadata metadata) {
    this.kind = kind;
    this.metadata = metadata;
  }

  /** The filter operators a column takes. */
  static List<String> operatorsFor(ReportColumn column) {
    if (column.isNumeric() || column.isDate()) {
      return List.of("equals", "notEqual", "lessThan", "greaterThan", "lessOrEqual", "greaterOrEqual");
    }
    if (column.dataType().equals("boolean")) {
      return List.of("equals", "notEqual");
    }
    return List.of("equals", "notEqual", "lessThan", "greaterThan", "lessOrEqual", "greaterOrEqual",
        "contains", "notContain", "startsWith");
  }

  /** Refuses a definition the report type cannot run; returns the format it runs as. */
  String check() {
    String format = metadata.reportFormat().orElse(ReportMetadata.Format.TABULAR);
    int down = metadata.groupingsDown().size();
    int across = metadata.groupingsAcross().size();
    switch (format) {
      case ReportMetadata.Format.TABULAR:
        require(down == 0 && across == 0, "A tabular report can't have groupings.");
        break;
      case ReportMetadata.Format.SUMMARY:
        require(down >= 1 && down <= 3 && across == 0,
            "A summary report needs 1 to 3 row groupings and no column groupings.");
        break;
      case ReportMetadata.Format.MATRIX:
        require(down >= 1 && down <= 2 && across >= 1 && across <= 2,
            "A matrix report needs 1 or 2 row groupings and 1 or 2 column groupings.");
        break;
      default:
        throw RunRefusal.badRequest("The report format " + format + " isn't supported by this org.");
    }
    metadata.detailColumns().forEach(this::column);
    for (GroupingInfo g : concat(metadata.groupingsDown(), metadata.groupingsAcross())) {
      ReportColumn column = column(g.name());
      String granularity = g.dateGranularity().orElse("None");
      require(GRANULARITIES.contains(granularity),
          "The date granularity " + granularity + " of the grouping " + g.name() + " is invalid.");
      require(granularity.equals("None") || column.isDate(),
          "The grouping " + g.name() + " can't have a date granularity because it is not a date column.");
    }
    metadata.aggregates().forEach(this::aggregateColumn);
    require(metadata.reportFilters().size() <= MAX_FILTERS,
        "A report can have at most " + MAX_FILTERS + " filters, not " + metadata.reportFilters().size() + ".");
    require(metadata.sortBy().isEmpty() || !format.equals(ReportMetadata.Format.MATRIX),
        "Column sorting isn't supported for matrix reports.");
    require(metadata.sortBy().size() <= 1, "A report can only be sorted by one column.");
    for (SortColumn sort : metadata.sortBy()) {
      require(metadata.detailColumns().contains(sort.sortColumn()),
          "The sort column name must be from a selected column.");
    }
    return format;
  }

  /** The column an aggregate summarises; empty for {@code RowCount}. */
  Optional<ReportColumn> aggregateColumn(String aggregate) {
    if (aggregate.equals("RowCount")) {
      return Optional.empty();
    }
    Matcher m = AGGREGATE.matcher(aggregate);
    require(m.matches(), "The aggregate " + aggregate + " is invalid: use RowCount or a summary such"
        + " as s!AMOUNT (s sum, a average, m smallest, x largest, u unique count).");
    ReportColumn column = column(m.group(2));
    require(m.group(1).equals("u") || column.isNumeric(),
        "The aggregate " + aggregate + " is invalid: " + column.name() + " is not a number column.");
    return Optional.of(column);
  }

  /** A column of the report type, or the 400 naming it. */
  ReportColumn column(String name) {
    return kind.column(name).orElseThrow(() -> RunRefusal.badRequest(
        "The column " + name + " is not valid for the report type " + kind.reportType().type()
            + ". Valid columns: " + kind.columnNames() + "."));
  }

  /** The query for the report's records: every field it shows, groups or sums, filtered. */
  SoqlQuery query() {
    Set<String> fields = new LinkedHashSet<>(List.of("Id"));
    for (ReportColumn c : kind.columns()) {
      fields.add(c.valueField());
      fields.add(c.labelField());
    }
    SoqlBuilder query = Soql.select(fields.toArray()).from(kind.sobjectType());
    List<Condition> where = new ArrayList<>();
    if (!metadata.reportFilters().isEmpty()) {
      List<Condition> filters = new ArrayList<>();
      for (ReportFilter f : metadata.reportFilters()) {
        filters.add(condition(f));
      }
      String logic = metadata.reportBooleanFilter().filter(l -> !l.isBlank()).orElse(null);
      where.add(logic == null
          ? (filters.size() == 1 ? filters.get(0) : Soql.and(filters.toArray(Condition[]::new)))
          : FilterLogic.combine(logic, filters));
    }
    metadata.standardDateFilter().flatMap(this::dateCondition).ifPresent(where::add);
    if (!where.isEmpty()) {
      query = query.where(where.size() == 1 ? where.get(0) : Soql.and(where.toArray(Condition[]::new)));
    }
    List<Object> order = new ArrayList<>();
    for (SortColumn sort : metadata.sortBy()) {
      FieldPath field = Soql.field(column(sort.sortColumn()).labelField());
      order.add(sort.sortOrder().filter("Desc"::equalsIgnoreCase).isPresent() ? field.desc() : field.asc());
    }
    order.add(Soql.field("Id").asc());
    return query.orderBy(order.toArray()).build();
  }

  private Condition condition(ReportFilter filter) {
    ReportColumn column = column(filter.column());
    String operator = filter.operator();
    require(OPERATORS.contains(operator), "The filter operator " + operator + " is invalid. Use one of"
        + " equals, notEqual, lessThan, greaterThan, lessOrEqual, greaterOrEqual, contains,"
        + " notContain, startsWith, includes, excludes, within.");
    boolean multi = column.dataType().equals("multipicklist");
    require(!operator.equals("within") && (multi || !operator.endsWith("cludes")),
        "The filter operator " + operator + " isn't valid for the column " + column.name()
            + " of type " + column.dataType() + ".");
    FieldPath field = Soql.field(column.filterField());
    String text = filter.value().orElse("");
    List<String> values = new ArrayList<>();
    for (String v : text.split(",", -1)) {
      values.add(v.trim());
    }
    switch (operator) {
      case "equals":
        return text.isEmpty() ? field.isNull() : anyOf(field, values, column, false);
      case "notEqual":
        return text.isEmpty() ? field.isNotNull() : anyOf(field, values, column, true);
      case "lessThan":
        return field.lt(literal(column, text));
      case "greaterThan":
        return field.gt(literal(column, text));
      case "lessOrEqual":
        return field.le(literal(column, text));
      case "greaterOrEqual":
        return field.ge(literal(column, text));
      case "contains":
        return or(values.stream().map(field::contains).toList());
      case "notContain":
        return Soql.not(or(values.stream().map(field::contains).toList()));
      case "startsWith":
        return or(values.stream().map(field::startsWith).toList());
      case "includes":
        return field.includes(values);
      default:
        return field.excludes(values);
    }
  }

  private Condition anyOf(FieldPath field, List<String> values, ReportColumn column, boolean negate) {
    List<Object> literals = new ArrayList<>();
    for (String v : values) {
      literals.add(literal(column, v));
    }
    if (literals.size() == 1) {
      return negate ? field.ne(literals.get(0)) : field.eq(literals.get(0));
    }
    return negate ? field.notIn(literals) : field.in(literals);
  }

  private static Condition or(List<Condition> conditions) {
    return conditions.size() == 1 ? conditions.get(0) : Soql.or(conditions.toArray(Condition[]::new));
  }

  /** A filter value as the literal of its column's type. */
  private Object literal(ReportColumn column, String value) {
    try {
      if (column.isNumeric()) {
        return new BigDecimal(value.replace(",", ""));
      }
      if (column.dataType().equals("boolean")) {
        require(value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
            || value.equals("1") || value.equals("0"), "");
        return value.equalsIgnoreCase("true") || value.equals("1");
      }
      if (column.isDate()) {
        return relative(value).map(Object.class::cast).orElseGet(() -> dateLiteral(column, LocalDate.parse(value)));
      }
      return value;
    } catch (NumberFormatException | DateTimeParseException | SalesforceFault e) {
      throw RunRefusal.badRequest("The filter value " + value + " isn't valid for the column "
          + column.name() + " of type " + column.dataType() + ".");
    }
  }

  private static Object dateLiteral(ReportColumn column, LocalDate day) {
    return column.dataType().equals("datetime") ? day.atStartOfDay().atOffset(ZoneOffset.UTC) : day;
  }

  private static Optional<DateLiteral> relative(String value) {
    Matcher m = RELATIVE.matcher(value.toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return DateLiteral.Kind.byName(m.group(1)).map(k -> m.group(2) == null
          ? DateLiteral.of(k) : DateLiteral.of(k, Integer.parseInt(m.group(2))));
    } catch (InvalidArgumentException e) {
      return Optional.empty();
    }
  }

  private Optional<Condition> dateCondition(StandardDateFilter filter) {
    ReportColumn column = kind.column(filter.column()).orElseThrow(() -> RunRefusal.badRequest(
        "The column " + filter.column() + " specified for the standard date filter is invalid."));
    require(column.isDate(), "The column " + filter.column()
        + " cannot be a standard date filter because it is not a date column.");
    FieldPath field = Soql.field(column.valueField());
    String duration = filter.durationValue().orElse(StandardDateFilter.CUSTOM);
    if (!duration.equalsIgnoreCase(StandardDateFilter.CUSTOM)) {
      DateLiteral range = relative(duration).orElseThrow(() -> RunRefusal.badRequest(
          "The duration " + duration + " specified for the standard date filter is invalid."));
      return Optional.of(field.eq(range));
    }
    List<Condition> bounds = new ArrayList<>();
    filter.startDate().ifPresent(d -> bounds.add(field.ge(dateLiteral(column, d))));
    filter.endDate().ifPresent(d -> bounds.add(column.dataType().equals("datetime")
        ? field.lt(dateLiteral(column, d.plusDays(1))) : field.le(d)));
    return bounds.isEmpty() ? Optional.empty()
        : Optional.of(bounds.size() == 1 ? bounds.get(0) : Soql.and(bounds.toArray(Condition[]::new)));
  }

  private static List<GroupingInfo> concat(List<GroupingInfo> a, List<GroupingInfo> b) {
    List<GroupingInfo> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw RunRefusal.badRequest(message);
    }
  }
}
