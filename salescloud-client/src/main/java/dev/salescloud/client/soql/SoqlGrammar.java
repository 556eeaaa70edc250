package dev.salescloud.client.soql;

import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The recursive-descent parser of SOQL and SOSL: the one grammar of the project. It reads the
 * tokens of {@link SoqlLexer} into the syntax tree ({@link SoqlQuery}, {@link SoslQuery}) and
 * enforces the grammar's own rules (OFFSET at most 2,000, positive LIMIT, string escapes, string
 * length, statement length, COUNT() alone). Names are not checked against any schema.
 *
 * <p>Grammar (keywords case-insensitive):
 *
 * <pre>
 * query      := SELECT item (',' item)* FROM name [alias] [USING SCOPE name] [WHERE cond]
 *               [WITH SECURITY_ENFORCED] [GROUP BY group [HAVING cond]] [ORDER BY order (',' order)*]
 *               [LIMIT int] [OFFSET int] [FOR forOpt (',' forOpt)*] [ALL ROWS]
 * item       := '(' query ')' | TYPEOF path (WHEN name THEN paths)+ [ELSE paths] END | expr [alias]
 * expr       := function '(' [expr] ')' | path
 * cond       := unary ((AND unary)+ | (OR unary)+)?       -- AND and OR never mix unparenthesised
 * unary      := NOT unary | '(' cond ')' | predicate
 * predicate  := expr op literal | expr LIKE string | expr [NOT] IN '(' (query | literal, ...) ')'
 *             | expr (INCLUDES | EXCLUDES) '(' string, ... ')'
 * group      := (ROLLUP | CUBE) '(' expr, ... ')' | expr, ...
 * order      := expr [ASC | DESC] [NULLS (FIRST | LAST)]
 * search     := FIND '{' term '}' [IN group FIELDS] [RETURNING ret (',' ret)*] [LIMIT int]
 * ret        := name ['(' path, ... [WHERE cond] [ORDER BY order, ...] [LIMIT int] [OFFSET int] ')']
 * </pre>
 */
final class SoqlGrammar {
  /** How deep parentheses, NOT, functions and subqueries may nest. */
  static final int MAX_DEPTH = 100;

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final String input;
  private final List<Token> tokens;
  private final String errorCode;
  private final String argument;
  private int index;
  private int depth;

  private SoqlGrammar(String input, List<Token> tokens, String errorCode, String argument) {
    this.input = input;
    this.tokens = tokens;
    this.errorCode = errorCode;
    this.argument = argument;
  }

  static SoqlQuery parseQuery(String soql) {
    InvalidArgumentException.requireNonNull(soql, "query");
    String code = SoqlSyntaxException.MALFORMED_QUERY;
    checkLength(soql, code, "query");
    SoqlGrammar grammar =
        new SoqlGrammar(soql, SoqlLexer.tokenize(soql, code, "query", false), code, "query");
    SoqlQuery query = grammar.query();
    grammar.expectEnd();
    return query;
  }

  static SoslQuery parseSearch(String sosl) {
    InvalidArgumentException.requireNonNull(sosl, "search");
    String code = SoqlSyntaxException.MALFORMED_SEARCH;
    checkLength(sosl, code, "search");
    SoqlGrammar grammar =
        new SoqlGrammar(sosl, SoqlLexer.tokenize(sosl, code, "search", true), code, "search");
    SoslQuery search = grammar.search();
    grammar.expectEnd();
    return search;
  }

  private static void checkLength(String statement, String code, String argument) {
    if (statement.length() > SoqlRenderer.MAX_STATEMENT_LENGTH) {
      int at = SoqlRenderer.MAX_STATEMENT_LENGTH;
      throw new SoqlSyntaxException(
          code,
          argument,
          statement,
          at,
          String.valueOf(statement.charAt(at)),
          "The statement has "
              + statement.length()
              + " characters; Salesforce accepts at most 100,000");
    }
  }

  // ---------------------------------------------------------------- SOQL

  private SoqlQuery query() {
    Token selectToken = peek();
    enter(selectToken);
    expect("SELECT");
    ImmutableSoqlQuery.Builder b = SoqlQuery.builder();
    b.addAllSelect(selectList());
    Token objectToken = peek();
    if (!objectToken.isSimpleWord()) {
      throw unexpected(objectToken);
    }
    advance();
    b.object(objectToken.text());
    if (peek().isSimpleWord() && !Identifiers.isAliasReserved(peek().text())) {
      Token alias = advance();
      if (peek().kind() == Token.Kind.WORD && !Identifiers.isAliasReserved(peek().text())) {
        // "FROM Account WHER Name = 'x'": the misspelt keyword was taken for an alias.
        throw unexpected(alias);
      }
      b.alias(alias.text());
    }
    if (accept("USING")) {
      expect("SCOPE");
      Token scope = peek();
      if (!scope.isSimpleWord()) {
        throw unexpected(scope);
      }
      b.scope(advance().text());
    }
    if (accept("WHERE")) {
      b.where(condition());
    }
    if (accept("WITH")) {
      if (!peek().is("SECURITY_ENFORCED")) {
        throw unexpected(peek());
      }
      advance();
      b.securityEnforced(true);
    }
    if (accept("GROUP")) {
      expect("BY");
      b.groupBy(groupBy());
      if (accept("HAVING")) {
        b.having(condition());
      }
    }
    if (accept("ORDER")) {
      expect("BY");
      b.addAllOrderBy(orderItems());
    }
    if (accept("LIMIT")) {
      b.limit(limit());
    }
    if (accept("OFFSET")) {
      b.offset(offset("SOQL"));
    }
    if (accept("FOR")) {
      List<SoqlQuery.ForOption> options = new ArrayList<>();
      do {
        Token t = peek();
        SoqlQuery.ForOption option =
            t.is("VIEW")
                ? SoqlQuery.ForOption.VIEW
                : t.is("REFERENCE")
                    ? SoqlQuery.ForOption.REFERENCE
                    : t.is("UPDATE") ? SoqlQuery.ForOption.UPDATE : null;
        if (option == null || options.contains(option)) {
          throw unexpected(t);
        }
        advance();
        options.add(option);
      } while (accept(Token.Kind.COMMA));
      b.addAllForOptions(options);
    }
    if (accept("ALL")) {
      expect("ROWS");
      b.allRows(true);
    }
    exit();
    try {
      return b.build();
    } catch (InvalidArgumentException e) {
      throw error(selectToken, e.getMessage());
    }
  }

  private List<SelectItem> selectList() {
    List<SelectItem> items = new ArrayList<>();
    Token countOfRows = null;
    boolean countAliased = false;
    while (true) {
      Token start = peek();
      Token alias = null;
      if (start.kind() == Token.Kind.LPAREN) {
        advance();
        if (!peek().is("SELECT")) {
          throw unexpected(peek());
        }
        SoqlQuery subquery = query();
        expect(Token.Kind.RPAREN);
        items.add(new SelectItem.Subquery(subquery));
      } else if (start.is("TYPEOF")) {
        items.add(typeOf());
      } else {
        if (start.is("FROM")) {
          throw unexpected(start);
        }
        Expression expression = expression();
        Optional<String> aliasName = Optional.empty();
        if (peek().isSimpleWord() && !Identifiers.isAliasReserved(peek().text())) {
          alias = advance();
          aliasName = Optional.of(alias.text());
        }
        if (expression instanceof FieldPath) {
          items.add(new SelectItem.Field((FieldPath) expression, aliasName));
        } else {
          FunctionCall call = (FunctionCall) expression;
          items.add(new SelectItem.Function(call, aliasName));
          if (call.isCountOfRows() && countOfRows == null) {
            countOfRows = start;
            countAliased = alias != null;
          }
        }
      }
      if (accept(Token.Kind.COMMA)) {
        continue;
      }
      if (accept("FROM")) {
        break;
      }
      // "SELECT Id FORM Account": the misspelt keyword was taken for an alias.
      throw unexpected(alias != null ? alias : peek());
    }
    if (countOfRows != null && (items.size() > 1 || countAliased)) {
      throw error(
          countOfRows,
          "COUNT() must be the only element in the SELECT list and cannot have an alias;"
              + " use COUNT(Id) next to other fields");
    }
    return items;
  }

  private SelectItem typeOf() {
    Token typeOf = advance();
    enter(typeOf);
    FieldPath relationship = path();
    List<SelectItem.TypeOf.When> whens = new ArrayList<>();
    while (accept("WHEN")) {
      Token type = peek();
      if (!type.isSimpleWord()) {
        throw unexpected(type);
      }
      advance();
      expect("THEN");
      whens.add(new SelectItem.TypeOf.When(type.text(), paths()));
    }
    if (whens.isEmpty()) {
      throw unexpected(peek());
    }
    List<FieldPath> elseFields = accept("ELSE") ? paths() : List.of();
    expect("END");
    exit();
    return new SelectItem.TypeOf(relationship, whens, elseFields);
  }

  private List<FieldPath> paths() {
    List<FieldPath> paths = new ArrayList<>();
    do {
      paths.add(path());
    } while (accept(Token.Kind.COMMA));
    return paths;
  }

  private FieldPath path() {
    Token t = peek();
    if (t.kind() != Token.Kind.WORD) {
      throw unexpected(t);
    }
    advance();
    return fieldPath(t);
  }

  private FieldPath fieldPath(Token t) {
    if (t.isSimpleWord() && Identifiers.isFieldReserved(t.text())) {
      throw unexpected(t);
    }
    return FieldPath.of(t.text());
  }

  private Expression expression() {
    Token t = peek();
    if (t.kind() != Token.Kind.WORD) {
      throw unexpected(t);
    }
    advance();
    if (peek().kind() != Token.Kind.LPAREN || !t.isSimpleWord()) {
      return fieldPath(t);
    }
    Optional<SoqlFunction> function = SoqlFunction.byName(t.text());
    if (function.isEmpty()) {
      throw error(t, "unknown function: '" + t.shown() + "'");
    }
    enter(t);
    advance();
    Optional<Expression> argument = Optional.empty();
    if (peek().kind() != Token.Kind.RPAREN) {
      argument = Optional.of(expression());
    }
    expect(Token.Kind.RPAREN);
    exit();
    try {
      return new FunctionCall(function.get(), argument);
    } catch (InvalidArgumentException e) {
      throw error(t, e.getMessage());
    }
  }

  private GroupBy groupBy() {
    GroupBy.Kind kind = GroupBy.Kind.PLAIN;
    if ((peek().is("ROLLUP") || peek().is("CUBE")) && peek(1).kind() == Token.Kind.LPAREN) {
      kind = peek().is("ROLLUP") ? GroupBy.Kind.ROLLUP : GroupBy.Kind.CUBE;
      advance();
      advance();
    }
    List<Expression> expressions = new ArrayList<>();
    do {
      expressions.add(expression());
    } while (accept(Token.Kind.COMMA));
    if (kind != GroupBy.Kind.PLAIN) {
      expect(Token.Kind.RPAREN);
    }
    return new GroupBy(kind, expressions);
  }

  private List<OrderItem> orderItems() {
    List<OrderItem> items = new ArrayList<>();
    do {
      Expression expression = expression();
      OrderItem.Direction direction = OrderItem.Direction.ASC;
      if (accept("DESC")) {
        direction = OrderItem.Direction.DESC;
      } else {
        accept("ASC");
      }
      Optional<OrderItem.Nulls> nulls = Optional.empty();
      if (accept("NULLS")) {
        if (accept("FIRST")) {
          nulls = Optional.of(OrderItem.Nulls.FIRST);
        } else if (accept("LAST")) {
          nulls = Optional.of(OrderItem.Nulls.LAST);
        } else {
          throw unexpected(peek());
        }
      }
      items.add(new OrderItem(expression, direction, nulls));
    } while (accept(Token.Kind.COMMA));
    return items;
  }

  private int limit() {
    Token t = peek();
    if (t.kind() != Token.Kind.NUMBER) {
      throw unexpected(t);
    }
    advance();
    BigInteger n = integer(t);
    if (n == null || n.signum() <= 0 || n.bitLength() > 31) {
      throw error(
          t, "LIMIT must be a positive integer up to 2147483647, found '" + t.shown() + "'");
    }
    return n.intValue();
  }

  private int offset(String language) {
    Token t = peek();
    if (t.kind() != Token.Kind.NUMBER) {
      throw unexpected(t);
    }
    advance();
    BigInteger n = integer(t);
    if (n == null || n.signum() < 0) {
      throw error(t, "OFFSET must be a non-negative integer, found '" + t.shown() + "'");
    }
    if (n.compareTo(BigInteger.valueOf(SoqlQuery.MAX_OFFSET)) > 0) {
      throw error(
          SoqlSyntaxException.NUMBER_OUTSIDE_VALID_RANGE,
          t,
          "Maximum " + language + " offset allowed is 2000");
    }
    return n.intValue();
  }

  /** The integer a NUMBER token holds, or null if it has a fraction. */
  private static BigInteger integer(Token t) {
    return t.text().indexOf('.') >= 0 ? null : new BigInteger(t.text());
  }

  // ---------------------------------------------------------------- conditions

  private Condition condition() {
    enter(peek());
    Condition first = unary();
    Condition result = first;
    if (peek().is("AND") || peek().is("OR")) {
      String keyword = Identifiers.upper(peek().text());
      List<Condition> operands = new ArrayList<>();
      operands.add(first);
      while (accept(keyword)) {
        operands.add(unary());
      }
      if (peek().is("AND") || peek().is("OR")) {
        // SOQL needs parentheses to mix AND and OR.
        throw unexpected(peek());
      }
      result = keyword.equals("AND") ? new Condition.And(operands) : new Condition.Or(operands);
    }
    exit();
    return result;
  }

  private Condition unary() {
    Token t = peek();
    if (t.is("NOT")) {
      advance();
      enter(t);
      Condition operand = unary();
      exit();
      return new Condition.Not(operand);
    }
    if (t.kind() == Token.Kind.LPAREN) {
      advance();
      Condition inner = condition();
      expect(Token.Kind.RPAREN);
      return inner;
    }
    return predicate();
  }

  private Condition predicate() {
    Expression left = expression();
    Token op = peek();
    if (op.kind() == Token.Kind.OPERATOR) {
      advance();
      return new Condition.Comparison(left, operator(op), literal());
    }
    if (accept("LIKE")) {
      Token pattern = peek();
      if (pattern.kind() != Token.Kind.STRING) {
        throw unexpected(pattern);
      }
      advance();
      return new Condition.Like(left, new LikePattern(decode(pattern, true)));
    }
    if (accept("IN")) {
      return inList(left, false);
    }
    if (op.is("NOT") && peek(1).is("IN")) {
      advance();
      advance();
      return inList(left, true);
    }
    if (op.is("INCLUDES") || op.is("EXCLUDES")) {
      advance();
      SetOperator operator = op.is("INCLUDES") ? SetOperator.INCLUDES : SetOperator.EXCLUDES;
      expect(Token.Kind.LPAREN);
      List<Literal> values = new ArrayList<>();
      do {
        Token value = peek();
        if (value.kind() != Token.Kind.STRING) {
          throw unexpected(value);
        }
        advance();
        values.add(new Literal.StringValue(decode(value, false)));
      } while (accept(Token.Kind.COMMA));
      expect(Token.Kind.RPAREN);
      return new Condition.In(left, operator, values);
    }
    throw unexpected(op);
  }

  private static ComparisonOperator operator(Token op) {
    switch (op.text()) {
      case "=":
        return ComparisonOperator.EQUALS;
      case "!=":
      case "<>":
        return ComparisonOperator.NOT_EQUALS;
      case "<":
        return ComparisonOperator.LESS_THAN;
      case "<=":
        return ComparisonOperator.LESS_OR_EQUAL;
      case ">":
        return ComparisonOperator.GREATER_THAN;
      default:
        return ComparisonOperator.GREATER_OR_EQUAL;
    }
  }

  private Condition inList(Expression left, boolean negated) {
    Token open = peek();
    expect(Token.Kind.LPAREN);
    if (peek().is("SELECT")) {
      enter(open);
      SoqlQuery subquery = query();
      exit();
      expect(Token.Kind.RPAREN);
      return new Condition.SemiJoin(left, negated, subquery);
    }
    List<Literal> values = new ArrayList<>();
    do {
      values.add(literal());
    } while (accept(Token.Kind.COMMA));
    expect(Token.Kind.RPAREN);
    return new Condition.In(left, negated ? SetOperator.NOT_IN : SetOperator.IN, values);
  }

  private Literal literal() {
    Token t = peek();
    switch (t.kind()) {
      case STRING:
        advance();
        return new Literal.StringValue(decode(t, false));
      case NUMBER:
        advance();
        return new Literal.NumberValue(new BigDecimal(t.text()));
      case DATE:
        advance();
        return valueAt(t, () -> new Literal.DateValue(LocalDate.parse(t.text())));
      case DATETIME:
        advance();
        return valueAt(t, () -> new Literal.DateTimeValue(dateTime(t.text())));
      case WORD:
        if (t.is("NULL")) {
          advance();
          return Literal.NULL;
        }
        if (t.is("TRUE") || t.is("FALSE")) {
          advance();
          return t.is("TRUE") ? Literal.TRUE : Literal.FALSE;
        }
        Optional<DateLiteral.Kind> kind =
            t.isSimpleWord() ? DateLiteral.Kind.byName(t.text()) : Optional.empty();
        if (kind.isPresent()) {
          advance();
          return dateLiteral(kind.get());
        }
        throw unexpected(t);
      default:
        throw unexpected(t);
    }
  }

  private DateLiteral dateLiteral(DateLiteral.Kind kind) {
    if (!kind.parameterised()) {
      return DateLiteral.of(kind);
    }
    Token colon = peek();
    if (colon.kind() != Token.Kind.COLON) {
      throw error(colon, "expecting a colon, found '" + colon.shown() + "'");
    }
    advance();
    Token n = peek();
    BigInteger value = n.kind() == Token.Kind.NUMBER ? integer(n) : null;
    if (value == null || value.signum() < 0 || value.bitLength() > 31) {
      throw error(
          n, "expecting a non-negative integer for " + kind + ", found '" + n.shown() + "'");
    }
    advance();
    return DateLiteral.of(kind, value.intValue());
  }

  private static Instant dateTime(String text) {
    String normalised = text;
    char last = text.charAt(text.length() - 1);
    if (last != 'Z' && text.charAt(text.length() - 3) != ':') {
      normalised = text.substring(0, text.length() - 2) + ":" + text.substring(text.length() - 2);
    }
    return OffsetDateTime.parse(normalised, DATE_TIME).toInstant();
  }

  private Literal valueAt(Token t, Supplier<Literal> supplier) {
    try {
      return supplier.get();
    } catch (InvalidArgumentException e) {
      throw error(t, e.getMessage());
    }
  }

  /**
   * Decodes a string token. In a LIKE pattern, {@code \%}, {@code \_} and {@code \\} stay escaped
   * (they are the pattern's own escapes); elsewhere {@code \%} and {@code \_} are errors.
   */
  private String decode(Token t, boolean like) {
    String raw = t.text();
    StringBuilder out = new StringBuilder(raw.length());
    int end = raw.length() - 1;
    for (int i = 1; i < end; i++) {
      char c = raw.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = raw.charAt(i + 1);
      switch (e) {
        case 'n':
        case 'N':
          out.append('\n');
          break;
        case 'r':
        case 'R':
          out.append('\r');
          break;
        case 't':
        case 'T':
          out.append('\t');
          break;
        case 'b':
        case 'B':
          out.append('\b');
          break;
        case 'f':
        case 'F':
          out.append('\f');
          break;
        case '"':
          out.append('"');
          break;
        case '\'':
          out.append('\'');
          break;
        case '\\':
          out.append(like ? "\\\\" : "\\");
          break;
        case 'u':
          int code = hex(raw, i + 2, end);
          if (code < 0) {
            throw illegalEscape(t, i, raw.substring(i, Math.min(i + 6, end)));
          }
          if (like && code == '\\') {
            out.append("\\\\");
          } else {
            out.append((char) code);
          }
          i += 4;
          break;
        case '%':
        case '_':
          if (like) {
            out.append('\\').append(e);
            break;
          }
          throw illegalEscape(t, i, "\\" + e);
        default:
          throw illegalEscape(t, i, "\\" + e);
      }
      i++;
    }
    if (out.length() > Literal.MAX_STRING_LENGTH) {
      throw error(
          t,
          "String literal is too long: "
              + out.length()
              + " characters; Salesforce accepts at most 4,000 in a WHERE clause");
    }
    return out.toString();
  }

  private static int hex(String raw, int from, int end) {
    if (from + 4 > end) {
      return -1;
    }
    int code = 0;
    for (int i = from; i < from + 4; i++) {
      int digit = Character.digit(raw.charAt(i), 16);
      if (digit < 0) {
        return -1;
      }
      code = code * 16 + digit;
    }
    return code;
  }

  private SoqlSyntaxException illegalEscape(Token t, int indexInToken, String sequence) {
    String shown = t.text().length() > 60 ? t.text().substring(0, 60) + "...'" : t.text();
    return new SoqlSyntaxException(
        errorCode,
        argument,
        input,
        t.start() + indexInToken,
        sequence,
        "Invalid string literal "
            + shown
            + ". Illegal character sequence '"
            + sequence
            + "' in string literal.");
  }

  // ---------------------------------------------------------------- SOSL

  private SoslQuery search() {
    expect("FIND");
    Token term = peek();
    if (term.kind() != Token.Kind.SEARCH_TERM) {
      throw error(term, "No search term found. The search term must be enclosed in braces.");
    }
    advance();
    ImmutableSoslQuery.Builder b = SoslQuery.builder();
    String expression = term.text().substring(1, term.text().length() - 1);
    try {
      b.term(new SearchTerm(expression));
    } catch (InvalidArgumentException e) {
      throw error(term, e.getMessage());
    }
    if (accept("IN")) {
      Token group = peek();
      SearchGroup searchGroup = null;
      for (SearchGroup g : SearchGroup.values()) {
        if (group.is(g.name().substring(0, g.name().indexOf('_')))) {
          searchGroup = g;
        }
      }
      if (searchGroup == null) {
        throw unexpected(group);
      }
      advance();
      expect("FIELDS");
      b.searchGroup(searchGroup);
    }
    if (accept("RETURNING")) {
      do {
        b.addReturning(returning());
      } while (accept(Token.Kind.COMMA));
    }
    if (accept("LIMIT")) {
      b.limit(limit());
    }
    return b.build();
  }

  private SoslReturning returning() {
    Token object = peek();
    if (!object.isSimpleWord()) {
      throw unexpected(object);
    }
    advance();
    if (!accept(Token.Kind.LPAREN)) {
      return new SoslReturning(
          object.text(),
          List.of(),
          Optional.empty(),
          List.of(),
          OptionalInt.empty(),
          OptionalInt.empty());
    }
    List<FieldPath> fields = paths();
    Optional<Condition> where = accept("WHERE") ? Optional.of(condition()) : Optional.empty();
    List<OrderItem> orderBy = List.of();
    if (accept("ORDER")) {
      expect("BY");
      orderBy = orderItems();
    }
    OptionalInt limit =
        accept("LIMIT") ? OptionalInt.of(limit()) : OptionalInt.empty();
    OptionalInt offset =
        accept("OFFSET")
            ? OptionalInt.of(offset("SOSL"))
            : OptionalInt.empty();
    expect(Token.Kind.RPAREN);
    return new SoslReturning(object.text(), fields, where, orderBy, limit, offset);
  }

  // ---------------------------------------------------------------- tokens

  private Token peek() {
    return tokens.get(index);
  }

  private Token peek(int ahead) {
    return tokens.get(Math.min(index + ahead, tokens.size() - 1));
  }

  private Token advance() {
    Token t = tokens.get(index);
    if (t.kind() != Token.Kind.EOF) {
      index++;
    }
    return t;
  }

  private boolean accept(String keyword) {
    if (peek().is(keyword)) {
      advance();
      return true;
    }
    return false;
  }

  private boolean accept(Token.Kind kind) {
    if (peek().kind() == kind) {
      advance();
      return true;
    }
    return false;
  }

  private void expect(String keyword) {
    if (!accept(keyword)) {
      throw unexpected(peek());
    }
  }

  private void expect(Token.Kind kind) {
    if (!accept(kind)) {
      throw unexpected(peek());
    }
  }

  private void expectEnd() {
    if (peek().kind() != Token.Kind.EOF) {
      throw unexpected(peek());
    }
  }

  private void enter(Token at) {
    if (++depth > MAX_DEPTH) {
      throw error(
          at,
          "the statement nests parentheses, NOT, functions and subqueries more than "
              + MAX_DEPTH
              + " levels deep");
    }
  }

  private void exit() {
    depth--;
  }

  private SoqlSyntaxException unexpected(Token t) {
    return error(t, "unexpected token: '" + t.shown() + "'");
  }

  private SoqlSyntaxException error(Token t, String detail) {
    return error(errorCode, t, detail);
  }

  private SoqlSyntaxException error(String code, Token t, String detail) {
    return new SoqlSyntaxException(code, argument, input, t.start(), t.shown(), detail);
  }
}
