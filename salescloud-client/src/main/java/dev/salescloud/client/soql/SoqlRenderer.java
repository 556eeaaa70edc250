package dev.salescloud.client.soql;

import dev.salescloud.model.error.InvalidArgumentException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes syntax trees as canonical SOQL and SOSL. The only place where text is made from the tree:
 * every literal goes through one escaping function per type.
 */
final class SoqlRenderer {
  /** The longest statement Salesforce accepts, in characters. */
  static final int MAX_STATEMENT_LENGTH = 100_000;

  private final StringBuilder out = new StringBuilder(128);

  private SoqlRenderer() {}

  static String render(SoqlQuery query) {
    SoqlRenderer r = new SoqlRenderer();
    r.query(query);
    return r.finish("query");
  }

  static String render(SoslQuery search) {
    SoqlRenderer r = new SoqlRenderer();
    r.search(search);
    return r.finish("search");
  }

  static String render(Condition condition) {
    SoqlRenderer r = new SoqlRenderer();
    r.condition(condition);
    return r.out.toString();
  }

  private String finish(String argument) {
    if (out.length() > MAX_STATEMENT_LENGTH) {
      throw new InvalidArgumentException(
          argument,
          "The statement would have "
              + out.length()
              + " characters; Salesforce accepts at most 100,000: select fewer fields or split"
              + " long IN lists over several queries");
    }
    return out.toString();
  }

  private void query(SoqlQuery q) {
    out.append("SELECT ");
    for (int i = 0; i < q.select().size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      selectItem(q.select().get(i));
    }
    out.append(" FROM ").append(q.object());
    q.alias().ifPresent(a -> out.append(' ').append(a));
    q.scope().ifPresent(s -> out.append(" USING SCOPE ").append(s));
    q.where().ifPresent(
        w -> {
          out.append(" WHERE ");
          condition(w);
        });
    if (q.securityEnforced()) {
      out.append(" WITH SECURITY_ENFORCED");
    }
    q.groupBy().ifPresent(this::groupBy);
    q.having().ifPresent(
        h -> {
          out.append(" HAVING ");
          condition(h);
        });
    orderBy(q.orderBy());
    q.limit().ifPresent(l -> out.append(" LIMIT ").append(l));
    q.offset().ifPresent(o -> out.append(" OFFSET ").append(o));
    if (!q.forOptions().isEmpty()) {
      out.append(" FOR ");
      for (int i = 0; i < q.forOptions().size(); i++) {
        out.append(i > 0 ? ", " : "").append(q.forOptions().get(i).name());
      }
    }
    if (q.allRows()) {
      out.append(" ALL ROWS");
    }
  }

  private void selectItem(SelectItem item) {
    if (item instanceof SelectItem.Field) {
      SelectItem.Field field = (SelectItem.Field) item;
      out.append(field.path());
      field.alias().ifPresent(a -> out.append(' ').append(a));
    } else if (item instanceof SelectItem.Function) {
      SelectItem.Function function = (SelectItem.Function) item;
      expression(function.call());
      function.alias().ifPresent(a -> out.append(' ').append(a));
    } else if (item instanceof SelectItem.Subquery) {
      out.append('(');
      query(((SelectItem.Subquery) item).query());
      out.append(')');
    } else {
      SelectItem.TypeOf typeOf = (SelectItem.TypeOf) item;
      out.append("TYPEOF ").append(typeOf.relationship());
      for (SelectItem.TypeOf.When when : typeOf.whens()) {
        out.append(" WHEN ").append(when.objectType()).append(" THEN ");
        fieldList(when.fields());
      }
      if (!typeOf.elseFields().isEmpty()) {
        out.append(" ELSE ");
        fieldList(typeOf.elseFields());
      }
      out.append(" END");
    }
  }

  private void fieldList(List<FieldPath> fields) {
    for (int i = 0; i < fields.size(); i++) {
      out.append(i > 0 ? ", " : "").append(fields.get(i));
    }
  }

  private void expression(Expression expression) {
    if (expression instanceof FieldPath) {
      out.append(expression);
    } else {
      FunctionCall call = (FunctionCall) expression;
      out.append(call.function().soqlName()).append('(');
      call.argument().ifPresent(this::expression);
      out.append(')');
    }
  }

  private void groupBy(GroupBy groupBy) {
    out.append(" GROUP BY ");
    boolean wrapped = groupBy.kind() != GroupBy.Kind.PLAIN;
    if (wrapped) {
      out.append(groupBy.kind().name()).append('(');
    }
    for (int i = 0; i < groupBy.expressions().size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      expression(groupBy.expressions().get(i));
    }
    if (wrapped) {
      out.append(')');
    }
  }

  private void orderBy(List<OrderItem> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append(" ORDER BY ");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      OrderItem item = items.get(i);
      expression(item.expression());
      if (item.direction() == OrderItem.Direction.DESC) {
        out.append(" DESC");
      } else if (item.nulls().isPresent()) {
        out.append(" ASC");
      }
      item.nulls().ifPresent(n -> out.append(" NULLS ").append(n.name()));
    }
  }

  private void condition(Condition condition) {
    if (condition instanceof Condition.And) {
      junction(((Condition.And) condition).operands(), " AND ");
    } else if (condition instanceof Condition.Or) {
      junction(((Condition.Or) condition).operands(), " OR ");
    } else if (condition instanceof Condition.Not) {
      out.append("NOT ");
      operand(((Condition.Not) condition).operand());
    } else if (condition instanceof Condition.Comparison) {
      Condition.Comparison c = (Condition.Comparison) condition;
      expression(c.left());
      out.append(' ').append(c.operator().symbol()).append(' ');
      literal(c.right());
    } else if (condition instanceof Condition.Like) {
      Condition.Like like = (Condition.Like) condition;
      expression(like.left());
      out.append(" LIKE ");
      likePattern(like.pattern());
    } else if (condition instanceof Condition.In) {
      Condition.In in = (Condition.In) condition;
      expression(in.left());
      out.append(' ').append(in.operator().keyword()).append(" (");
      for (int i = 0; i < in.values().size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        literal(in.values().get(i));
      }
      out.append(')');
    } else {
      Condition.SemiJoin semiJoin = (Condition.SemiJoin) condition;
      expression(semiJoin.left());
      out.append(semiJoin.negated() ? " NOT IN (" : " IN (");
      query(semiJoin.query());
      out.append(')');
    }
  }

  private void junction(List<Condition> operands, String keyword) {
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        out.append(keyword);
      }
      operand(operands.get(i));
    }
  }

  /**
   * Writes an operand of AND, OR or NOT: bare if it is a single predicate, else in parentheses.
   * Salesforce requires parentheses wherever logical operators mix, and writes a negated operand
   * of AND as {@code a AND (NOT b)}.
   */
  private void operand(Condition operand) {
    boolean bare =
        !(operand instanceof Condition.And
            || operand instanceof Condition.Or
            || operand instanceof Condition.Not);
    if (!bare) {
      out.append('(');
    }
    condition(operand);
    if (!bare) {
      out.append(')');
    }
  }

  private void literal(Literal literal) {
    if (literal instanceof Literal.StringValue) {
      string(((Literal.StringValue) literal).value());
    } else if (literal instanceof Literal.NumberValue) {
      out.append(((Literal.NumberValue) literal).value().toPlainString());
    } else if (literal instanceof Literal.BooleanValue) {
      out.append(((Literal.BooleanValue) literal).value());
    } else if (literal instanceof Literal.NullValue) {
      out.append("null");
    } else if (literal instanceof Literal.DateValue) {
      out.append(date(((Literal.DateValue) literal).value()));
    } else if (literal instanceof Literal.DateTimeValue) {
      out.append(dateTime(((Literal.DateTimeValue) literal).value()));
    } else {
      out.append(((DateLiteral) literal).toSoql());
    }
  }

  /** Quotes a string, escaping exactly the characters SOQL's string syntax gives a meaning. */
  private void string(String value) {
    out.append('\'');
    for (int i = 0; i < value.length(); i++) {
      escapeInString(value.charAt(i));
    }
    out.append('\'');
  }

  /** Quotes a LIKE pattern: its own escapes stay, everything else is escaped as in a string. */
  private void likePattern(LikePattern pattern) {
    String p = pattern.pattern();
    out.append('\'');
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        // The pattern guarantees a following \, % or _; SOQL writes them the same way.
        out.append('\\').append(p.charAt(++i));
      } else {
        escapeInString(c);
      }
    }
    out.append('\'');
  }

  private void escapeInString(char c) {
    switch (c) {
      case '\\':
        out.append("\\\\");
        break;
      case '\'':
        out.append("\\'");
        break;
      case '"':
        out.append("\\\"");
        break;
      case '\n':
        out.append("\\n");
        break;
      case '\r':
        out.append("\\r");
        break;
      case '\t':
        out.append("\\t");
        break;
      case '\b':
        out.append("\\b");
        break;
      case '\f':
        out.append("\\f");
        break;
      default:
        out.append(c);
    }
  }

  static String date(LocalDate date) {
    return String.format(
        "%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  static String dateTime(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    StringBuilder text =
        new StringBuilder(
            String.format(
                "%s-%02d-%02dT%02d:%02d:%02d",
                String.format("%04d", t.getYear()),
                t.getMonthValue(),
                t.getDayOfMonth(),
                t.getHour(),
                t.getMinute(),
                t.getSecond()));
    int nanos = instant.getNano();
    if (nanos != 0) {
      String fraction = String.format("%09d", nanos);
      if (nanos % 1_000_000 == 0) {
        fraction = fraction.substring(0, 3);
      } else if (nanos % 1_000 == 0) {
        fraction = fraction.substring(0, 6);
      }
      text.append('.').append(fraction);
    }
    return text.append('Z').toString();
  }

  private void search(SoslQuery search) {
    out.append("FIND {").append(search.term().expression()).append('}');
    search.searchGroup().ifPresent(g -> out.append(" IN ").append(g.soql()));
    if (!search.returning().isEmpty()) {
      out.append(" RETURNING ");
      for (int i = 0; i < search.returning().size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        returning(search.returning().get(i));
      }
    }
    search.limit().ifPresent(l -> out.append(" LIMIT ").append(l));
  }

  private void returning(SoslReturning r) {
    out.append(r.object());
    if (r.fields().isEmpty()) {
      return;
    }
    out.append('(');
    fieldList(r.fields());
    r.where().ifPresent(
        w -> {
          out.append(" WHERE ");
          condition(w);
        });
    orderBy(r.orderBy());
    r.limit().ifPresent(l -> out.append(" LIMIT ").append(l));
    r.offset().ifPresent(o -> out.append(" OFFSET ").append(o));
    out.append(')');
  }
}
