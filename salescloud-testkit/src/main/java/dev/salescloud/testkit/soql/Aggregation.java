package dev.salescloud.testkit.soql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.soql.ComparisonOperator;
import dev.salescloud.client.soql.Condition;
import dev.salescloud.client.soql.Expression;
import dev.salescloud.client.soql.FieldPath;
import dev.salescloud.client.soql.FunctionCall;
import dev.salescloud.client.soql.GroupBy;
import dev.salescloud.client.soql.Literal;
import dev.salescloud.client.soql.OrderItem;
import dev.salescloud.client.soql.SelectItem;
import dev.salescloud.client.soql.SetOperator;
import dev.salescloud.client.soql.SoqlFunction;
import dev.salescloud.testkit.schema.FieldType;
import dev.salescloud.testkit.schema.SalesforceFault;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The aggregate half of a query: groups the matching rows by the GROUP BY fields and computes
 * {@code COUNT}, {@code COUNT_DISTINCT}, {@code SUM}, {@code AVG}, {@code MIN} and {@code MAX}
 * per group into {@code AggregateResult} rows, filtered by HAVING and sorted by ORDER BY.
 */
final class Aggregation {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final SoqlEngine.Run run;
  private final List<SoqlEngine.Resolved> groupBy = new ArrayList<>();

  Aggregation(SoqlEngine.Run run) {
    this.run = run;
  }

  /** A computed value and the type it compares as. */
  private static final class Typed {
    final JsonNode value;
    final FieldType type;

    Typed(JsonNode value, FieldType type) {
      this.value = value;
      this.type = type;
    }
  }

  SoqlResult run() {
    if (run.query.groupBy().isPresent()) {
      GroupBy clause = run.query.groupBy().get();
      if (clause.kind() != GroupBy.Kind.PLAIN) {
        throw SoqlEngine.unsupported("GROUP BY ROLLUP and CUBE");
      }
      for (Expression expression : clause.expressions()) {
        groupBy.add(run.field(expression));
      }
    }
    List<Column> columns = new ArrayList<>();
    for (SelectItem item : run.query.select()) {
      if (item instanceof SelectItem.Field) {
        SelectItem.Field field = (SelectItem.Field) item;
        SoqlEngine.Resolved path = grouped(field.path());
        columns.add(new Column(field.alias().orElse(path.field.name()), field.path()));
      } else if (item instanceof SelectItem.Function) {
        FunctionCall call = ((SelectItem.Function) item).call();
        check(call);
        columns.add(new Column(run.query.aliasOf(call).orElseThrow(), call));
      } else {
        throw SoqlEngine.unsupported("subqueries and TYPEOF in aggregate queries");
      }
    }
    Predicate<List<ObjectNode>> having =
        run.query.having().map(this::compile).orElse(group -> true);
    List<Comparator<List<ObjectNode>>> order = new ArrayList<>();
    for (OrderItem item : run.query.orderBy()) {
      order.add(ordering(item));
    }
    List<List<ObjectNode>> groups = new ArrayList<>();
    for (List<ObjectNode> group : groups(run.matching())) {
      if (having.test(group)) {
        groups.add(group);
      }
    }
    if (!order.isEmpty()) {
      groups.sort(order.stream().reduce(Comparator::thenComparing).orElseThrow());
    }
    int from = Math.min(groups.size(), run.query.offset().orElse(0));
    int to = Math.min(groups.size(), from + run.query.limit().orElse(Integer.MAX_VALUE - from));
    List<ObjectNode> records = new ArrayList<>();
    for (List<ObjectNode> group : groups.subList(from, to)) {
      ObjectNode record = JSON.objectNode();
      record.putObject("attributes").put("type", "AggregateResult");
      for (Column column : columns) {
        record.set(column.name, typed(column.expression, group).value);
      }
      records.add(record);
    }
    return new SoqlResult(records, records.size());
  }

  /** One column of the answer: its key and what it computes. */
  private static final class Column {
    final String name;
    final Expression expression;

    Column(String name, Expression expression) {
      this.name = name;
      this.expression = expression;
    }
  }

  private SoqlEngine.Resolved grouped(FieldPath path) {
    SoqlEngine.Resolved resolved = run.resolve(path);
    for (SoqlEngine.Resolved g : groupBy) {
      if (g.written.equalsIgnoreCase(resolved.written)) {
        return resolved;
      }
    }
    throw SalesforceFault.badRequest(
        "MALFORMED_QUERY", "Field must be grouped or aggregated: " + resolved.written);
  }

  private void check(FunctionCall call) {
    if (call.function().kind() != SoqlFunction.Kind.AGGREGATE
        || call.function() == SoqlFunction.GROUPING
        || call.argument().filter(a -> !(a instanceof FieldPath)).isPresent()) {
      throw SoqlEngine.unsupported(call.function().soqlName() + "(...) and nested functions");
    }
    if (call.argument().isEmpty()) {
      return;
    }
    SoqlEngine.Resolved path = run.resolve((FieldPath) call.argument().get());
    boolean numeric = path.field.type().isNumeric();
    boolean needsNumber =
        call.function() == SoqlFunction.SUM || call.function() == SoqlFunction.AVG;
    if (needsNumber && !numeric) {
      throw SalesforceFault.badRequest(
          "INVALID_FIELD",
          "field " + path.written + " does not support aggregate operator "
              + call.function().soqlName());
    }
  }

  private List<List<ObjectNode>> groups(List<ObjectNode> rows) {
    if (groupBy.isEmpty()) {
      return List.of(rows);
    }
    Map<List<Object>, List<ObjectNode>> groups = new LinkedHashMap<>();
    for (ObjectNode row : rows) {
      Object[] key = new Object[groupBy.size()];
      for (int i = 0; i < key.length; i++) {
        SoqlEngine.Resolved path = groupBy.get(i);
        key[i] = identity(path.field.type(), run.value(row, path));
      }
      groups.computeIfAbsent(Arrays.asList(key), k -> new ArrayList<>()).add(row);
    }
    return new ArrayList<>(groups.values());
  }

  /** A value as groups and COUNT_DISTINCT tell values apart: text ignoring case. */
  private static Object identity(FieldType type, JsonNode value) {
    Comparable<?> key = SoqlEngine.key(type, value);
    if (key instanceof String && !SoqlEngine.isId(type)) {
      return ((String) key).toLowerCase(Locale.ROOT);
    }
    return key instanceof BigDecimal ? ((BigDecimal) key).stripTrailingZeros() : key;
  }

  /** A grouped field or an aggregate function over one group. */
  private Typed typed(Expression expression, List<ObjectNode> group) {
    if (expression instanceof FieldPath) {
      SoqlEngine.Resolved path = grouped((FieldPath) expression);
      JsonNode value = group.isEmpty() ? NullNode.getInstance() : run.value(group.get(0), path);
      return new Typed(value, path.field.type());
    }
    FunctionCall call = (FunctionCall) expression;
    check(call);
    if (call.argument().isEmpty()) {
      return new Typed(IntNode.valueOf(group.size()), FieldType.INTEGER);
    }
    SoqlEngine.Resolved path = run.resolve((FieldPath) call.argument().get());
    FieldType type = path.field.type();
    List<JsonNode> values = new ArrayList<>();
    for (ObjectNode row : group) {
      JsonNode value = run.value(row, path);
      if (!value.isNull()) {
        values.add(value);
      }
    }
    switch (call.function()) {
      case COUNT:
        return new Typed(IntNode.valueOf(values.size()), FieldType.INTEGER);
      case COUNT_DISTINCT:
        Set<Object> distinct = new HashSet<>();
        values.forEach(v -> distinct.add(identity(type, v)));
        return new Typed(IntNode.valueOf(distinct.size()), FieldType.INTEGER);
      case SUM:
      case AVG:
        if (values.isEmpty()) {
          return new Typed(NullNode.getInstance(), FieldType.NUMBER);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode value : values) {
          sum = sum.add(value.decimalValue());
        }
        BigDecimal result =
            call.function() == SoqlFunction.SUM
                ? sum
                : sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64);
        return new Typed(DecimalNode.valueOf(result), FieldType.NUMBER);
      default:
        JsonNode best = NullNode.getInstance();
        boolean max = call.function() == SoqlFunction.MAX;
        for (JsonNode value : values) {
          if (best.isNull()) {
            best = value;
            continue;
          }
          int c = SoqlEngine.order(SoqlEngine.key(type, value), SoqlEngine.key(type, best));
          if (max ? c > 0 : c < 0) {
            best = value;
          }
        }
        return new Typed(best, type);
    }
  }

  private Comparator<List<ObjectNode>> ordering(OrderItem item) {
    Expression expression = item.expression();
    if (expression instanceof FunctionCall) {
      check((FunctionCall) expression);
    } else {
      grouped((FieldPath) expression);
    }
    boolean descending = item.direction() == OrderItem.Direction.DESC;
    boolean nullsFirst = item.effectiveNulls() == OrderItem.Nulls.FIRST;
    return (a, b) -> {
      Typed ta = typed(expression, a);
      Comparable<?> x = SoqlEngine.key(ta.type, ta.value);
      Comparable<?> y = SoqlEngine.key(ta.type, typed(expression, b).value);
      if (x == null || y == null) {
        return x == y ? 0 : (x == null) == nullsFirst ? -1 : 1;
      }
      int c = SoqlEngine.order(x, y);
      return descending ? -c : c;
    };
  }

  /** A HAVING condition as a test of groups. */
  private Predicate<List<ObjectNode>> compile(Condition condition) {
    if (condition instanceof Condition.And || condition instanceof Condition.Or) {
      boolean and = condition instanceof Condition.And;
      List<Predicate<List<ObjectNode>>> operands = new ArrayList<>();
      for (Condition operand :
          and ? ((Condition.And) condition).operands() : ((Condition.Or) condition).operands()) {
        operands.add(compile(operand));
      }
      return and
          ? group -> operands.stream().allMatch(p -> p.test(group))
          : group -> operands.stream().anyMatch(p -> p.test(group));
    }
    if (condition instanceof Condition.Not) {
      return compile(((Condition.Not) condition).operand()).negate();
    }
    if (condition instanceof Condition.Comparison) {
      Condition.Comparison comparison = (Condition.Comparison) condition;
      Expression left = comparison.left();
      FieldType type = typeOf(left);
      Comparable<?> expected = run.literal(left.toString(), type, comparison.right());
      ComparisonOperator operator = comparison.operator();
      return group -> {
        Typed actual = typed(left, group);
        return SoqlEngine.compare(
            operator, SoqlEngine.key(actual.type, actual.value), expected, SoqlEngine.isId(type));
      };
    }
    if (condition instanceof Condition.In
        && !((Condition.In) condition).operator().isMultiPicklist()) {
      Condition.In in = (Condition.In) condition;
      FieldType type = typeOf(in.left());
      List<Comparable<?>> values = new ArrayList<>();
      for (Literal value : in.values()) {
        values.add(run.literal(in.left().toString(), type, value));
      }
      boolean negated = in.operator() == SetOperator.NOT_IN;
      return group -> {
        Typed actual = typed(in.left(), group);
        Comparable<?> key = SoqlEngine.key(actual.type, actual.value);
        boolean found =
            values.stream().anyMatch(
                v -> SoqlEngine.compare(ComparisonOperator.EQUALS, key, v, SoqlEngine.isId(type)));
        return found != negated;
      };
    }
    throw SoqlEngine.unsupported("LIKE, INCLUDES, EXCLUDES and semi-joins in HAVING");
  }

  /** The type a HAVING operand compares as, checked against the query. */
  private FieldType typeOf(Expression expression) {
    if (expression instanceof FieldPath) {
      return grouped((FieldPath) expression).field.type();
    }
    FunctionCall call = (FunctionCall) expression;
    check(call);
    switch (call.function()) {
      case COUNT:
      case COUNT_DISTINCT:
        return FieldType.INTEGER;
      case SUM:
      case AVG:
        return FieldType.NUMBER;
      default:
        return run.resolve((FieldPath) call.argument().get()).field.type();
    }
  }

  /** Describes this by counts, never by record values. */
  @Override
  public String toString() {
    return "Aggregation{" + groupBy.size() + " group fields}";
  }
}
