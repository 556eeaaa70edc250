package dev.salescloud.client.soql;

import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A SOQL query as a syntax tree: what {@link SoqlParser#parse(String)} reads, what {@link
 * SoqlBuilder#build()} makes, and what {@link #toSoql()} writes back.
 *
 * <pre>{@code
 * SoqlQuery q = SoqlParser.parse(
 *     "SELECT Name, (SELECT LastName FROM Contacts) FROM Account"
 *         + " WHERE Industry = 'Energy' ORDER BY Name LIMIT 50");
 * q.object();          // "Account"
 * q.objects();         // [Account, Contacts]
 * q.fields();          // {Account=[Name, Industry], Contacts=[LastName]}
 * q.limit();           // OptionalInt[50]
 * q.withLimit(10).toSoql();
 * // SELECT Name, (SELECT LastName FROM Contacts) FROM Account WHERE Industry = 'Energy'
 * //   ORDER BY Name LIMIT 10
 * }</pre>
 *
 * <h2>The clauses</h2>
 *
 * <p>{@code SELECT} {@link #select()} {@code FROM} {@link #object()} [{@link #alias()}] [{@code
 * USING SCOPE} {@link #scope()}] [{@code WHERE} {@link #where()}] [{@code WITH SECURITY_ENFORCED}]
 * [{@code GROUP BY} {@link #groupBy()} [{@code HAVING} {@link #having()}]] [{@code ORDER BY}
 * {@link #orderBy()}] [{@code LIMIT} {@link #limit()}] [{@code OFFSET} {@link #offset()}] [{@code
 * FOR} {@link #forOptions()}] [{@code ALL ROWS}]. Every node is a typed value (see {@link
 * SelectItem}, {@link Condition}, {@link Literal}), so an evaluator never re-reads text.
 *
 * <h2>Round trip</h2>
 *
 * <p>{@code SoqlParser.parse(q.toSoql())} equals {@code q} for every query. Keywords are written in
 * upper case, {@code <>} as {@code !=}, a default {@code ASC} is left out, and literals take their
 * one canonical form; names keep the case they were given.
 *
 * <p>Instances are immutable and thread-safe. {@code toString()} shows the shape of the query,
 * never its values; {@link #toSoql()} renders it in full.
 */
@SalesCloudStyle
@Value.Immutable
public abstract class SoqlQuery {
  /** The largest OFFSET Salesforce accepts. */
  public static final int MAX_OFFSET = 2_000;

  SoqlQuery() {}

  /** The options of a {@code FOR} clause, which update Salesforce's recently-viewed data or lock rows. */
  public enum ForOption {
    /** {@code FOR VIEW}: mark the records as viewed. */
    VIEW,
    /** {@code FOR REFERENCE}: mark the records as referenced. */
    REFERENCE,
    /** {@code FOR UPDATE}: lock the rows (Apex only). */
    UPDATE
  }

  /**
   * The items of the SELECT list, in order.
   *
   * @return one or more items
   */
  public abstract List<SelectItem> select();

  /**
   * The object queried: an sObject name ({@code Account}), or, in a child subquery, a child
   * relationship name ({@code Contacts}).
   *
   * @return the name after FROM
   */
  public abstract String object();

  /**
   * The alias given to the object, as in {@code FROM Account a}; paths may then start with it
   * ({@code a.Name}).
   *
   * @return the alias
   */
  public abstract Optional<String> alias();

  /**
   * The filter scope of {@code USING SCOPE}, such as {@code Mine} or {@code Team}.
   *
   * @return the scope
   */
  public abstract Optional<String> scope();

  /**
   * The WHERE condition.
   *
   * @return the condition
   */
  public abstract Optional<Condition> where();

  /**
   * Whether the query says {@code WITH SECURITY_ENFORCED} (field- and object-level security
   * checked by Salesforce).
   *
   * @return {@code true} if it does
   */
  @Value.Default
  public boolean securityEnforced() {
    return false;
  }

  /**
   * The GROUP BY clause.
   *
   * @return the grouping
   */
  public abstract Optional<GroupBy> groupBy();

  /**
   * The HAVING condition; only with {@link #groupBy()}.
   *
   * @return the condition
   */
  public abstract Optional<Condition> having();

  /**
   * The ORDER BY items, in order.
   *
   * @return the items, empty without ORDER BY
   */
  public abstract List<OrderItem> orderBy();

  /**
   * The LIMIT.
   *
   * @return a positive number of rows, or empty
   */
  public abstract OptionalInt limit();

  /**
   * The OFFSET.
   *
   * @return zero to {@value #MAX_OFFSET}, or empty
   */
  public abstract OptionalInt offset();

  /**
   * The options of the FOR clause ({@code FOR VIEW}, {@code FOR REFERENCE}, {@code FOR UPDATE}).
   *
   * @return the options, empty without a FOR clause
   */
  public abstract List<ForOption> forOptions();

  /**
   * Whether the query ends with {@code ALL ROWS} (Apex's way to include deleted and archived rows;
   * over REST use the queryAll endpoint instead).
   *
   * @return {@code true} if it does
   */
  @Value.Default
  public boolean allRows() {
    return false;
  }

  @Value.Check
  void check() {
    if (select().isEmpty()) {
      throw new InvalidArgumentException("select", "A SOQL query selects at least one field");
    }
    Identifiers.requireName(object(), "object");
    alias().ifPresent(Identifiers::requireAlias);
    scope().ifPresent(s -> Identifiers.requireName(s, "scope"));
    for (SelectItem item : select()) {
      if (item instanceof SelectItem.Function
          && ((SelectItem.Function) item).call().isCountOfRows()
          && (select().size() > 1 || ((SelectItem.Function) item).alias().isPresent())) {
        throw new InvalidArgumentException(
            "select",
            "COUNT() must be the only item of the SELECT list and has no alias; use"
                + " COUNT(Id) to count next to other columns");
      }
    }
    if (having().isPresent() && groupBy().isEmpty()) {
      throw new InvalidArgumentException("having", "HAVING needs a GROUP BY clause");
    }
    if (limit().isPresent() && limit().getAsInt() < 1) {
      throw new InvalidArgumentException(
          "limit", "LIMIT must be a positive number of rows, not " + limit().getAsInt());
    }
    if (offset().isPresent() && (offset().getAsInt() < 0 || offset().getAsInt() > MAX_OFFSET)) {
      throw new InvalidArgumentException(
          "offset",
          "NUMBER_OUTSIDE_VALID_RANGE: Maximum SOQL offset allowed is 2000 (got "
              + offset().getAsInt()
              + "); page through larger results with queryMore (nextRecordsUrl) instead");
    }
    if (new HashSet<>(forOptions()).size() != forOptions().size()) {
      throw new InvalidArgumentException("forOptions", "A FOR option is given twice");
    }
  }

  /**
   * Renders the query as canonical SOQL, ready to send.
   *
   * @return the SOQL text
   * @throws InvalidArgumentException if the text would exceed Salesforce's 100,000 characters
   */
  public String toSoql() {
    return SoqlRenderer.render(this);
  }

  /**
   * A copy with another LIMIT, for example to cap what a caller asked for.
   *
   * @param limit a positive number of rows
   * @return the copy
   * @throws InvalidArgumentException if {@code limit} is not positive
   */
  public SoqlQuery withLimit(int limit) {
    return ImmutableSoqlQuery.copyOf(this).withLimit(limit);
  }

  /**
   * This query as {@code SELECT COUNT()} over the same rows: the same object, scope and {@code
   * WHERE}, without {@code ORDER BY}, {@code LIMIT}, {@code OFFSET} and {@code FOR}.
   *
   * <pre>{@code
   * SoqlParser.parse("SELECT Id, Name FROM Lead WHERE Status = 'Open' ORDER BY Name LIMIT 10")
   *     .asCount().toSoql();
   * // SELECT COUNT() FROM Lead WHERE Status = 'Open'
   * }</pre>
   *
   * @return the counting query
   * @throws InvalidArgumentException if this query groups or aggregates (count its rows instead)
   */
  public SoqlQuery asCount() {
    if (isAggregate()) {
      throw new InvalidArgumentException(
          "query",
          "An aggregate query cannot be turned into SELECT COUNT(); iterate its rows to count the"
              + " groups");
    }
    return ImmutableSoqlQuery.builder()
        .from(this)
        .select(List.of(new SelectItem.Function(Soql.count(), Optional.empty())))
        .orderBy(List.of())
        .limit(OptionalInt.empty())
        .offset(OptionalInt.empty())
        .forOptions(List.of())
        .build();
  }

  /**
   * Whether the query returns aggregate rows ({@code AggregateResult}): it has GROUP BY, or its
   * SELECT list holds an aggregate function other than a bare {@code COUNT()}.
   *
   * @return {@code true} for aggregate queries
   */
  public boolean isAggregate() {
    if (groupBy().isPresent()) {
      return true;
    }
    for (SelectItem item : select()) {
      if (item instanceof SelectItem.Function) {
        FunctionCall call = ((SelectItem.Function) item).call();
        if (call.isAggregate() && !call.isCountOfRows()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether this is {@code SELECT COUNT() FROM ...}, which Salesforce answers with {@code
   * totalSize} and no records.
   *
   * @return {@code true} for a bare count
   */
  public boolean isCount() {
    return select().size() == 1
        && select().get(0) instanceof SelectItem.Function
        && ((SelectItem.Function) select().get(0)).call().isCountOfRows();
  }

  /**
   * The child-relationship subqueries of the SELECT list, in order.
   *
   * @return the subqueries, empty if there are none
   */
  public List<SoqlQuery> subqueries() {
    List<SoqlQuery> subqueries = new ArrayList<>();
    for (SelectItem item : select()) {
      if (item instanceof SelectItem.Subquery) {
        subqueries.add(((SelectItem.Subquery) item).query());
      }
    }
    return Collections.unmodifiableList(subqueries);
  }

  /**
   * The semi-join and anti-join subqueries of the WHERE clause ({@code Id IN (SELECT ...)}), in
   * order.
   *
   * @return the subqueries, empty if there are none
   */
  public List<SoqlQuery> semiJoins() {
    List<SoqlQuery> found = new ArrayList<>();
    where().ifPresent(c -> collectSemiJoins(c, found));
    return Collections.unmodifiableList(found);
  }

  /**
   * Every object the query reads, in order of appearance: the FROM object, the child relationships
   * of subqueries (named as in the query, e.g. {@code Contacts}; resolving them to objects needs
   * the schema) and the objects of semi-joins. Parent objects reached through paths such as
   * {@code Account.Owner.Name} are not listed; their paths are in {@link #fields()}.
   *
   * @return the names, without duplicates (compared ignoring case)
   */
  public Set<String> objects() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(fields().keySet()));
  }

  /**
   * The fields the query reads per object (see {@link #objects()}), from every clause: SELECT
   * (through function arguments and {@code TYPEOF}), WHERE, GROUP BY, HAVING and ORDER BY. Paths
   * stay dotted ({@code Account.Owner.Name}) and are relative to their object: an alias prefix
   * ({@code a.Name} in {@code FROM Account a}) is removed.
   *
   * @return an ordered map from object name to ordered field paths, without duplicates (compared
   *     ignoring case)
   */
  public Map<String, Set<String>> fields() {
    Map<String, Map<String, String>> byObject = new LinkedHashMap<>();
    Map<String, String> objectNames = new LinkedHashMap<>();
    collectFields(this, byObject, objectNames);
    Map<String, Set<String>> result = new LinkedHashMap<>();
    byObject.forEach(
        (key, fields) ->
            result.put(
                objectNames.get(key),
                Collections.unmodifiableSet(new LinkedHashSet<>(fields.values()))));
    return Collections.unmodifiableMap(result);
  }

  /**
   * The name of the result column of a function in the SELECT list, following Salesforce's rule:
   * its alias if it has one; otherwise {@code expr0}, {@code expr1}, ... counting, in SELECT
   * order, only the unaliased aggregate and date functions; a plain conversion such as {@code
   * toLabel(Status)} keeps its field's path.
   *
   * <pre>{@code
   * SoqlQuery q = SoqlParser.parse(
   *     "SELECT StageName, SUM(Amount), AVG(Amount) average, MAX(Amount) FROM Opportunity"
   *         + " GROUP BY StageName");
   * q.aliasOf(Soql.sum("Amount"));   // Optional[expr0]
   * q.aliasOf(Soql.avg("Amount"));   // Optional[average]
   * q.aliasOf(Soql.max("Amount"));   // Optional[expr1]
   * }</pre>
   *
   * @param call a function call, compared with the SELECT items by value
   * @return the column name, or empty if the call is not in the SELECT list
   */
  public Optional<String> aliasOf(FunctionCall call) {
    InvalidArgumentException.requireNonNull(call, "call");
    int numbered = 0;
    for (SelectItem item : select()) {
      if (!(item instanceof SelectItem.Function)) {
        continue;
      }
      SelectItem.Function function = (SelectItem.Function) item;
      boolean isNumbered = function.call().isNumberedColumn();
      if (function.call().equals(call)) {
        if (function.alias().isPresent()) {
          return function.alias();
        }
        return Optional.of(
            isNumbered
                ? "expr" + numbered
                : function.call().field().map(FieldPath::toString).orElse("expr" + numbered));
      }
      if (function.alias().isEmpty() && isNumbered) {
        numbered++;
      }
    }
    return Optional.empty();
  }

  /** Shows the shape of the query (object, clause sizes), never its values. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("SoqlQuery{object=").append(object());
    out.append(", select=").append(select().size());
    where().ifPresent(w -> out.append(", where"));
    groupBy().ifPresent(g -> out.append(", groupBy=").append(g.expressions().size()));
    having().ifPresent(h -> out.append(", having"));
    if (!orderBy().isEmpty()) {
      out.append(", orderBy=").append(orderBy().size());
    }
    limit().ifPresent(l -> out.append(", limit=").append(l));
    offset().ifPresent(o -> out.append(", offset=").append(o));
    return out.append('}').toString();
  }

  static ImmutableSoqlQuery.Builder builder() {
    return ImmutableSoqlQuery.builder();
  }

  private static void collectSemiJoins(Condition condition, List<SoqlQuery> found) {
    if (condition instanceof Condition.SemiJoin) {
      found.add(((Condition.SemiJoin) condition).query());
    } else if (condition instanceof Condition.And) {
      ((Condition.And) condition).operands().forEach(c -> collectSemiJoins(c, found));
    } else if (condition instanceof Condition.Or) {
      ((Condition.Or) condition).operands().forEach(c -> collectSemiJoins(c, found));
    } else if (condition instanceof Condition.Not) {
      collectSemiJoins(((Condition.Not) condition).operand(), found);
    }
  }

  private static void collectFields(
      SoqlQuery query,
      Map<String, Map<String, String>> byObject,
      Map<String, String> objectNames) {
    String key = query.object().toLowerCase(Locale.ROOT);
    objectNames.putIfAbsent(key, query.object());
    Map<String, String> fields = byObject.computeIfAbsent(key, k -> new LinkedHashMap<>());
    FieldSink sink = new FieldSink(query.alias(), fields);
    List<SoqlQuery> nested = new ArrayList<>();
    for (SelectItem item : query.select()) {
      if (item instanceof SelectItem.Field) {
        sink.add(((SelectItem.Field) item).path());
      } else if (item instanceof SelectItem.Function) {
        sink.add(((SelectItem.Function) item).call());
      } else if (item instanceof SelectItem.Subquery) {
        nested.add(((SelectItem.Subquery) item).query());
      } else {
        SelectItem.TypeOf typeOf = (SelectItem.TypeOf) item;
        sink.add(typeOf.relationship());
        for (SelectItem.TypeOf.When when : typeOf.whens()) {
          when.fields().forEach(f -> sink.add(typeOf.relationship(), f));
        }
        typeOf.elseFields().forEach(f -> sink.add(typeOf.relationship(), f));
      }
    }
    query.where().ifPresent(c -> sink.add(c, nested));
    query.groupBy().ifPresent(g -> g.expressions().forEach(sink::add));
    query.having().ifPresent(c -> sink.add(c, nested));
    query.orderBy().forEach(o -> sink.add(o.expression()));
    for (SoqlQuery subquery : nested) {
      collectFields(subquery, byObject, objectNames);
    }
  }

  /** Collects field paths of one query level, relative to its object. */
  private static final class FieldSink {
    private final Optional<String> alias;
    private final Map<String, String> fields;

    FieldSink(Optional<String> alias, Map<String, String> fields) {
      this.alias = alias;
      this.fields = fields;
    }

    void add(Expression expression) {
      if (expression instanceof FieldPath) {
        List<String> segments = ((FieldPath) expression).segments();
        if (segments.size() > 1
            && alias.isPresent()
            && segments.get(0).equalsIgnoreCase(alias.get())) {
          segments = segments.subList(1, segments.size());
        }
        String path = String.join(".", segments);
        fields.putIfAbsent(path.toLowerCase(Locale.ROOT), path);
      } else {
        ((FunctionCall) expression).argument().ifPresent(this::add);
      }
    }

    void add(FieldPath relationship, FieldPath field) {
      List<String> segments = new ArrayList<>(relationship.segments());
      segments.addAll(field.segments());
      add(new FieldPath(segments));
    }

    void add(Condition condition, List<SoqlQuery> nested) {
      if (condition instanceof Condition.And) {
        ((Condition.And) condition).operands().forEach(c -> add(c, nested));
      } else if (condition instanceof Condition.Or) {
        ((Condition.Or) condition).operands().forEach(c -> add(c, nested));
      } else if (condition instanceof Condition.Not) {
        add(((Condition.Not) condition).operand(), nested);
      } else if (condition instanceof Condition.Comparison) {
        add(((Condition.Comparison) condition).left());
      } else if (condition instanceof Condition.Like) {
        add(((Condition.Like) condition).left());
      } else if (condition instanceof Condition.In) {
        add(((Condition.In) condition).left());
      } else {
        Condition.SemiJoin semiJoin = (Condition.SemiJoin) condition;
        add(semiJoin.left());
        nested.add(semiJoin.query());
      }
    }
  }
}
