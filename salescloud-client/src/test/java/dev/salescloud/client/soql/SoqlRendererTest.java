package dev.salescloud.client.soql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Parsing the rendering of any tree gives the tree back: random trees over the whole grammar. */
class SoqlRendererTest {
  static final String[] NAMES = {
    "Id", "Name", "Amount", "acme__Score__c", "Parent__r", "Group", "Order", "Count", "Rollup",
    "Cube", "Today", "Offset", "For", "Using", "True", "Null_Field__c", "When", "End"
  };
  static final String[] ALIASES = {"total", "Sum", "Today", "cnt", "x1", "Amount"};

  final Random random = new Random(42L);

  String name() {
    return NAMES[random.nextInt(NAMES.length)];
  }

  FieldPath path() {
    List<String> segments = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      segments.add(name());
    }
    if (n == 1 && Identifiers.isFieldReserved(segments.get(0))) {
      return path();
    }
    return new FieldPath(segments);
  }

  Expression expression(int depth) {
    if (depth > 1 || random.nextInt(3) > 0) {
      return path();
    }
    SoqlFunction[] functions = SoqlFunction.values();
    SoqlFunction f = functions[random.nextInt(functions.length)];
    if (f == SoqlFunction.COUNT && random.nextBoolean()) {
      return new FunctionCall(f, Optional.empty());
    }
    return FunctionCall.of(f, expression(depth + 1));
  }

  Literal literal() {
    switch (random.nextInt(9)) {
      case 0:
        return new Literal.StringValue(randomText());
      case 1:
        return new Literal.NumberValue(
            new BigDecimal(random.nextLong()).movePointLeft(random.nextInt(12) - 4));
      case 2:
        return random.nextBoolean() ? Literal.TRUE : Literal.FALSE;
      case 3:
        return Literal.NULL;
      case 4:
        return new Literal.DateValue(LocalDate.ofEpochDay(random.nextInt(2_900_000) - 700_000));
      case 5:
        return new Literal.DateTimeValue(
            Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE), random.nextInt(1_000_000_000)));
      default:
        DateLiteral.Kind[] kinds = DateLiteral.Kind.values();
        DateLiteral.Kind kind = kinds[random.nextInt(kinds.length)];
        return kind.parameterised()
            ? DateLiteral.of(kind, random.nextInt(1000))
            : DateLiteral.of(kind);
    }
  }

  String randomText() {
    String alphabet = "ab'\"\\%_\n\r\t\b\f \u00e9\u65e5";
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(10);
    for (int i = 0; i < n; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  Condition condition(int depth) {
    int pick = random.nextInt(depth > 2 ? 4 : 8);
    switch (pick) {
      case 0:
        ComparisonOperator[] ops = ComparisonOperator.values();
        return new Condition.Comparison(
            expression(0), ops[random.nextInt(ops.length)], literal());
      case 1:
        String text = randomText();
        LikePattern pattern =
            random.nextBoolean() ? LikePattern.contains(text) : LikePattern.of(text.replace("\\", "\\\\"));
        return new Condition.Like(path(), pattern);
      case 2:
        SetOperator op = SetOperator.values()[random.nextInt(4)];
        List<Literal> values = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(3); i++) {
          values.add(op.isMultiPicklist() ? new Literal.StringValue(randomText()) : literal());
        }
        return new Condition.In(path(), op, values);
      case 3:
        return new Condition.SemiJoin(path(), random.nextBoolean(), query(depth + 1, false));
      case 4:
      case 5:
        List<Condition> operands = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(2); i++) {
          operands.add(condition(depth + 1));
        }
        return pick == 4 ? new Condition.And(operands) : new Condition.Or(operands);
      default:
        return new Condition.Not(condition(depth + 1));
    }
  }

  SelectItem selectItem(int depth) {
    int pick = random.nextInt(depth > 0 ? 3 : 5);
    Optional<String> alias =
        random.nextInt(3) == 0 ? Optional.of(ALIASES[random.nextInt(ALIASES.length)]) : Optional.empty();
    switch (pick) {
      case 0:
      case 1:
        return new SelectItem.Field(path(), alias);
      case 2:
        Expression e = expression(0);
        if (e instanceof FunctionCall && ((FunctionCall) e).isCountOfRows()) {
          e = FunctionCall.of(SoqlFunction.COUNT, path());
        }
        return e instanceof FieldPath
            ? new SelectItem.Field((FieldPath) e, alias)
            : new SelectItem.Function((FunctionCall) e, alias);
      case 3:
        return new SelectItem.Subquery(query(depth + 1, true));
      default:
        return new SelectItem.TypeOf(
            path(),
            List.of(
                new SelectItem.TypeOf.When(name(), List.of(path(), path())),
                new SelectItem.TypeOf.When(name(), List.of(path()))),
            random.nextBoolean() ? List.of(path()) : List.of());
    }
  }

  SoqlQuery query(int depth, boolean child) {
    ImmutableSoqlQuery.Builder b = SoqlQuery.builder().object(name());
    if (random.nextInt(8) == 0 && depth == 0) {
      b.addSelect(new SelectItem.Function(new FunctionCall(SoqlFunction.COUNT, Optional.empty()), Optional.empty()));
    } else {
      for (int i = 0; i <= random.nextInt(4); i++) {
        b.addSelect(selectItem(depth));
      }
    }
    if (random.nextInt(4) == 0) {
      b.alias(ALIASES[random.nextInt(ALIASES.length)]);
    }
    if (random.nextInt(6) == 0) {
      b.scope("Mine");
    }
    if (random.nextBoolean() && depth < 3) {
      b.where(condition(depth));
    }
    b.securityEnforced(random.nextInt(6) == 0);
    if (random.nextInt(3) == 0) {
      List<Expression> group = new ArrayList<>();
      for (int i = 0; i <= random.nextInt(2); i++) {
        group.add(expression(0));
      }
      b.groupBy(new GroupBy(GroupBy.Kind.values()[random.nextInt(3)], group));
      if (random.nextBoolean() && depth < 3) {
        b.having(condition(depth + 1));
      }
    }
    for (int i = 0; i < random.nextInt(3); i++) {
      OrderItem item = random.nextBoolean() ? expression(0).asc() : expression(0).desc();
      int nulls = random.nextInt(3);
      b.addOrderBy(nulls == 0 ? item : nulls == 1 ? item.nullsFirst() : item.nullsLast());
    }
    if (random.nextBoolean()) {
      b.limit(1 + random.nextInt(Integer.MAX_VALUE - 1));
    }
    if (random.nextBoolean()) {
      b.offset(random.nextInt(SoqlQuery.MAX_OFFSET + 1));
    }
    if (!child && random.nextInt(5) == 0) {
      b.addForOptions(SoqlQuery.ForOption.values()[random.nextInt(3)]);
    }
    b.allRows(!child && random.nextInt(8) == 0);
    return b.build();
  }

  @Test
  void parsingTheRenderingOfARandomTreeGivesTheTreeBack() {
    for (int i = 0; i < 3_000; i++) {
      SoqlQuery tree = query(0, false);

      String soql = tree.toSoql();

      assertThat(SoqlParser.parse(soql)).as("tree #%d rendered as %s", i, soql).isEqualTo(tree);
    }
  }

  @Test
  void theRandomTreesCoverEveryKindOfNode() {
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      all.append(query(0, false).toSoql()).append('\n');
    }
    assertThat(all.toString())
        .contains(
            "TYPEOF", "(SELECT", " IN (SELECT", " NOT IN (", "INCLUDES (", "EXCLUDES (", " LIKE ",
            " AND ", " OR ", "NOT ", "ROLLUP(", "CUBE(", " HAVING ", " NULLS LAST", " NULLS FIRST",
            " DESC", " USING SCOPE ", " WITH SECURITY_ENFORCED", " FOR ", " ALL ROWS", "COUNT()",
            "_N_", "T", "Z", "null", "true", " OFFSET ");
  }

  @Test
  void refusesToRenderAStatementLongerThanSalesforceAccepts() {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < 9_000; i++) {
      values.add("value-" + i);
    }
    SoqlBuilder q = Soql.select("Id").from("Account").where(Soql.field("Name").in(values));

    org.assertj.core.api.Assertions.assertThatThrownBy(q::toSoql)
        .isInstanceOf(dev.salescloud.model.error.InvalidArgumentException.class)
        .hasMessageContaining("Salesforce accepts at most 100,000")
        .hasMessageContaining("split long IN lists");
    assertThat(OptionalInt.empty()).isEmpty();
  }
}
