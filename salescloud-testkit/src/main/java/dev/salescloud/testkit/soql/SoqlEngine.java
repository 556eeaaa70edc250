package dev.salescloud.testkit.soql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.soql.ComparisonOperator;
import dev.salescloud.client.soql.Condition;
import dev.salescloud.client.soql.DateLiteral;
import dev.salescloud.client.soql.Expression;
import dev.salescloud.client.soql.FieldPath;
import dev.salescloud.client.soql.Literal;
import dev.salescloud.client.soql.OrderItem;
import dev.salescloud.client.soql.SelectItem;
import dev.salescloud.client.soql.SetOperator;
import dev.salescloud.client.soql.SoqlQuery;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.testkit.schema.FieldSchema;
import dev.salescloud.testkit.schema.FieldType;
import dev.salescloud.testkit.schema.ObjectSchema;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.store.OrgStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Evaluates parsed SOQL against the records of a fake org, the way Salesforce's query resource
 * does.
 *
 * <pre>{@code
 * SoqlEngine engine = new SoqlEngine(store);
 * SoqlResult result = engine.execute(
 *     SoqlParser.parse("SELECT Id, Account.Name FROM Contact WHERE LastName LIKE 'Ng%'"),
 *     false, "/services/data/v62.0");
 * }</pre>
 *
 * <p>It evaluates SELECT lists of fields and parent paths ({@code Account.Owner.Name}, custom
 * {@code X__r.Name}), child relationship subqueries of the standard objects ({@code Contacts},
 * {@code Opportunities}, {@code ChildAccounts}, {@code Tasks}, {@code Events}, each with its own
 * WHERE, ORDER BY and LIMIT) and {@code COUNT()}; aggregate queries (COUNT, COUNT_DISTINCT, SUM,
 * AVG, MIN, MAX with GROUP BY and HAVING) as {@code AggregateResult} rows; WHERE trees of AND, OR and NOT over {@code = != < <= > >=},
 * {@code LIKE}, {@code IN} and {@code NOT IN} (with value lists or semi-join subqueries), {@code INCLUDES} and {@code EXCLUDES} on multi-select picklists, on text (case-insensitive), numbers, checkboxes,
 * dates, datetimes and ids (15 and 18 characters alike), with {@code null}; ORDER BY on several
 * fields with NULLS FIRST or LAST; LIMIT and OFFSET; date literals ({@code TODAY},
 * {@code LAST_N_DAYS:30}, {@code THIS_QUARTER}, ...) against the org's clock in the running user's
 * time zone, see {@code DateRanges}. A WHERE that pins {@code Id} or a lookup field such as
 * {@code AccountId} with {@code =} or {@code IN} reads the records through the store's indexes
 * instead of scanning. Unknown objects and fields are refused with Salesforce's {@code INVALID_TYPE} and {@code INVALID_FIELD}; parts
 * of the grammar the engine does not evaluate are refused with {@code MALFORMED_QUERY} and a
 * message naming them, never answered wrongly.
 */
public final class SoqlEngine {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final DateTimeFormatter DATETIME_IN = DateTimeFormatter.ofPattern(
      "yyyy-MM-dd'T'HH:mm:ss.SSSxx");

  private final OrgStore store;

  /**
   * Creates an engine over an org's records.
   *
   * @param store the records to query
   */
  public SoqlEngine(OrgStore store) {
    this.store = InvalidArgumentException.requireNonNull(store, "store");
  }

  /**
   * Runs a query over one consistent state of the org.
   *
   * @param query the parsed query
   * @param includeDeleted whether recycle-bin records count, as {@code queryAll} does
   * @param base the version path records' {@code attributes.url} start with, e.g.
   *     {@code /services/data/v62.0}
   * @return every matching record (paging is the caller's business) and the total size
   * @throws SalesforceFault {@code INVALID_TYPE}, {@code INVALID_FIELD},
   *     {@code INVALID_QUERY_FILTER_OPERATOR} or {@code MALFORMED_QUERY}, as Salesforce answers
   */
  public SoqlResult execute(SoqlQuery query, boolean includeDeleted, String base) {
    InvalidArgumentException.requireNonNull(query, "query");
    InvalidArgumentException.requireNonNull(base, "base");
    synchronized (store) {
      return new Run(query, requireObject(query.object()), includeDeleted, base).run();
    }
  }

  /** Describes this by names and counts, never by record values. */
  @Override
  public String toString() {
    return "SoqlEngine{" + store + "}";
  }

  /**
   * Runs a query over the live rows that also pass a test of their own, as SOSL's
   * {@code RETURNING Lead(Name WHERE ... ORDER BY ... LIMIT n)} does with the rows its search
   * term found: the WHERE, ORDER BY, LIMIT and OFFSET are the query's, evaluated as for SOQL.
   *
   * @param query the parsed query, selecting fields only
   * @param base the version path records' {@code attributes.url} start with
   * @param keep the test rows must pass besides the WHERE, given the row as stored
   * @return the matching records, shaped like {@link #execute}'s
   * @throws SalesforceFault {@code INVALID_TYPE}, {@code INVALID_FIELD} or {@code MALFORMED_QUERY}
   *     as {@link #execute} refuses them, even when no row passes
   */
  public SoqlResult execute(SoqlQuery query, String base, Predicate<ObjectNode> keep) {
    InvalidArgumentException.requireNonNull(query, "query");
    InvalidArgumentException.requireNonNull(base, "base");
    InvalidArgumentException.requireNonNull(keep, "keep");
    synchronized (store) {
      Run run = new Run(query, requireObject(query.object()), false, base);
      run.prepare();
      List<ObjectNode> rows = new ArrayList<>();
      for (ObjectNode row : run.matching()) {
        if (keep.test(row)) {
          rows.add(row);
        }
      }
      return run.finish(rows);
    }
  }

  private ObjectSchema requireObject(String name) {
    return store.schema().object(name).orElseThrow(() -> SalesforceFault.badRequest(
        "INVALID_TYPE",
        "sObject type '" + name + "' is not supported. If you are attempting to use a custom"
            + " object, be sure to append the '__c' after the entity name. Please reference your"
            + " WSDL or the describe call for the appropriate names."));
  }

  /**
   * A child relationship subquery such as {@code (SELECT LastName FROM Contacts)}: the children
   * of every parent are read in one pass, then sorted, cut and shaped per parent.
   */
  private final class Children {
    private final String name;
    private final Run run;
    private final List<FieldSchema> lookups = new ArrayList<>();
    private Map<String, List<ObjectNode>> byParent;

    Children(Run parent, SoqlQuery query) {
      String[] relationship = CHILD_RELATIONSHIPS.get(query.object().toLowerCase(Locale.ROOT));
      ObjectSchema child =
          relationship == null ? null : store.schema().object(relationship[1]).orElse(null);
      if (child != null) {
        for (int i = 2; i < relationship.length; i++) {
          child.field(relationship[i])
              .filter(f -> f.referenceTo().stream().anyMatch(parent.root.name()::equalsIgnoreCase))
              .ifPresent(lookups::add);
        }
      }
      if (lookups.isEmpty()) {
        throw SalesforceFault.badRequest(
            "INVALID_TYPE",
            "Didn't understand relationship '" + query.object() + "' in FROM part of query call."
                + " If you are attempting to use a custom relationship, be sure to append the"
                + " '__r' after the custom relationship name. Please reference your WSDL or the"
                + " describe call for the appropriate names.");
      }
      if (query.isAggregate() || query.isCount()) {
        throw unsupported("aggregates in child relationship subqueries");
      }
      this.name = relationship[0];
      this.run = new Run(query, child, parent.includeDeleted, parent.base);
      this.run.prepare();
    }

    /** Adds the parent's children as a nested query result, or null when it has none. */
    void put(ObjectNode record, ObjectNode parentRow) {
      if (byParent == null) {
        byParent = new HashMap<>();
        for (ObjectNode row : run.matching()) {
          for (FieldSchema lookup : lookups) {
            JsonNode id = row.get(lookup.name());
            if (id != null && !id.isNull()) {
              byParent.computeIfAbsent(id.asText(), k -> new ArrayList<>()).add(row);
            }
          }
        }
      }
      SoqlResult children =
          run.finish(byParent.getOrDefault(parentRow.get("Id").asText(), List.of()));
      if (children.records().isEmpty()) {
        record.set(name, NullNode.getInstance());
        return;
      }
      ObjectNode result = record.putObject(name);
      result.put("totalSize", children.totalSize());
      result.put("done", true);
      children.records().forEach(result.putArray("records")::add);
    }
  }

  /** The standard child relationships: name, child object, the child's lookups to the parent. */
  private static final Map<String, String[]> CHILD_RELATIONSHIPS =
      Map.of(
          "contacts", new String[] {"Contacts", "Contact", "AccountId"},
          "opportunities", new String[] {"Opportunities", "Opportunity", "AccountId"},
          "childaccounts", new String[] {"ChildAccounts", "Account", "ParentId"},
          "tasks", new String[] {"Tasks", "Task", "WhatId", "WhoId"},
          "events", new String[] {"Events", "Event", "WhatId", "WhoId"},
          "opportunitylineitems",
          new String[] {"OpportunityLineItems", "OpportunityLineItem", "OpportunityId"},
          "opportunitycontactroles",
          new String[] {"OpportunityContactRoles", "OpportunityContactRole", "OpportunityId",
              "ContactId"});

  static SalesforceFault unsupported(String what) {
    return SalesforceFault.badRequest(
        "MALFORMED_QUERY", "The fake org does not evaluate " + what + " in SOQL queries");
  }

  /** A field path checked against the schema: lookups to follow, then the field read. */
  static final class Resolved {
    final String written;
    final List<FieldSchema> hops;
    final FieldSchema field;

    Resolved(String written, List<FieldSchema> hops, FieldSchema field) {
      this.written = written;
      this.hops = hops;
      this.field = field;
    }
  }

  /** One evaluation of one query. */
  final class Run {
    final SoqlQuery query;
    private final boolean includeDeleted;
    private final String base;
    final ObjectSchema root;
    private final Map<String, Optional<ObjectNode>> parents = new HashMap<>();

    private final List<Object> columns = new ArrayList<>();
    private final List<Comparator<ObjectNode>> order = new ArrayList<>();

    Run(SoqlQuery query, ObjectSchema root, boolean includeDeleted, String base) {
      this.query = query;
      this.includeDeleted = includeDeleted;
      this.base = base;
      this.root = root;
    }

    SoqlResult run() {
      if (query.isAggregate() && !query.isCount()) {
        return new Aggregation(this).run();
      }
      prepare();
      return finish(matching());
    }

    /** Checks the SELECT list and ORDER BY against the schema. */
    private void prepare() {
      if (query.scope().isPresent()) {
        throw unsupported("USING SCOPE");
      }
      if (query.groupBy().isPresent() || query.having().isPresent()) {
        throw unsupported("COUNT() with GROUP BY or HAVING");
      }
      Set<String> selected = new HashSet<>();
      for (SelectItem item : query.select()) {
        if (item instanceof SelectItem.Field) {
          Resolved column = resolve(((SelectItem.Field) item).path());
          if (!selected.add(column.written.toLowerCase(Locale.ROOT))) {
            throw SalesforceFault.badRequest(
                "MALFORMED_QUERY", "duplicate field selected: " + column.written);
          }
          columns.add(column);
        } else if (item instanceof SelectItem.Subquery) {
          columns.add(new Children(this, ((SelectItem.Subquery) item).query()));
        } else if (!query.isCount()) {
          throw unsupported(
              item instanceof SelectItem.Function ? "functions in the SELECT list" : "TYPEOF");
        }
      }
      for (OrderItem item : query.orderBy()) {
        order.add(ordering(item));
      }
    }

    /** Sorts, cuts and shapes the matching rows. */
    private SoqlResult finish(List<ObjectNode> matching) {
      List<ObjectNode> rows = new ArrayList<>(matching);
      if (!order.isEmpty()) {
        rows.sort(order.stream().reduce(Comparator::thenComparing).orElseThrow());
      }
      int from = Math.min(rows.size(), query.offset().orElse(0));
      int to = Math.min(rows.size(), from + query.limit().orElse(Integer.MAX_VALUE - from));
      rows = rows.subList(from, to);
      if (query.isCount()) {
        return new SoqlResult(List.of(), rows.size());
      }
      List<ObjectNode> records = new ArrayList<>();
      for (ObjectNode row : rows) {
        ObjectNode record = shell(root.name(), row);
        for (Object column : columns) {
          if (column instanceof Resolved) {
            put(record, row, (Resolved) column, 0);
          } else {
            ((Children) column).put(record, row);
          }
        }
        records.add(record);
      }
      return new SoqlResult(records, records.size());
    }

    /** The rows the WHERE clause keeps, in creation order. */
    List<ObjectNode> matching() {
      Predicate<ObjectNode> where = query.where().map(this::compile).orElse(row -> true);
      List<ObjectNode> rows = new ArrayList<>();
      for (ObjectNode row : candidates()) {
        if (where.test(row)) {
          rows.add(row);
        }
      }
      return rows;
    }

    private List<ObjectNode> candidates() {
      Optional<Pin> pin = query.where().flatMap(this::pin);
      if (pin.isEmpty()) {
        return store.rows(root.name(), includeDeleted);
      }
      if (!pin.get().field.equalsIgnoreCase("Id")) {
        return store.rowsReferencing(root.name(), pin.get().field, pin.get().ids, includeDeleted);
      }
      List<ObjectNode> rows = new ArrayList<>();
      for (String id : pin.get().ids) {
        store
            .row(SalesforceId.of(id))
            .filter(r -> r.get("Id").asText().startsWith(root.keyPrefix()))
            .filter(r -> includeDeleted || !r.get("IsDeleted").asBoolean())
            .ifPresent(rows::add);
      }
      return rows;
    }

    /**
     * The ids a condition pins {@code Id} or a lookup field of the queried object to ({@code = 'x'}
     * or {@code IN (...)}, alone or in an AND), so the rows come from an index, not a scan.
     */
    private Optional<Pin> pin(Condition condition) {
      if (condition instanceof Condition.And) {
        for (Condition operand : ((Condition.And) condition).operands()) {
          Optional<Pin> pin = pin(operand);
          if (pin.isPresent()) {
            return pin;
          }
        }
        return Optional.empty();
      }
      List<Literal> values;
      Expression left;
      if (condition instanceof Condition.Comparison
          && ((Condition.Comparison) condition).operator() == ComparisonOperator.EQUALS) {
        left = ((Condition.Comparison) condition).left();
        values = List.of(((Condition.Comparison) condition).right());
      } else if (condition instanceof Condition.In
          && ((Condition.In) condition).operator() == SetOperator.IN) {
        left = ((Condition.In) condition).left();
        values = ((Condition.In) condition).values();
      } else {
        return Optional.empty();
      }
      if (!(left instanceof FieldPath)) {
        return Optional.empty();
      }
      List<String> path = local((FieldPath) left);
      boolean indexed = path.size() == 1
          && (path.get(0).equalsIgnoreCase("Id")
              || root.field(path.get(0)).map(f -> f.type() == FieldType.REFERENCE).orElse(false));
      if (!indexed) {
        return Optional.empty();
      }
      TreeSet<String> ids = new TreeSet<>();
      for (Literal value : values) {
        if (!(value instanceof Literal.StringValue)
            || !SalesforceId.isValid(((Literal.StringValue) value).value())) {
          return Optional.empty();
        }
        ids.add(SalesforceId.of(((Literal.StringValue) value).value()).value());
      }
      return Optional.of(new Pin(path.get(0), ids));
    }

    /** The path without a leading object alias ({@code l.Name} in {@code FROM Lead l}). */
    private List<String> local(FieldPath path) {
      List<String> segments = path.segments();
      if (segments.size() > 1
          && query.alias().map(a -> a.equalsIgnoreCase(segments.get(0))).orElse(false)) {
        return segments.subList(1, segments.size());
      }
      return segments;
    }

    Resolved resolve(FieldPath path) {
      List<String> segments = local(path);
      ObjectSchema object = root;
      List<FieldSchema> hops = new ArrayList<>();
      for (String segment : segments.subList(0, segments.size() - 1)) {
        FieldSchema lookup =
            object.fields().stream()
                .filter(f -> f.type() == FieldType.REFERENCE)
                .filter(f -> f.relationshipName().equalsIgnoreCase(segment))
                .findFirst()
                .orElseThrow(() -> SalesforceFault.badRequest(
                    "INVALID_FIELD",
                    "Didn't understand relationship '" + segment + "' in field path. If you are"
                        + " attempting to use a custom relationship, be sure to append the '__r'"
                        + " after the custom relationship name. Please reference your WSDL or the"
                        + " describe call for the appropriate names."));
        hops.add(lookup);
        object = store.schema().object(lookup.referenceTo().get(0)).orElseThrow();
      }
      String name = segments.get(segments.size() - 1);
      ObjectSchema owner = object;
      FieldSchema field =
          owner.field(name).orElseThrow(() -> SalesforceFault.badRequest(
              "INVALID_FIELD",
              "No such column '" + name + "' on entity '" + owner.name() + "'. If you are"
                  + " attempting to use a custom field, be sure to append the '__c' after the"
                  + " custom field name. Please reference your WSDL or the describe call for the"
                  + " appropriate names."));
      return new Resolved(String.join(".", segments), hops, field);
    }

    private Optional<ObjectNode> parent(JsonNode id) {
      if (id == null || id.isNull()) {
        return Optional.empty();
      }
      return parents.computeIfAbsent(id.asText(), k -> store.row(SalesforceId.of(k)));
    }

    /** The value a path reads from a row, or JSON null. */
    JsonNode value(ObjectNode row, Resolved path) {
      ObjectNode current = row;
      for (FieldSchema hop : path.hops) {
        Optional<ObjectNode> next = parent(current.get(hop.name()));
        if (next.isEmpty()) {
          return NullNode.getInstance();
        }
        current = next.get();
      }
      JsonNode value = current.get(path.field.name());
      return value == null ? NullNode.getInstance() : value;
    }

    private ObjectNode shell(String type, ObjectNode row) {
      ObjectNode record = JSON.objectNode();
      ObjectNode attributes = record.putObject("attributes");
      attributes.put("type", type);
      attributes.put("url", base + "/sobjects/" + type + "/" + row.get("Id").asText());
      return record;
    }

    private void put(ObjectNode record, ObjectNode row, Resolved path, int hop) {
      if (hop == path.hops.size()) {
        JsonNode value = row.get(path.field.name());
        record.set(path.field.name(), value == null ? NullNode.getInstance() : value);
        return;
      }
      FieldSchema lookup = path.hops.get(hop);
      String key = lookup.relationshipName();
      Optional<ObjectNode> parent = parent(row.get(lookup.name()));
      if (parent.isEmpty()) {
        record.set(key, NullNode.getInstance());
        return;
      }
      JsonNode nested = record.get(key);
      if (nested == null || !nested.isObject()) {
        String type =
            store.schema()
                .objectWithPrefix(parent.get().get("Id").asText().substring(0, 3))
                .orElseThrow()
                .name();
        nested = shell(type, parent.get());
        record.set(key, nested);
      }
      put((ObjectNode) nested, parent.get(), path, hop + 1);
    }

    /**
     * Checks a condition against the schema and turns it into a test of rows, so a bad field or
     * value is refused even when no row is there to test.
     */
    Predicate<ObjectNode> compile(Condition condition) {
      if (condition instanceof Condition.And || condition instanceof Condition.Or) {
        boolean and = condition instanceof Condition.And;
        List<Predicate<ObjectNode>> operands = new ArrayList<>();
        for (Condition operand :
            and ? ((Condition.And) condition).operands() : ((Condition.Or) condition).operands()) {
          operands.add(compile(operand));
        }
        return and
            ? row -> operands.stream().allMatch(p -> p.test(row))
            : row -> operands.stream().anyMatch(p -> p.test(row));
      }
      if (condition instanceof Condition.Not) {
        return compile(((Condition.Not) condition).operand()).negate();
      }
      if (condition instanceof Condition.Comparison
          && ((Condition.Comparison) condition).right() instanceof DateLiteral) {
        Condition.Comparison comparison = (Condition.Comparison) condition;
        Resolved path = field(comparison.left());
        return within(path, comparison.operator(), (DateLiteral) comparison.right());
      }
      if (condition instanceof Condition.Comparison) {
        Condition.Comparison comparison = (Condition.Comparison) condition;
        Resolved path = field(comparison.left());
        Comparable<?> expected = literal(path.written, path.field.type(), comparison.right());
        ComparisonOperator operator = comparison.operator();
        return row -> compare(operator, key(path.field.type(), value(row, path)), expected, isId(path.field.type()));
      }
      if (condition instanceof Condition.Like) {
        Condition.Like like = (Condition.Like) condition;
        Resolved path = field(like.left());
        if (!path.field.type().isText()) {
          literal(path.written, path.field.type(), Literal.of(like.pattern().pattern()));
        }
        return row -> {
          JsonNode actual = value(row, path);
          return !actual.isNull() && like.pattern().matches(actual.asText());
        };
      }
      if (condition instanceof Condition.In) {
        Condition.In in = (Condition.In) condition;
        if (in.operator().isMultiPicklist()) {
          return MultiPicklists.includes(this, in);
        }
        Resolved path = field(in.left());
        List<Comparable<?>> values = new ArrayList<>();
        for (Literal value : in.values()) {
          values.add(literal(path.written, path.field.type(), value));
        }
        boolean negated = in.operator() == SetOperator.NOT_IN;
        return row -> {
          Comparable<?> actual = key(path.field.type(), value(row, path));
          boolean found =
              values.stream()
                  .anyMatch(v -> compare(ComparisonOperator.EQUALS, actual, v, isId(path.field.type())));
          return found != negated;
        };
      }
      return semiJoin((Condition.SemiJoin) condition);
    }

    /**
     * {@code Field [NOT] IN (SELECT OtherField FROM Object WHERE ...)}: the inner query runs once
     * and its values become the set the field is looked up in.
     */
    private Predicate<ObjectNode> semiJoin(Condition.SemiJoin join) {
      Resolved path = field(join.left());
      SoqlQuery inner = join.query();
      if (inner.select().size() != 1 || !(inner.select().get(0) instanceof SelectItem.Field)) {
        throw unsupported("semi-joins that select anything but one field");
      }
      Run run = new Run(inner, requireObject(inner.object()), includeDeleted, base);
      Resolved selected = run.resolve(((SelectItem.Field) inner.select().get(0)).path());
      Set<Object> values = new HashSet<>();
      for (ObjectNode row : run.matching()) {
        Comparable<?> value = key(selected.field.type(), run.value(row, selected));
        if (value != null) {
          values.add(value instanceof String && !isId(selected.field.type())
              ? ((String) value).toLowerCase(Locale.ROOT)
              : value);
        }
      }
      boolean negated = join.negated();
      return row -> {
        Comparable<?> value = key(path.field.type(), value(row, path));
        boolean found =
            value != null
                && values.contains(value instanceof String && !isId(path.field.type())
                    ? ((String) value).toLowerCase(Locale.ROOT)
                    : value);
        return found != negated;
      };
    }

    /**
     * A comparison with a date literal: {@code =} is "inside the range", {@code <} before its
     * first day, {@code >} after its last, on the date in the running user's time zone.
     */
    private Predicate<ObjectNode> within(
        Resolved path, ComparisonOperator operator, DateLiteral literal) {
      FieldType type = path.field.type();
      if (type != FieldType.DATE && type != FieldType.DATETIME) {
        literal(path.written, type, literal);
      }
      ZoneId zone = userZone();
      LocalDate[] range =
          DateRanges.range(literal, LocalDate.ofInstant(store.clock().instant(), zone),
              store.schema().fiscalCalendar());
      return row -> {
        Comparable<?> key = key(type, value(row, path));
        if (key == null) {
          return operator == ComparisonOperator.NOT_EQUALS;
        }
        LocalDate day =
            key instanceof Instant ? LocalDate.ofInstant((Instant) key, zone) : (LocalDate) key;
        boolean before = day.isBefore(range[0]);
        boolean after = !day.isBefore(range[1]);
        switch (operator) {
          case EQUALS:
            return !before && !after;
          case NOT_EQUALS:
            return before || after;
          case LESS_THAN:
            return before;
          case LESS_OR_EQUAL:
            return !after;
          case GREATER_THAN:
            return after;
          default:
            return !before;
        }
      };
    }

    /** The running user's time zone, which decides where days begin. */
    private ZoneId userZone() {
      return store.runningUserZone();
    }

    Resolved field(Expression expression) {
      if (!(expression instanceof FieldPath)) {
        throw unsupported("functions in WHERE");
      }
      Resolved path = resolve((FieldPath) expression);
      if (path.field.type() == FieldType.ADDRESS) {
        throw SalesforceFault.badRequest(
            "INVALID_FIELD", "field '" + path.written + "' can not be filtered in query call");
      }
      return path;
    }

    private Comparator<ObjectNode> ordering(OrderItem item) {
      if (!(item.expression() instanceof FieldPath)) {
        throw unsupported("functions in ORDER BY");
      }
      Resolved path = resolve((FieldPath) item.expression());
      if (path.field.type() == FieldType.ADDRESS) {
        throw SalesforceFault.badRequest(
            "INVALID_FIELD", "field '" + path.written + "' can not be sorted in a query call");
      }
      boolean descending = item.direction() == OrderItem.Direction.DESC;
      boolean nullsFirst = item.effectiveNulls() == OrderItem.Nulls.FIRST;
      return (a, b) -> {
        Comparable<?> x = key(path.field.type(), value(a, path));
        Comparable<?> y = key(path.field.type(), value(b, path));
        if (x == null || y == null) {
          return x == y ? 0 : (x == null) == nullsFirst ? -1 : 1;
        }
        int c = isId(path.field.type()) ? ((String) x).compareTo((String) y) : order(x, y);
        return descending ? -c : c;
      };
    }

    /** A literal as a value of the field's type, refused as Salesforce refuses a wrong type. */
    Comparable<?> literal(String written, FieldType type, Literal literal) {
      if (literal instanceof Literal.NullValue) {
        return null;
      }
      if (type.isText()) {
        if (literal instanceof Literal.StringValue) {
          return ((Literal.StringValue) literal).value();
        }
        throw wrongType(written, "string", true);
      }
      switch (type) {
        case ID:
        case REFERENCE:
          if (!(literal instanceof Literal.StringValue)) {
            throw wrongType(written, "id", true);
          }
          String id = ((Literal.StringValue) literal).value();
          if (!SalesforceId.isValid(id)) {
            throw SalesforceFault.badRequest(
                "INVALID_QUERY_FILTER_OPERATOR", "invalid ID field: " + id);
          }
          return SalesforceId.of(id).value();
        case BOOLEAN:
          if (literal instanceof Literal.BooleanValue) {
            return ((Literal.BooleanValue) literal).value();
          }
          throw wrongType(written, "boolean", false);
        case DATE:
          if (literal instanceof Literal.DateValue) {
            return ((Literal.DateValue) literal).value();
          }
          throw literal instanceof DateLiteral
              ? unsupported("date literals in IN lists and HAVING")
              : wrongType(written, "date", false);
        case DATETIME:
          if (literal instanceof Literal.DateTimeValue) {
            return ((Literal.DateTimeValue) literal).value();
          }
          throw literal instanceof DateLiteral
              ? unsupported("date literals in IN lists and HAVING")
              : wrongType(written, "dateTime", false);
        default:
          if (literal instanceof Literal.NumberValue) {
            return ((Literal.NumberValue) literal).value();
          }
          throw wrongType(written, "double", false);
      }
    }

    private SalesforceFault wrongType(String written, String type, boolean quoted) {
      return SalesforceFault.badRequest(
          "INVALID_FIELD",
          "value of filter criterion for field '" + written + "' must be of type " + type
              + " and should " + (quoted ? "" : "not ") + "be enclosed in quotes");
    }
  }

  /** Ids compare exactly: two ids that differ only in case are different records. */
  static boolean isId(FieldType type) {
    return type == FieldType.ID || type == FieldType.REFERENCE;
  }

  /** A stored value as a comparable of its field's type, or null. */
  static Comparable<?> key(FieldType type, JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    switch (type) {
      case BOOLEAN:
        return value.asBoolean();
      case NUMBER:
      case CURRENCY:
      case PERCENT:
      case INTEGER:
        return value.decimalValue();
      case DATE:
        return LocalDate.parse(value.asText());
      case DATETIME:
        return OffsetDateTime.parse(value.asText(), DATETIME_IN).toInstant();
      default:
        return value.asText();
    }
  }

  /** Compares two values of one type: text ignoring case, numbers by value. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static int order(Comparable<?> x, Comparable<?> y) {
    if (x instanceof String && y instanceof String) {
      return String.CASE_INSENSITIVE_ORDER.compare((String) x, (String) y);
    }
    if (x instanceof BigDecimal && y instanceof BigDecimal) {
      return ((BigDecimal) x).compareTo((BigDecimal) y);
    }
    return ((Comparable) x).compareTo(y);
  }

  static boolean compare(
      ComparisonOperator operator, Comparable<?> actual, Comparable<?> expected, boolean exact) {
    if (actual == null || expected == null) {
      boolean same = actual == expected;
      return operator == ComparisonOperator.EQUALS
          ? same
          : operator == ComparisonOperator.NOT_EQUALS && !same;
    }
    int c = exact ? ((String) actual).compareTo((String) expected) : order(actual, expected);
    switch (operator) {
      case EQUALS:
        return c == 0;
      case NOT_EQUALS:
        return c != 0;
      case LESS_THAN:
        return c < 0;
      case LESS_OR_EQUAL:
        return c <= 0;
      case GREATER_THAN:
        return c > 0;
      default:
        return c >= 0;
    }
  }

  /** A field pinned to a set of ids by a query's condition. */
  private static final class Pin {
    final String field;
    final TreeSet<String> ids;

    Pin(String field, TreeSet<String> ids) {
      this.field = field;
      this.ids = ids;
    }
  }
}
